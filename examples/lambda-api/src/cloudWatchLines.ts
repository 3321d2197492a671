/**
 * Sorting what a function wrote into CloudWatch Logs: the runtime's own
 * lines, the function's JSON log records, and EMF documents (the JSON lines
 * CloudWatch turns into metrics).
 */

export type LineKind = 'platform' | 'log' | 'emf' | 'text';

export interface CloudWatchLine {
  kind: LineKind;
  text: string;
  /** The parsed record for `log` and `emf` lines. */
  record?: Record<string, unknown>;
}

export interface InvocationLog {
  requestId: string;
  lines: CloudWatchLine[];
}

const PLATFORM = /^(START|END|REPORT) RequestId: ([0-9a-f-]+)/;

/**
 * Classifies one line.
 *
 * @example
 * ```ts
 * classify('{"_aws":{…},"ColdStart":1}').kind; // 'emf'
 * ```
 */
export function classify(text: string): CloudWatchLine {
  if (PLATFORM.test(text)) return { kind: 'platform', text };
  if (!text.startsWith('{')) return { kind: 'text', text };
  try {
    const record = JSON.parse(text) as Record<string, unknown>;
    return { kind: typeof record._aws === 'object' && record._aws !== null ? 'emf' : 'log', text, record };
  } catch {
    return { kind: 'text', text };
  }
}

/**
 * Splits one function's output into invocations at the runtime's START lines.
 *
 * @example
 * ```ts
 * const invocations = splitInvocations(lines);
 * ```
 */
export function splitInvocations(lines: readonly string[]): InvocationLog[] {
  const invocations: InvocationLog[] = [];
  let current: InvocationLog | undefined;
  for (const text of lines) {
    const match = PLATFORM.exec(text);
    if (match?.[1] === 'START') {
      current = { requestId: match[2] ?? '', lines: [] };
      invocations.push(current);
    }
    const line = classify(text);
    if (current) current.lines.push(line);
    else invocations.push({ requestId: '', lines: [line] });
  }
  return invocations;
}
