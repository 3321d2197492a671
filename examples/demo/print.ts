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
 * A JSON value pretty-printed and indented.
 *
 * @example
 * ```ts
 * out(prettyJson({ a: 1 }, 4));
 * ```
 */
export function prettyJson(value: unknown, spaces: number): string {
  return indent(JSON.stringify(value, null, 2), spaces);
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
