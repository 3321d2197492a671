import { randomBytes } from 'node:crypto';
import { writeSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { lambdaContext } from './events.js';
import type { ApiHandler, ApiResult } from './http.js';
import { type FunctionName, type PriorResults, SCENARIO } from './samples.js';

/**
 * A stand-in for the Lambda runtime inside one function's process: loads
 * the function's bundle on the first invocation (the cold start), sets the
 * per-invocation environment, and writes the runtime's START / END / REPORT
 * lines around the function's own output, as CloudWatch Logs shows them.
 */

/** What happened in one invocation. */
export interface InvocationReport {
  /** 1-based position in the scenario. */
  step: number;
  fn: FunctionName;
  title: string;
  requestId: string;
  coldStart: boolean;
  /** The HTTP status returned, or `'error'` when the handler threw. */
  status: number | 'error';
  expected: number | 'throws';
  ok: boolean;
  durationMs: number;
}

// Same sink as the logger and the EMF emitter (a synchronous write to fd 1), so lines stay in order.
const cloudWatch = (line: string) => writeSync(1, `${line}\n`);

const loaded = new Map<FunctionName, ApiHandler>();

function traceId(): string {
  const hex = (bytes: number) => randomBytes(bytes).toString('hex');
  return `Root=1-${Math.floor(Date.now() / 1000).toString(16)}-${hex(12)};Parent=${hex(8)};Sampled=0`;
}

function parseBody(result: ApiResult): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(result.body ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Each function's bundle file (see `build.ts`). */
export type BundlePaths = Partial<Record<FunctionName, string>>;

async function loadHandler(fn: FunctionName, bundles: BundlePaths): Promise<ApiHandler> {
  const bundle = bundles[fn];
  if (!bundle) throw new Error(`no bundle for the ${fn} function`);
  const module = (await import(pathToFileURL(bundle).href)) as { handler: ApiHandler };
  return module.handler;
}

/**
 * Invokes the scenario steps at `indices` (0-based) in this process, in order.
 * `prior` collects the response bodies later steps refer to.
 *
 * @example
 * ```ts
 * const reports = await invokeSteps([0, 1, 2], {}, { users: 'dist/users/index.mjs' });
 * ```
 */
export async function invokeSteps(
  indices: readonly number[],
  prior: PriorResults,
  bundles: BundlePaths,
): Promise<InvocationReport[]> {
  const reports: InvocationReport[] = [];
  for (const index of indices) {
    const step = SCENARIO[index];
    if (!step) throw new RangeError(`no scenario step ${index}`);
    const context = lambdaContext(step.fn);
    const coldStart = !loaded.has(step.fn);
    let initMs = 0;
    if (coldStart) {
      const started = performance.now();
      loaded.set(step.fn, await loadHandler(step.fn, bundles));
      initMs = performance.now() - started;
    }
    const handler = loaded.get(step.fn)!;
    process.env._X_AMZN_TRACE_ID = traceId();
    cloudWatch(`START RequestId: ${context.awsRequestId} Version: ${context.functionVersion}`);
    const started = performance.now();
    let status: number | 'error';
    try {
      const result = await handler(step.event(prior), context);
      status = result.statusCode ?? 200;
      if (step.id) prior[step.id] = parseBody(result);
    } catch {
      // The function's wrapper has logged and reported the error; the runtime only records the failure.
      status = 'error';
    }
    const durationMs = performance.now() - started;
    const memoryMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
    cloudWatch(`END RequestId: ${context.awsRequestId}`);
    cloudWatch(
      `REPORT RequestId: ${context.awsRequestId}\tDuration: ${durationMs.toFixed(2)} ms\t` +
        `Billed Duration: ${Math.ceil(durationMs)} ms\tMemory Size: ${context.memoryLimitInMB} MB\t` +
        `Max Memory Used: ${memoryMb} MB${coldStart ? `\tInit Duration: ${initMs.toFixed(2)} ms` : ''}`,
    );
    reports.push({
      step: index + 1,
      fn: step.fn,
      title: step.title,
      requestId: context.awsRequestId,
      coldStart,
      status,
      expected: step.expect,
      ok: step.expect === 'throws' ? status === 'error' : status === step.expect,
      durationMs,
    });
  }
  return reports;
}
