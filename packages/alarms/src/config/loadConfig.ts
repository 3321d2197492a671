import { existsSync, readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { createJiti } from 'jiti';
import { AlarmsConfigError } from '../errors.js';
import * as self from '../index.js';
import type { AlarmsConfig } from '../types/config.js';
import { selfAliases } from './selfAlias.js';

const LOADABLE = ['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs', '.json'];

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Loads an alarms config file: TypeScript (no build step), JavaScript or JSON.
 * Takes the default export, or the module itself when it has none. The result
 * is not validated yet: pass it to `validateConfig` or `synth`.
 *
 * @throws AlarmsConfigError when the file is missing, fails to load, or exports no object.
 * @example
 * ```ts
 * const config = await loadConfig('alarms.config.ts');
 * const prod = synth(config, { stage: 'prod' });
 * ```
 */
export async function loadConfig(path: string): Promise<AlarmsConfig> {
  const file = resolve(path);
  if (!existsSync(file)) throw new AlarmsConfigError(`config file not found: ${file}`);
  const extension = extname(file);
  if (!LOADABLE.includes(extension))
    throw new AlarmsConfigError(`cannot load ${file}: use a .ts, .js, .mjs or .json config file`);
  let loaded: unknown;
  try {
    if (extension === '.json') loaded = JSON.parse(readFileSync(file, 'utf8'));
    else {
      // The running package itself answers `import … from '@valine/alarms'`: no second copy to
      // transpile, and no dependency on a built `dist/`. The aliases cover jiti versions without
      // `virtualModules`.
      const jiti = createJiti(file, {
        virtualModules: { '@valine/alarms': self },
        alias: selfAliases(),
        moduleCache: false,
      });
      loaded = await jiti.import(file, { default: true });
    }
  } catch (error) {
    throw new AlarmsConfigError(`cannot load ${file}: ${describe(error)}`, { cause: error });
  }
  if (loaded === null || typeof loaded !== 'object' || Array.isArray(loaded))
    throw new AlarmsConfigError(`${file} exports no config object: export default defineAlarms({ … })`);
  return loaded as AlarmsConfig;
}
