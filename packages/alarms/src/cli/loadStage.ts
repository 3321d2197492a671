import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '../config/loadConfig.js';
import { AlarmsConfigError, AlarmsValidationError } from '../errors.js';
import { synth } from '../synth/synth.js';
import type { AlarmsConfig } from '../types/config.js';
import type { SynthesizedStage } from '../types/synth.js';
import { validateConfig } from '../validate/validateConfig.js';
import type { CliFlags, CliIO } from './types.js';

/** Looked up in this order in the working directory when `--config` is absent. */
export const DEFAULT_CONFIG_FILES = ['alarms.config.ts', 'alarms.config.js', 'alarms.config.mjs', 'alarms.config.json'];

/**
 * The config file the CLI uses: `--config` (relative to the working directory)
 * or the first default file present.
 *
 * @throws AlarmsConfigError when no default file exists.
 * @example
 * ```ts
 * configPath({ config: 'ops/alarms.config.ts' } as CliFlags, io); // '/repo/ops/alarms.config.ts'
 * ```
 */
export function configPath(flags: CliFlags, io: CliIO): string {
  if (flags.config) return resolve(io.cwd, flags.config);
  const found = DEFAULT_CONFIG_FILES.map((file) => resolve(io.cwd, file)).find((file) => existsSync(file));
  if (!found)
    throw new AlarmsConfigError(
      `no config file in ${io.cwd}: create alarms.config.ts (or .js, .mjs, .json) or pass --config <file>`,
    );
  return found;
}

/**
 * Loads the config the flags point at.
 *
 * @example
 * ```ts
 * const config = await loadCliConfig(flags, io);
 * ```
 */
export async function loadCliConfig(flags: CliFlags, io: CliIO): Promise<AlarmsConfig> {
  return loadConfig(configPath(flags, io));
}

/**
 * Loads the config and synthesizes the stages the flags select (`--stage`, or
 * all), keeping only the `--region` asked for. Validation happens in `synth`,
 * so an invalid config throws before any network call.
 *
 * @throws AlarmsConfigError, AlarmsValidationError
 * @example
 * ```ts
 * for (const stage of await loadStages(flags, io)) console.log(stage.stage, stage.regions.length);
 * ```
 */
export async function loadStages(flags: CliFlags, io: CliIO): Promise<SynthesizedStage[]> {
  const config = await loadCliConfig(flags, io);
  const issues = validateConfig(config, flags.stage ? { stages: [flags.stage] } : {});
  if (issues.length > 0) throw new AlarmsValidationError(issues);
  const stages = flags.stage ? [flags.stage] : Object.keys(config.stages);
  return stages.map((stage) => {
    const synthesized = synth(config, { stage });
    if (!flags.region) return synthesized;
    return { ...synthesized, regions: synthesized.regions.filter((region) => region.region === flags.region) };
  });
}
