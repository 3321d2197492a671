import { fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildFunction, buildWorker } from './build.js';
import type { BundlePaths, InvocationReport } from './runtime.js';
import { FUNCTIONS, type FunctionName, type PriorResults, SCENARIO } from './samples.js';
import { createStore, type StoreSnapshot, snapshotStore } from './store.js';
import type { WorkerRequest, WorkerResponse } from './worker.js';

/**
 * Local invoke: runs the sample scenario through the functions' deployment
 * bundles (built first, as `scripts/bundle.ts` builds them), each
 * function in its own process (its own execution environment, so each has
 * one cold start), with the environment variables Lambda sets. What the
 * functions write to stdout and stderr is exactly what CloudWatch Logs
 * would receive; the database state is handed from one function to the
 * next like the shared PostgreSQL database would hold it.
 *
 * Run it: `npm run invoke -w @valine-examples/lambda-api` (add
 * `-- --function posts` for one function, `--report json` for machines).
 */

const packageDir = fileURLToPath(new URL('..', import.meta.url));
// Under node_modules so linters, git and editors leave the generated bundles alone.
const cacheRoot = `${packageDir}node_modules/.cache/invoke`;

export type { InvocationReport } from './runtime.js';

export interface InvokeOptions {
  /** Run only these functions' steps (plus `users`, whose profiles the others need). Default: all. */
  functions?: readonly FunctionName[];
  /** Extra environment for the functions, e.g. `SENTRY_DSN`. */
  env?: Record<string, string>;
  /**
   * Receives every line the functions write (what CloudWatch Logs would
   * hold). Default: the lines go straight to this process's stdout/stderr.
   */
  onLogLine?: (line: string, fn: FunctionName) => void;
  /** Called after each invocation. */
  onReport?: (report: InvocationReport) => void;
}

/** The environment the Lambda runtime gives function `fn`. */
function lambdaEnv(fn: FunctionName): Record<string, string> {
  const functionName = `valine-api-${fn}`;
  return {
    AWS_LAMBDA_FUNCTION_NAME: functionName,
    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '256',
    AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${functionName}`,
    AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
    AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs20.x',
    AWS_REGION: 'eu-west-1',
  };
}

/** Consecutive steps of one function run in one environment. */
function groupSteps(only: readonly FunctionName[]): { fn: FunctionName; indices: number[] }[] {
  const groups: { fn: FunctionName; indices: number[] }[] = [];
  for (const [index, step] of SCENARIO.entries()) {
    if (only.length > 0 && step.fn !== 'users' && !only.includes(step.fn)) continue;
    const last = groups.at(-1);
    if (last?.fn === step.fn) last.indices.push(index);
    else groups.push({ fn: step.fn, indices: [index] });
  }
  return groups;
}

function forwardLines(stream: Readable | null, onLine: (line: string) => void): Promise<void> {
  if (!stream) return Promise.resolve();
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  lines.on('line', onLine);
  return new Promise((resolve) => lines.once('close', resolve));
}

function runWorker(
  workerPath: string,
  fn: FunctionName,
  request: WorkerRequest,
  options: InvokeOptions,
): Promise<WorkerResponse> {
  const { onLogLine } = options;
  const child = fork(workerPath, [], {
    cwd: packageDir,
    execArgv: [],
    env: { ...process.env, ...lambdaEnv(fn), ...options.env },
    stdio: onLogLine ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const drained = onLogLine
    ? Promise.all([
        forwardLines(child.stdout, (l) => onLogLine(l, fn)),
        forwardLines(child.stderr, (l) => onLogLine(l, fn)),
      ])
    : Promise.resolve();
  return new Promise((resolve, reject) => {
    let response: WorkerResponse | undefined;
    child.once('message', (message) => {
      response = message as WorkerResponse;
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      drained.then(() => {
        if (response && code === 0) resolve(response);
        else reject(new Error(`the ${fn} function's process exited with code ${code} before finishing`));
      }, reject);
    });
    child.send(request);
  });
}

/**
 * Runs the sample scenario and resolves to one report per invocation.
 *
 * @example
 * ```ts
 * const lines: string[] = [];
 * const reports = await invokeScenario({ onLogLine: (line) => lines.push(line) });
 * ```
 */
export async function invokeScenario(options: InvokeOptions = {}): Promise<InvocationReport[]> {
  let snapshot: StoreSnapshot = snapshotStore(createStore());
  let prior: PriorResults = {};
  const reports: InvocationReport[] = [];
  const groups = groupSteps(options.functions ?? []);
  const functions = [...new Set(groups.map((g) => g.fn))];
  // One directory per run: concurrent runs (the tests and the demo) never import each other's half-written bundles.
  mkdirSync(cacheRoot, { recursive: true });
  const cacheDir = mkdtempSync(`${cacheRoot}/run-`);
  try {
    const [workerPath, ...built] = await Promise.all([
      buildWorker(cacheDir),
      ...functions.map((fn) => buildFunction(fn, cacheDir, { sourcemap: false })),
    ]);
    const bundles: BundlePaths = Object.fromEntries(built.map(({ fn, file }) => [fn, file]));
    for (const group of groups) {
      const request = { indices: group.indices, prior, snapshot, bundles };
      const response = await runWorker(workerPath, group.fn, request, options);
      ({ snapshot, prior } = response);
      for (const report of response.reports) {
        reports.push(report);
        options.onReport?.(report);
      }
    }
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
  return reports;
}

function describe(report: InvocationReport): string {
  const start = report.coldStart ? 'cold start' : 'warm start';
  const outcome = report.status === 'error' ? 'threw' : `HTTP ${report.status}`;
  const verdict = report.ok ? '' : `  UNEXPECTED (wanted ${report.expected})`;
  return `[${report.step}] ${report.fn}: ${report.title} · ${start} · ${outcome}${verdict}`;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      function: { type: 'string', short: 'f', multiple: true },
      report: { type: 'string', default: 'text' },
    },
  });
  const only = values.function ?? [];
  const unknown = only.filter((name) => !(FUNCTIONS as readonly string[]).includes(name));
  if (unknown.length > 0) {
    process.stderr.write(`unknown function(s): ${unknown.join(', ')}; choose from ${FUNCTIONS.join(', ')}\n`);
    return 1;
  }
  const asJson = values.report === 'json';
  const reports = await invokeScenario({
    functions: only as FunctionName[],
    onReport: (report) => process.stderr.write(`${asJson ? JSON.stringify(report) : describe(report)}\n`),
  });
  return reports.every((report) => report.ok) ? 0 : 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`invoke failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
