import { fileURLToPath } from 'node:url';
import { type BuildOptions, build, type Metafile } from 'esbuild';
import type { FunctionName } from './samples.js';

/**
 * The deployment build of one function: a single minified ESM file for the
 * Node.js 20 runtime, tree-shaken, with `@aws-sdk/*` left out because the
 * runtime provides it, and source maps on request (with
 * `NODE_OPTIONS=--enable-source-maps`; they double the import time). `scripts/bundle.ts` measures these bundles and the
 * local invoke runs them, so what is measured and invoked is what ships.
 */

const packageDir = fileURLToPath(new URL('..', import.meta.url));

// ESM output cannot `require()` Node built-ins from bundled CommonJS (pino) without this shim.
const REQUIRE_SHIM = "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);";

export interface BuiltFunction {
  fn: FunctionName;
  file: string;
  metafile: Metafile;
}

function deploymentOptions(outfile: string, sourcemap: boolean): BuildOptions {
  return {
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    minify: true,
    // Function and class names survive minification, so stack traces in CloudWatch and Sentry stay readable.
    keepNames: true,
    treeShaking: true,
    external: ['@aws-sdk/*'],
    tsconfig: `${packageDir}tsconfig.json`,
    banner: { js: REQUIRE_SHIM },
    sourcemap,
    metafile: true,
    logLevel: 'error',
  };
}

/**
 * Bundles `src/handlers/<fn>.ts` to `<outDir>/<fn>/index.mjs`.
 *
 * @example
 * ```ts
 * const { file } = await buildFunction('users', 'dist', { sourcemap: false });
 * ```
 */
export async function buildFunction(
  fn: FunctionName,
  outDir: string,
  options: { sourcemap: boolean },
): Promise<BuiltFunction> {
  const file = `${outDir}/${fn}/index.mjs`;
  const result = await build({
    ...deploymentOptions(file, options.sourcemap),
    entryPoints: [`${packageDir}src/handlers/${fn}.ts`],
  });
  return { fn, file, metafile: result.metafile ?? { inputs: {}, outputs: {} } };
}

/**
 * Bundles a few lines of module code with the same settings, to measure
 * what one dependency costs on its own.
 *
 * @example
 * ```ts
 * const { file } = await buildSnippet("export { init } from '@sentry/node';", 'dist/sentry-only.mjs');
 * ```
 */
export async function buildSnippet(contents: string, file: string): Promise<{ file: string; metafile: Metafile }> {
  const result = await build({
    ...deploymentOptions(file, false),
    stdin: { contents, resolveDir: `${packageDir}src`, loader: 'ts', sourcefile: 'snippet.ts' },
  });
  return { file, metafile: result.metafile ?? { inputs: {}, outputs: {} } };
}

/**
 * Bundles the local runtime (`worker.ts`) so the invoke script can fork it
 * with plain `node`: a TypeScript loader in the function's process would
 * triple the bundle's import time and distort the cold start.
 *
 * @example
 * ```ts
 * const worker = await buildWorker('.cache/invoke');
 * ```
 */
export async function buildWorker(outDir: string): Promise<string> {
  const file = `${outDir}/worker.mjs`;
  await build({
    entryPoints: [`${packageDir}src/worker.ts`],
    outfile: file,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    tsconfig: `${packageDir}tsconfig.json`,
    logLevel: 'error',
  });
  return file;
}
