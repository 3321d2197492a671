import type { Writable } from 'node:stream';

/**
 * Contract between the CLI entry (`run(argv)`) and its commands. Each command
 * lives in `src/cli/commands/<name>.ts` and is listed in
 * `src/cli/commands/index.ts`.
 */
export interface CliIO {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  /** Answers a yes/no question on a TTY; absent (or not a TTY, or CI) means "cannot ask". */
  confirm?: (question: string) => Promise<boolean>;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Parsed global flags; every command sees all of them. */
export interface CliFlags {
  config?: string;
  stage?: string;
  region?: string;
  profile?: string;
  endpointUrl?: string;
  json: boolean;
  prune: boolean;
  detailedExitcode: boolean;
  concurrency?: number;
  yes: boolean;
  createLogGroups: boolean;
  /** Read every owned alarm's tags, so tag drift on unchanged alarms shows (one call per alarm). */
  refreshTags: boolean;
  color: boolean;
}

export interface CommandContext {
  flags: CliFlags;
  /** Positional arguments after the command name. */
  args: string[];
  io: CliIO;
}

export interface Command {
  name: string;
  summary: string;
  /** Long help text shown by `alarms <name> --help`. */
  usage: string;
  /** Resolves to the process exit code (0 ok, 1 error, 2 changes with --detailed-exitcode). */
  run(context: CommandContext): Promise<number>;
}
