import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltFunction, buildFunction } from '../src/build.js';
import { FUNCTIONS } from '../src/samples.js';

/** The deployment bundles as `scripts/bundle.ts` measures and the invoke runs them. */
let outDir: string;
let built: BuiltFunction[];

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'valine-bundle-'));
  built = await Promise.all(FUNCTIONS.map((fn) => buildFunction(fn, outDir, { sourcemap: false })));
}, 120_000);

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('deployment bundles', () => {
  it('carry no AWS SDK code: the Lambda runtime provides @aws-sdk/*', () => {
    for (const { fn, metafile } of built) {
      const sdkInputs = Object.keys(metafile.inputs).filter((path) => /node_modules\/@(aws-sdk|smithy)\//.test(path));
      expect(sdkInputs, fn).toEqual([]);
      const imports = Object.values(metafile.outputs).flatMap((output) => output.imports);
      const sdkImports = imports.filter((entry) => entry.path.startsWith('@aws-sdk/'));
      expect(
        sdkImports.every((entry) => entry.external),
        fn,
      ).toBe(true);
    }
  });

  it('are one ESM file per function that keeps function names for readable stack traces', async () => {
    for (const { fn, file } of built) {
      const code = await readFile(file, 'utf8');
      expect(code.startsWith("import { createRequire as __cr } from 'node:module';"), fn).toBe(true);
      expect(code, fn).toMatch(/export\s*\{[^}]*\bhandler\b/);
      // keepNames: esbuild registers the original name of every function it renames.
      expect(code, fn).toContain('"scrubbingLogMethod"');
    }
  });
});
