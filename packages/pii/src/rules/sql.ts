import { normalizeKey } from '../keyRules.js';
import { Cue, cues } from './gate.js';
import type { KeyHit } from './keyValue.js';
import type { TextRule } from './rule.js';

/**
 * `INSERT INTO applicants (name, ssn, dob) VALUES ('…', '…', '1984-02-29')`:
 * the literals carry no key of their own, their column list does. Each value
 * whose column a key rule names is redacted as that kind, so a date of birth
 * or an address in an ORM's query log goes the way it would under its key.
 */

const INSERT = /\binsert\s+into\s+[\w."`[\]]{1,128}\s*\(([^()]{1,2000})\)\s*values\s*\(/gi;
const MAX_VALUES = 4000;

/** The end of the literal starting at `i` (a quoted string with doubled quotes, or a bare token). */
function literalEnd(text: string, i: number, limit: number): number {
  const quote = text.charCodeAt(i);
  if (quote === 39 || quote === 34) {
    let j = i + 1;
    while (j < limit) {
      if (text.charCodeAt(j) === quote) {
        if (text.charCodeAt(j + 1) !== quote) return j + 1;
        j++;
      }
      j++;
    }
    return limit;
  }
  // A bare token: a number, NULL, DEFAULT, or a call such as `NOW()` or `crypt('…', gen_salt('bf'))`.
  let depth = 0;
  let j = i;
  for (; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (c === 40) depth++;
    else if (c === 41 && depth-- === 0) break;
    else if (c === 44 && depth === 0) break;
    else if (c === 39) j = literalEnd(text, j, limit) - 1;
  }
  return j;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

export function createSqlInsertRule(classify: (normalizedKey: string) => KeyHit | null): TextRule {
  return {
    name: 'sqlInsert',
    kind: 'secret',
    need: 0,
    find(text, report) {
      if ((cues(text) & Cue.sql) === 0) return;
      INSERT.lastIndex = 0;
      for (let m = INSERT.exec(text); m !== null; m = INSERT.exec(text)) {
        const hits = (m[1] as string)
          .split(',')
          .map((column) => classify(normalizeKey(column.replace(/["`[\]]/g, ''))));
        if (hits.every((hit) => hit === null)) continue;
        const limit = Math.min(text.length, INSERT.lastIndex + MAX_VALUES);
        let i = INSERT.lastIndex;
        for (let column = 0; column < hits.length && i < limit; column++) {
          while (i < limit && isSpace(text.charCodeAt(i))) i++;
          const end = literalEnd(text, i, limit);
          const hit = hits[column];
          // A quoted literal loses its content, not its quotes; NULL, DEFAULT and bind placeholders
          // (`$1`, `?`, `:dob`, `@p1`) say nothing about anyone.
          const quoted = text.charCodeAt(i) === 39 || text.charCodeAt(i) === 34 ? 1 : 0;
          const bare = text.slice(i, end).trim();
          if (hit && end - i > 2 * quoted && !/^(?:null|default|\$\d+|\?|[:@]\w+)$/i.test(bare)) {
            report(i + quoted, end - quoted, hit.kind);
          }
          i = end;
          while (i < limit && isSpace(text.charCodeAt(i))) i++;
          if (text.charCodeAt(i) !== 44) break;
          i++;
        }
        INSERT.lastIndex = Math.max(INSERT.lastIndex, i);
      }
    },
  };
}
