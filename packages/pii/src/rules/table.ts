import { HANDLE } from '../keptParts.js';
import { normalizeKey } from '../keyRules.js';
import type { KeyHit } from './keyValue.js';
import type { Report, TextRule } from './rule.js';

/**
 * CSV, TSV and psql / markdown tables with a header line (`user_id,dob,ssn`
 * or ` id | first_name | ssn` then rows): a cell has no key of its own, its
 * column does. Cells whose header a key rule names are redacted as that kind,
 * so an admin export logged as a string loses its dates of birth and names the
 * way an object would.
 */

const MAX_ROWS = 1000;
const MAX_COLUMNS = 64;
/** The header is one of the first lines: after a caption, a query (`valine=> SELECT …`) or both. */
const MAX_HEADER_LINE = 4;
/** A column's name: a letter, then letters, digits, `_`, `.`, `-`, `#` or single spaces (`Card Number`). */
const COLUMN_NAME = /^[\p{L}_][\p{L}\p{N}_.#-]*(?: [\p{L}\p{N}_.#-]+){0,3}$/u;
/** psql's `----+----` and markdown's `|---|:--|` under a header. */
const RULE_LINE = /^[\s|+:-]*-[\s|+:-]*$/;

/** The delimiter of a header line: a tab, else `|`, else a comma, else `;`; null when the line is not a header. */
function delimiterOf(header: string): string | null {
  for (const d of ['\t', '|', ',', ';']) if (header.includes(d)) return d;
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
  /** Reads the table whose header runs from `lineStart` to `lineEnd`; false when that line heads no table. */
  function readTable(text: string, lineStart: number, lineEnd: number, report: Report): boolean {
    const header = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const delimiter = delimiterOf(header);
    if (delimiter === null) return false;
    const code = delimiter.charCodeAt(0);
    const names = cells(header, code).map(([a, b]) => header.slice(a, b).trim());
    // Column names, not code or prose (`writer.writerow((uid, email, phone))`, `"field": "email",`): a markdown
    // table's outer `|` leaves an empty first and last cell.
    const inner = code === 124 ? names.slice(names[0] === '' ? 1 : 0, names.at(-1) === '' ? -1 : undefined) : names;
    if (inner.length < 2 || !inner.every((name) => COLUMN_NAME.test(name))) return false;
    const hits = names.map((name) => (name.length > 0 ? classify(normalizeKey(name)) : null));
    if (hits.every((hit) => hit === null)) return false;
    let start = lineEnd + 1;
    let rows = 0;
    for (let row = 0; row < MAX_ROWS && start < text.length; row++) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const line = text.slice(start, text.charCodeAt(end - 1) === 13 ? end - 1 : end);
      if (row === 0 && RULE_LINE.test(line)) {
        start = end + 1;
        continue;
      }
      const bounds = cells(line, code);
      // A row with another shape ends the table (a log line after it, psql's `(1 row)`).
      if (bounds.length !== hits.length) break;
      rows++;
      for (let c = 0; c < bounds.length; c++) {
        const hit = hits[c];
        const [a, b] = bounds[c] as [number, number];
        if (!hit) continue;
        const raw = line.slice(a, b);
        const cell = raw.trim();
        // A handle in a name column (`@lena_draws`, `okafor_c`) is a username, which stays. The blanks around a
        // cell (psql pads its columns) stay too.
        if (cell !== '' && !(hit.kind === 'name' && HANDLE.test(cell))) {
          const from = start + a + raw.length - raw.trimStart().length;
          report(from, from + cell.length, hit.kind);
        }
      }
      start = end + 1;
    }
    return rows > 0;
  }

  return {
    name: 'tableColumns',
    kind: 'secret',
    need: 0,
    find(text, report) {
      if (text.indexOf('\n') < 0) return;
      // The header may follow a caption or a query (`export users.csv:`, `valine=> SELECT …`): the first of the
      // first few lines whose columns a key rule names, with a row of the same shape under it, counts.
      let lineStart = 0;
      for (let n = 0; n < MAX_HEADER_LINE; n++) {
        const lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0 || readTable(text, lineStart, lineEnd, report)) return;
        lineStart = lineEnd + 1;
      }
    },
  };
}
