import { type CloudWatchLine, splitInvocations } from '../lambda-api/src/cloudWatchLines.js';
import { type InvocationReport, invokeScenario } from '../lambda-api/src/invoke.js';
import { type FunctionName, plantedIn } from '../lambda-api/src/samples.js';
import { DemoStepError } from './errors.js';
import { bold, compactJson, dim, green, indent, out, red, truncate, yellow } from './print.js';

/** What step 1 showed, for the summary. */
export interface LambdaStepResult {
  invocations: number;
  coldStarts: number;
  logLines: number;
  emfLines: number;
  /** Planted values found in any line (must be empty). */
  leaks: string[];
}

// Shown in full; the others are one line per record, to keep the demo readable.
const FEATURED = new Set([1, 2, 5]);

function describe(report: InvocationReport): string {
  const start = report.coldStart ? yellow('cold start') : 'warm start';
  const outcome = report.status === 'error' ? red('threw → 500') : `HTTP ${report.status}`;
  return `${bold(`▸ [${report.step}] ${report.fn}`)}: ${report.title} ${dim('·')} ${start} ${dim('·')} ${outcome}`;
}

// Fields every line of an invocation carries; the one-line summaries leave them out.
const CONTEXT_FIELDS = new Set([
  'level',
  'timestamp',
  'service',
  'module',
  'message',
  'function_name',
  'function_version',
  'function_arn',
  'function_memory_size',
  'function_request_id',
  'cold_start',
  'xray_trace_id',
  'correlation_id',
]);

interface EmfDirective {
  Namespace: string;
  Dimensions: string[][];
  Metrics: { Name: string; Unit?: string }[];
}

function summarize(record: Record<string, unknown>, kind: 'log' | 'emf'): string {
  if (kind === 'emf') {
    const directive = (record._aws as { CloudWatchMetrics: EmfDirective[] }).CloudWatchMetrics[0];
    const metrics = directive?.Metrics.map((m) => `${m.Name}=${JSON.stringify(record[m.Name])} ${m.Unit ?? ''}`);
    const dimensions = directive?.Dimensions[0]?.map((d) => `${d}=${String(record[d])}`);
    return `${green('EMF')} ${directive?.Namespace} ${metrics?.join(', ')} ${dim(`[${dimensions?.join(', ')}]`)}`;
  }
  const rest = Object.fromEntries(Object.entries(record).filter(([key]) => !CONTEXT_FIELDS.has(key)));
  if (typeof rest.request === 'object' && rest.request !== null) {
    // The whole request is in the full records above; here only the parts that carry PII or say what it was.
    const { routeKey, query, body, sourceIp, headers } = rest.request as Record<string, unknown>;
    const authorization = (headers as Record<string, unknown> | undefined)?.authorization;
    rest.request = { routeKey, query, body, sourceIp, authorization };
  }
  const fields = Object.keys(rest).length > 0 ? ` ${JSON.stringify(rest)}` : '';
  return truncate(`${String(record.level)} ${String(record.message)}${fields}`, 170);
}

function render(line: CloudWatchLine, full: boolean): string {
  if (line.kind === 'platform') return indent(dim(line.text), 4);
  if (!line.record || (line.kind !== 'log' && line.kind !== 'emf')) return indent(truncate(line.text, 170), 4);
  if (full) return indent(`${line.kind === 'emf' ? `${green('EMF')} ` : ''}${compactJson(line.record, 110)}`, 4);
  return indent(summarize(line.record, line.kind), 4);
}

/**
 * Step 1: invokes every function with the sample events (each in its own
 * process, as on Lambda) and prints what CloudWatch Logs would receive.
 *
 * @example
 * ```ts
 * const result = await showLambda({ env: { SENTRY_DSN: dsn }, full: false });
 * ```
 */
export async function showLambda(options: { env: Record<string, string>; full: boolean }): Promise<LambdaStepResult> {
  const linesByFn = new Map<FunctionName, string[]>();
  let reports: InvocationReport[];
  try {
    reports = await invokeScenario({
      env: options.env,
      onLogLine: (line, fn) => {
        const lines = linesByFn.get(fn) ?? [];
        lines.push(line);
        linesByFn.set(fn, lines);
      },
    });
  } catch (cause) {
    throw new DemoStepError('lambda', `the Lambda example did not run: ${(cause as Error).message}`, { cause });
  }
  out(
    dim('Each function runs in its own process, as on Lambda. Full records for [1] (cold start), [2] (warm start)'),
    dim('and [5] (the failure); the others are one line per record without the Lambda fields (--full expands all).'),
    '',
  );
  const invocations = new Map([...linesByFn.values()].flatMap(splitInvocations).map((i) => [i.requestId, i.lines]));
  const result: LambdaStepResult = { invocations: reports.length, coldStarts: 0, logLines: 0, emfLines: 0, leaks: [] };
  for (const report of reports) {
    const lines = invocations.get(report.requestId) ?? [];
    out(describe(report));
    for (const line of lines) out(render(line, options.full || FEATURED.has(report.step)));
    out('');
    if (report.coldStart) result.coldStarts++;
    result.logLines += lines.filter((l) => l.kind === 'log').length;
    result.emfLines += lines.filter((l) => l.kind === 'emf').length;
  }
  const failed = reports.filter((r) => !r.ok);
  if (failed.length > 0) {
    throw new DemoStepError(
      'lambda',
      `unexpected results: ${failed.map((r) => `[${r.step}] ${r.fn} → ${r.status}`).join(', ')}`,
    );
  }
  const all = [...linesByFn.values()].flat();
  result.leaks = [...new Set(all.flatMap(plantedIn))];
  if (result.leaks.length > 0) {
    throw new DemoStepError('lambda', `planted PII reached the logs: ${result.leaks.join(', ')}`);
  }
  out(
    green(
      `✔ ${all.length} lines from ${reports.length} invocations checked: none of the planted emails, phones, card numbers, names, IPs or tokens is in them`,
    ),
  );
  return result;
}
