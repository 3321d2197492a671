import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Tests import `@valine/*` from source, so `npm test` needs no build.
 * Subpath entries follow the build's convention: `@valine/x/y` is
 * `packages/x/src/y/index.ts`.
 */
const alias = [
  { find: /^@valine\/([a-z]+)\/([a-z]+)$/, replacement: `${root}packages/$1/src/$2/index.ts` },
  { find: /^@valine\/([a-z]+)$/, replacement: `${root}packages/$1/src/index.ts` },
];

const dirs = (parent: string) =>
  readdirSync(new URL(parent, import.meta.url), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(new URL(`${parent}/${d.name}/package.json`, import.meta.url)))
    .map((d) => `${parent}/${d.name}`);

/**
 * Two projects per package: `unit` (fast, no external process; also run on
 * Node 22 and 24 by .ci/run) and `integration` (`*.integration.test.ts`:
 * starts moto, a browser or other real parts itself).
 */
const projects = [...dirs('packages'), ...dirs('examples')].flatMap((dir) => {
  const [parent, folder] = dir.split('/');
  // Examples share folder names with packages (`alarms`), and project names must be unique.
  const name = parent === 'examples' ? `example-${folder}` : folder;
  return [
    {
      resolve: { alias },
      test: {
        name: `${name}:unit`,
        root: `${root}${dir}`,
        include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
        exclude: ['tests/**/*.integration.test.ts', '**/node_modules/**'],
        testTimeout: 20_000,
      },
    },
    {
      resolve: { alias },
      test: {
        name: `${name}:integration`,
        root: `${root}${dir}`,
        include: ['tests/**/*.integration.test.ts'],
        testTimeout: 120_000,
        hookTimeout: 120_000,
      },
    },
  ];
});

export default defineConfig({
  test: {
    projects,
    passWithNoTests: true,
    // In CI a JSON report is written too, so .ci/run can print one plain totals line per run.
    reporters: process.env.CI ? ['default', ['json', { outputFile: '.cache/vitest-results.json' }]] : ['default'],
  },
});
