import { HANDLE } from '../keptParts.js';
import { normalizeKey } from '../keyRules.js';
import type { KeyHit } from './keyValue.js';
import type { TextRule } from './rule.js';

/**
 * CSV and TSV text with a header line (`user_id,dob,ssn` then rows): a cell
 * has no key of its own, its column does. Cells whose header a key rule
 * names are redacted as that kind, so an admin export logged as a string
 * loses its dates of birth and names the way an object would.
 */

const MAX_ROWS = 1000;
const MAX_COLUMNS = 64;

/** The delimiter of a header line: a tab, else a comma, else `;`; null when the line is not a header. */
function delimiterOf(header: string): string | null {
  for (const d of ['\t', ',', ';']) if (header.includes(d)) return d;
  return null;
}

/** Cell bounds of one line, honouring double quotes (`"Roe, Jane"`); quotes stay outside the bounds. */
function cells(line: string, delimiter: number): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i <= line.length && out.length < MAX_COLUMNS) {
    if (line.charCodeAt(i) === 34) {
      let j = i + 1;
      while (j < line.length && !(line.charCodeAt(j) === 34 && line.charCodeAt(j + 1) !== 34))
        j += line.charCodeAt(j) === 34 ? 2 : 1;
      out.push([i + 1, j]);
      i = j + 1;
      while (i < line.length && line.charCodeAt(i) !== delimiter) i++;
    } else {
      let j = i;
      while (j < line.length && line.charCodeAt(j) !== delimiter) j++;
      out.push([i, j]);
      i = j;
    }
    i++;
  }
  return out;
}

export function createTableRule(classify: (normalizedKey: string) => KeyHit | null): TextRule {
  return {
    name: 'tableColumns',
    kind: 'secret',
    need: 0,
    find(text, report) {
      const firstBreak = text.indexOf('\n');
      if (firstBreak < 0) return;
      // The header may follow a caption line (`export users.csv:`); the first line with a delimiter counts.
      let lineStart = 0;
      let lineEnd = firstBreak;
      let delimiter = delimiterOf(text.slice(lineStart, lineEnd));
      if (delimiter === null) {
        lineStart = firstBreak + 1;
        lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0) return;
        delimiter = delimiterOf(text.slice(lineStart, lineEnd));
        if (delimiter === null) return;
      }
      const header = text.slice(lineStart, lineEnd).replace(/\r$/, '');
      const code = delimiter.charCodeAt(0);
      const hits = cells(header, code).map(([a, b]) => {
        const name = header.slice(a, b).trim();
        return name.length > 0 && name.length <= 64 ? classify(normalizeKey(name)) : null;
      });
      if (hits.length < 2 || hits.every((hit) => hit === null)) return;
      let start = lineEnd + 1;
      for (let row = 0; row < MAX_ROWS && start < text.length; row++) {
        let end = text.indexOf('\n', start);
        if (end < 0) end = text.length;
        const line = text.slice(start, text.charCodeAt(end - 1) === 13 ? end - 1 : end);
        const bounds = cells(line, code);
        // A row with another shape ends the table (a log line after it).
        if (bounds.length !== hits.length) break;
        for (let c = 0; c < bounds.length; c++) {
          const hit = hits[c];
          const [a, b] = bounds[c] as [number, number];
          const cell = hit ? line.slice(a, b).trim() : '';
          // A handle in a name column (`@lena_draws`, `okafor_c`) is a username, which stays.
          if (hit && cell !== '' && !(hit.kind === 'name' && HANDLE.test(cell))) {
            report(start + a, start + b, hit.kind);
          }
        }
        start = end + 1;
      }
    },
  };
}
