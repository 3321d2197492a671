import type { KeyHit } from './rules/keyValue.js';

/**
 * Prisma's query event (`{ query, params, duration }`, logged by `prisma.$on('query', …)`) carries the
 * values apart from their columns: `UPDATE "Profile" SET "dob" = $3 …` with `params: "[…, \"1991-07-08\", …]"`.
 * The bind placeholders say which column each parameter fills, so a parameter whose column a key rule names
 * goes as it would under that key.
 */
const ASSIGNED = /"?([A-Za-z_]\w{0,63})"?\s*(?:=|<>|!=|>=|<=|>|<|\bI?LIKE\b)\s*\$(\d{1,4})/gi;
const INSERT = /\binsert\s+into\s+[^(]{1,200}\(([^()]{1,4000})\)\s*values\s*\(([^()]{1,4000})\)/gi;
const MAX_QUERY = 20_000;

/** The key rule hit and column of each 0-based parameter index whose column is sensitive. */
function sensitiveParams(
  query: string,
  keyHit: (column: string) => KeyHit | null,
): Map<number, readonly [KeyHit, string]> {
  const found = new Map<number, readonly [KeyHit, string]>();
  const take = (column: string, placeholder: string) => {
    const hit = keyHit(column);
    if (hit !== null) found.set(Number(placeholder) - 1, [hit, column]);
  };
  ASSIGNED.lastIndex = 0;
  for (let m = ASSIGNED.exec(query); m !== null; m = ASSIGNED.exec(query)) take(m[1] as string, m[2] as string);
  INSERT.lastIndex = 0;
  for (let m = INSERT.exec(query); m !== null; m = INSERT.exec(query)) {
    const columns = (m[1] as string).split(',');
    const values = (m[2] as string).split(',');
    for (let i = 0; i < Math.min(columns.length, values.length); i++) {
      const placeholder = /^\s*\$(\d{1,4})\s*$/.exec(values[i] as string);
      if (placeholder) take((columns[i] as string).trim().replace(/^["`]|["`]$/g, ''), placeholder[1] as string);
    }
  }
  return found;
}

/**
 * `params` with the parameters of sensitive columns replaced (`replace` gives what the value becomes under its
 * column's key), or `params` itself when the query names none, the params are not a JSON array, or anything is
 * out of shape.
 */
export function redactPrismaParams(
  query: string,
  params: string,
  keyHit: (column: string) => KeyHit | null,
  replace: (value: unknown, hit: KeyHit, column: string) => unknown,
): string {
  if (query.length > MAX_QUERY || params.charCodeAt(0) !== 91) return params;
  const sensitive = sensitiveParams(query, keyHit);
  if (sensitive.size === 0) return params;
  let values: unknown;
  try {
    values = JSON.parse(params);
  } catch {
    return params;
  }
  if (!Array.isArray(values)) return params;
  for (const [index, [hit, column]] of sensitive) {
    if (index >= 0 && index < values.length) values[index] = replace(values[index], hit, column);
  }
  return JSON.stringify(values);
}

/**
 * A walked Prisma query event (`{ query, params, … }`, already scrubbed) with the bind parameters of its
 * sensitive columns redacted. It reads the scrubbed copy: reading the source again would run a getter twice,
 * and column names survive scrubbing.
 */
export function withPrismaParams(
  out: Record<string, unknown>,
  keyHit: (column: string) => KeyHit | null,
  redact: (value: unknown, hit: KeyHit, column: string) => unknown,
): Record<string, unknown> {
  const { query, params } = out;
  if (typeof query === 'string' && typeof params === 'string')
    out.params = redactPrismaParams(query, params, keyHit, redact);
  return out;
}
