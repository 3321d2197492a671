import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

describe('@valine/logger/browser bundle', () => {
  it('bundles for the browser without pino or Node built-ins', async () => {
    const result = await build({
      entryPoints: [`${root}packages/logger/src/browser/index.ts`],
      bundle: true,
      write: false,
      minify: true,
      format: 'esm',
      platform: 'browser',
      alias: { '@valine/pii': `${root}packages/pii/src/index.ts` },
      logLevel: 'silent',
      metafile: true,
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((input) => input.includes('node_modules/pino'))).toBe(false);
    expect(inputs.some((input) => input.startsWith('node:'))).toBe(false);
    const code = result.outputFiles[0]?.contents ?? new Uint8Array();
    const gzipped = gzipSync(code).length;
    console.log(`browser bundle (with @valine/pii): ${code.length} B min, ${gzipped} B min+gzip`);
    // The guard of `.size-limit.json` for this entry (kB of 1000 bytes, as size-limit counts); the budget grows
    // only with the PII rules it carries.
    expect(gzipped).toBeLessThan(31_400);
  });
});
