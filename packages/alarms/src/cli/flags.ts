import { parseArgs } from 'node:util';
import { AlarmsCliError, ErrorCode } from '../errors.js';
import type { CliFlags } from './types.js';

const OPTIONS = {
  config: { type: 'string', short: 'c' },
  stage: { type: 'string', short: 's' },
  region: { type: 'string', short: 'r' },
  profile: { type: 'string' },
  'endpoint-url': { type: 'string' },
  json: { type: 'boolean' },
  prune: { type: 'boolean' },
  'detailed-exitcode': { type: 'boolean' },
  concurrency: { type: 'string' },
  yes: { type: 'boolean', short: 'y' },
  'create-log-groups': { type: 'boolean' },
  'refresh-tags': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

export interface ParsedArgs {
  flags: CliFlags;
  command: string | undefined;
  args: string[];
  help: boolean;
  version: boolean;
}

/** `NO_COLOR` set to anything non-empty turns colour off (https://no-color.org); so does a non-TTY stdout. */
export function colorEnabled(env: NodeJS.ProcessEnv, isTTY: boolean | undefined): boolean {
  return !env.NO_COLOR && isTTY === true;
}

/**
 * Parses the global flags, which may appear before or after the command name.
 *
 * @throws AlarmsCliError for an unknown flag, a missing value or a bad `--concurrency`.
 * @example
 * ```ts
 * parseCliArgs(['synth', '--stage', 'prod', '--json'], process.env, false).flags.stage; // 'prod'
 * ```
 */
export function parseCliArgs(argv: string[], env: NodeJS.ProcessEnv, isTTY: boolean | undefined): ParsedArgs {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new AlarmsCliError(`${message}. Run 'alarms --help' for usage.`, ErrorCode.Usage, { cause: error });
  }
  const { values, positionals } = parsed;
  let concurrency: number | undefined;
  if (values.concurrency !== undefined) {
    concurrency = Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1)
      throw new AlarmsCliError(`--concurrency must be a whole number ≥ 1, got '${values.concurrency}'`);
  }
  const flags: CliFlags = {
    config: values.config,
    stage: values.stage,
    region: values.region,
    profile: values.profile,
    endpointUrl: values['endpoint-url'],
    json: values.json ?? false,
    prune: values.prune ?? false,
    detailedExitcode: values['detailed-exitcode'] ?? false,
    concurrency,
    yes: values.yes ?? false,
    createLogGroups: values['create-log-groups'] ?? false,
    refreshTags: values['refresh-tags'] ?? false,
    color: colorEnabled(env, isTTY),
  };
  const [command, ...args] = positionals;
  return { flags, command, args, help: values.help ?? false, version: values.version ?? false };
}
