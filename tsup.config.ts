import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'tsup';

/**
 * One build for every package, run from the package's folder
 * (`tsup --config ../../tsup.config.ts`). Entries come from the package's
 * `exports` map and `bin`, so adding a subpath is one edit to package.json.
 * Convention: `.` is `src/index.ts`, `./name` is `src/name/index.ts`,
 * a bin `./dist/bin.js` is `src/bin.ts`.
 */
interface PackageJson {
  exports: Record<string, unknown>;
  bin?: Record<string, string>;
}

const cwd = process.cwd();
const pkg = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')) as PackageJson;

const entry: Record<string, string> = {};
for (const subpath of Object.keys(pkg.exports)) {
  if (subpath === './package.json') continue;
  const name = subpath === '.' ? 'index' : subpath.slice(2);
  entry[name] = name === 'index' ? 'src/index.ts' : `src/${name}/index.ts`;
}
const bins = Object.values(pkg.bin ?? {}).map((file) => file.replace(/^\.\/dist\//, '').replace(/\.js$/, ''));

for (const [name, file] of Object.entries(entry)) {
  if (!existsSync(join(cwd, file))) throw new Error(`tsup: entry "${name}" expects ${file}`);
}

export default defineConfig([
  {
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    target: 'node20',
    platform: 'neutral',
    sourcemap: false,
    splitting: true,
    treeshake: true,
    outDir: 'dist',
  },
  ...bins.map((name) => ({
    entry: { [name]: `src/${name}.ts` },
    format: ['esm' as const],
    dts: false,
    clean: false,
    target: 'node20',
    platform: 'node' as const,
    outDir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
  })),
]);
