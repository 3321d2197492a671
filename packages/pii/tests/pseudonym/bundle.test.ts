import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../src/', import.meta.url));

const bundle = async (contents: string) => {
  const result = await build({
    stdin: { contents, resolveDir: src, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
    metafile: true,
  });
  return Object.keys(result.metafile.inputs).map((input) => input.replace(/\\/g, '/'));
};

describe('@valine/pii/pseudonym stays out of the core bundle', () => {
  it('the core entry pulls in no SHA-256 and no pseudonym code; the subpath does', async () => {
    const core = await bundle("export { scrub, createScrubber } from './index.ts';");
    expect(core.some((input) => input.includes('/pseudonym/'))).toBe(false);
    expect(core.some((input) => input.endsWith('scrubber.ts'))).toBe(true);
    const opted = await bundle("export { pseudonym } from './pseudonym/index.ts';");
    expect(opted.some((input) => input.endsWith('pseudonym/sha256.ts'))).toBe(true);
  });
});
