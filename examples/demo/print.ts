/**
 * Terminal output for the demo: headings, indented blocks, and colours
 * only on a TTY (and never with `NO_COLOR`).
 */

const useColor = process.stdout.isTTY === true && !process.env.NO_COLOR;

function paint(code: number): (text: string) => string {
  return (text) => (useColor ? `\u001b[${code}m${text}\u001b[0m` : text);
}

export const bold = paint(1);
export const dim = paint(2);
export const green = paint(32);
export const red = paint(31);
export const cyan = paint(36);
export const yellow = paint(33);

/**
 * Writes lines to stdout.
 *
 * @example
 * ```ts
 * out('hello', 'world');
 * ```
 */
export function out(...lines: string[]): void {
  process.stdout.write(`${lines.join('\n')}\n`);
}

/**
 * A numbered step heading.
 *
 * @example
 * ```ts
 * heading(1, 'Lambda functions → CloudWatch Logs');
 * ```
 */
export function heading(step: number, title: string): void {
  const line = `━━ ${step}. ${title} `;
  out('', bold(cyan(line.padEnd(78, '━'))), '');
}

/**
 * `text` with every line indented by `spaces`.
 *
 * @example
 * ```ts
 * out(indent(JSON.stringify(event, null, 2), 4));
 * ```
 */
export function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((line) => (line === '' ? line : pad + line))
    .join('\n');
}

/**
 * `text` cut to `max` characters with an ellipsis.
 *
 * @example
 * ```ts
 * truncate('abcdef', 4); // 'abc…'
 * ```
 */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * JSON laid out for reading: a value that fits in `width` stays on one
 * line, larger objects and arrays get one member per line.
 *
 * @example
 * ```ts
 * out(indent(compactJson(record, 100), 4));
 * ```
 */
export function compactJson(value: unknown, width: number, depth = 0): string {
  const flat = JSON.stringify(value) ?? 'null';
  if (value === null || typeof value !== 'object' || flat.length + depth * 2 <= width) return flat;
  const pad = '  '.repeat(depth + 1);
  const close = '  '.repeat(depth);
  if (Array.isArray(value)) {
    return `[\n${value.map((item) => pad + compactJson(item, width, depth + 1)).join(',\n')}\n${close}]`;
  }
  const members = Object.entries(value as Record<string, unknown>).map(
    ([key, member]) => `${pad}${JSON.stringify(key)}: ${compactJson(member, width - key.length - 4, depth + 1)}`,
  );
  return `{\n${members.join(',\n')}\n${close}}`;
}
