import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Metafile } from 'esbuild';
import { buildFunction, buildSnippet } from '../src/build.js';
import { FUNCTIONS, type FunctionName } from '../src/samples.js';

/**
 * Bundles each function the way it would be deployed (one minified ESM
 * file per function, `@aws-sdk/*` left to the Lambda runtime) and reports
 * its size, what takes the room, and how long a fresh Node process takes to
 * import it: the part of a cold start the bundle controls.
 *
 * Run it: `npm run bundle -w @valine-examples/lambda-api` (`-- --runs 9`, `-- --json`).
 */

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${packageDir}dist`;

export interface BundleReport {
  /** A function name, or a baseline in parentheses. */
  fn: string;
  file: string;
  rawBytes: number;
  gzipBytes: number;
  /** Median wall time of `await import(bundle)` in a fresh `node` process. */
  coldImportMs: number;
  /** Minified bytes per part of the bundle. */
  parts: Record<Part, number>;
}

/** What takes the room: the Sentry SDK (with the OpenTelemetry it brings), this repo's packages with pino, the app. */
export type Part = 'sentry' | 'valine' | 'app' | 'other';

const PINO_FAMILY =
  /^(pino|pino-std-serializers|sonic-boom|thread-stream|on-exit-leak-free|atomic-sleep|quick-format-unescaped|safe-stable-stringify|@pinojs\/redact|real-require|process-warning|pino-abstract-transport|fast-redact)$/;
const SENTRY_FAMILY =
  /^(@sentry|@opentelemetry|@fastify\/otel|@prisma\/instrumentation)\/|^(import|require)-in-the-middle$/;

function packageOf(path: string): string | undefined {
  const inModules = path.lastIndexOf('node_modules/');
  if (inModules < 0) return undefined;
  const rest = path.slice(inModules + 'node_modules/'.length).split('/');
  return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
}

function partOf(path: string): Part {
  const pkg = packageOf(path);
  if (pkg === undefined) return /(^|\/)packages\//.test(path) ? 'valine' : 'app';
  if (SENTRY_FAMILY.test(`${pkg}/`) || SENTRY_FAMILY.test(pkg)) return 'sentry';
  if (PINO_FAMILY.test(pkg)) return 'valine';
  return 'other';
}

function composition(metafile: Metafile): Record<Part, number> {
  const parts: Record<Part, number> = { sentry: 0, valine: 0, app: 0, other: 0 };
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) parts[partOf(path)] += bytesInOutput;
  }
  return parts;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function coldImportMs(file: string, name: string, runs: number): number {
  const script =
    `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); ` +
    'process.stdout.write(String(performance.now() - t));';
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, AWS_LAMBDA_FUNCTION_NAME: 'valine-api-bundle-check', AWS_REGION: 'eu-west-1' },
    });
    if (result.status !== 0) throw new Error(`importing the ${name} bundle failed:\n${result.stderr.slice(-2000)}`);
    times.push(Number(result.stdout));
  }
  return median(times);
}

function measure(name: string, file: string, metafile: Metafile, runs: number): BundleReport {
  const code = readFileSync(file);
  return {
    fn: name,
    file,
    rawBytes: code.length,
    gzipBytes: gzipSync(code, { level: 9 }).length,
    coldImportMs: coldImportMs(file, name, runs),
    parts: composition(metafile),
  };
}

/**
 * Bundles one function and measures it.
 *
 * @example
 * ```ts
 * const report = await measureFunction('users', 5);
 * console.log(report.gzipBytes);
 * ```
 */
export async function measureFunction(fn: FunctionName, runs: number): Promise<BundleReport> {
  const { file, metafile } = await buildFunction(fn, outDir, { sourcemap: false });
  return measure(fn, file, metafile, runs);
}

/**
 * Baselines that show where a function's bytes and cold import go: this
 * repo's scrubber, logger and metrics created as `observability.ts` creates
 * them, and Sentry initialized as it is there (no DSN, so disabled).
 */
const BASELINES = [
  {
    name: '(scrubber + logger + metrics, created)',
    file: 'valine-only.mjs',
    contents: [
      "import { createScrubber } from '@valine/pii';",
      "import { createLogger } from '@valine/logger';",
      "import { createMetrics } from '@valine/metrics';",
      'const scrubber = createScrubber();',
      "export const logger = createLogger({ service: 'valine-api', scrubber });",
      "export const metrics = createMetrics({ namespace: 'Valine', service: 'valine-api', scrubber, logger });",
    ].join('\n'),
  },
  {
    name: '(initSentry, no DSN)',
    file: 'sentry-only.mjs',
    contents: "import { initSentry } from '@valine/sentry/node';\nexport const client = initSentry({});",
  },
];

/**
 * Bundles and measures the baselines.
 *
 * @example
 * ```ts
 * const reports = await measureBaselines(5);
 * ```
 */
export async function measureBaselines(runs: number): Promise<BundleReport[]> {
  const reports: BundleReport[] = [];
  for (const baseline of BASELINES) {
    const { file, metafile } = await buildSnippet(baseline.contents, `${outDir}/baselines/${baseline.file}`);
    reports.push(measure(baseline.name, file, metafile, runs));
  }
  return reports;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * The reports as a Markdown table.
 *
 * @example
 * ```ts
 * console.log(toMarkdown(reports, 5));
 * ```
 */
export function toMarkdown(reports: BundleReport[], runs: number): string {
  const share = (r: BundleReport, part: Part) =>
    `${kb(r.parts[part])} (${Math.round((100 * r.parts[part]) / r.rawBytes)} %)`;
  const rows = reports.map(
    (r) =>
      `| ${r.fn} | ${kb(r.rawBytes)} | ${kb(r.gzipBytes)} | ${r.coldImportMs.toFixed(0)} ms | ` +
      `${share(r, 'sentry')} | ${share(r, 'valine')} | ${kb(r.parts.app)} | ${kb(r.parts.other)} |`,
  );
  return [
    `| Function | Bundle (minified) | Gzip | Cold import (median of ${runs}) | Sentry SDK | @valine/* + pino | App code | Other |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { runs: { type: 'string', default: '5' }, json: { type: 'boolean', default: false } },
  });
  const runs = Math.max(1, Number.parseInt(values.runs, 10) || 5);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const reports: BundleReport[] = [];
  for (const fn of FUNCTIONS) reports.push(await measureFunction(fn, runs));
  reports.push(...(await measureBaselines(runs)));
  process.stdout.write(values.json ? `${JSON.stringify(reports, null, 2)}\n` : `${toMarkdown(reports, runs)}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`bundle failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
