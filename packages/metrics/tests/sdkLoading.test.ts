import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));
const CLOUDWATCH_SDK = '@aws-sdk/client-cloudwatch';

describe('@valine/metrics main entry', () => {
  it('loads the CloudWatch SDK only through a dynamic import, never at import time', async () => {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'node',
      packages: 'external',
      logLevel: 'silent',
      metafile: true,
    });
    const sdkImports = Object.values(result.metafile.outputs)
      .flatMap((output) => output.imports)
      .filter((imported) => imported.path === CLOUDWATCH_SDK)
      .map((imported) => imported.kind);
    expect(sdkImports.length).toBeGreaterThan(0);
    expect(new Set(sdkImports)).toEqual(new Set(['dynamic-import']));
  });
});
