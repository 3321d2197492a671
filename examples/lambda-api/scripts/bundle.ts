import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Metafile } from 'esbuild';
import { buildFunction } from '../src/build.js';
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
  fn: FunctionName;
  file: string;
  rawBytes: number;
  gzipBytes: number;
  /** Median wall time of `await import(bundle)` in a fresh `node` process. */
  coldImportMs: number;
  /** The three largest contributors (packages or the app's own code) by bytes in the output. */
  largest: { name: string; bytes: number }[];
}

function owner(path: string): string {
  const inModules = path.lastIndexOf('node_modules/');
  if (inModules >= 0) {
    const rest = path.slice(inModules + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? path);
  }
  const pkg = /packages\/([^/]+)\//.exec(path);
  return pkg ? `@valine/${pkg[1]}` : 'app code';
}

function largestContributors(metafile: Metafile): { name: string; bytes: number }[] {
  const totals = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = owner(path);
      totals.set(name, (totals.get(name) ?? 0) + bytesInOutput);
    }
  }
  return [...totals.entries()]
    .map(([name, bytes]) => ({ name, bytes }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 3);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function coldImportMs(file: string, fn: FunctionName, runs: number): number {
  const script =
    `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); ` +
    'process.stdout.write(String(performance.now() - t));';
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, AWS_LAMBDA_FUNCTION_NAME: `valine-api-${fn}`, AWS_REGION: 'eu-west-1' },
    });
    if (result.status !== 0) throw new Error(`importing the ${fn} bundle failed:\n${result.stderr.slice(-2000)}`);
    times.push(Number(result.stdout));
  }
  return median(times);
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
  const code = readFileSync(file);
  return {
    fn,
    file,
    rawBytes: code.length,
    gzipBytes: gzipSync(code, { level: 9 }).length,
    coldImportMs: coldImportMs(file, fn, runs),
    largest: largestContributors(metafile),
  };
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
  const rows = reports.map(
    (r) =>
      `| ${r.fn} | ${kb(r.rawBytes)} | ${kb(r.gzipBytes)} | ${r.coldImportMs.toFixed(1)} ms | ` +
      `${r.largest.map((l) => `${l.name} ${kb(l.bytes)}`).join(', ')} |`,
  );
  return [
    `| Function | Bundle (minified) | Gzip | Cold import (median of ${runs}) | Largest parts |`,
    '| --- | ---: | ---: | ---: | --- |',
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
  process.stdout.write(values.json ? `${JSON.stringify(reports, null, 2)}\n` : `${toMarkdown(reports, runs)}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`bundle failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
