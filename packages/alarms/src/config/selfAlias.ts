import { existsSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** This module's directory, in the ESM build, the CJS build (no `import.meta`) and from source. */
function currentDir(): string {
  const url = (import.meta as { url?: string }).url;
  if (url) return dirname(fileURLToPath(url));
  return typeof __dirname === 'string' ? __dirname : process.cwd();
}

/**
 * Aliases that make a config's `import … from '@valine/alarms'` load this very
 * package: its source when running from the repository (no build needed), its
 * built entry otherwise. Without them an unbuilt workspace link points at a
 * missing `dist/`.
 *
 * @example
 * ```ts
 * createJiti(file, { alias: selfAliases() });
 * ```
 */
export function selfAliases(): Record<string, string> {
  const here = currentDir();
  const aliases: Record<string, string> = {};
  const sourceEntry = resolve(here, '..', 'index.ts');
  if (here.endsWith(`${sep}src${sep}config`) && existsSync(sourceEntry)) {
    aliases['@valine/alarms'] = sourceEntry;
    const catalog = resolve(here, '..', '..', '..', 'metrics', 'src', 'catalog', 'index.ts');
    if (existsSync(catalog)) aliases['@valine/metrics/catalog'] = catalog;
    return aliases;
  }
  const builtEntry = ['index.js', 'index.cjs'].map((file) => join(here, file)).find((file) => existsSync(file));
  if (builtEntry) aliases['@valine/alarms'] = builtEntry;
  return aliases;
}
