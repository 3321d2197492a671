import packageJson from '../../package.json' with { type: 'json' };
import { AlarmsCliError, AlarmsError, AlarmsValidationError, ErrorCode } from '../errors.js';
import { commands } from './commands/index.js';
import { parseCliArgs } from './flags.js';
import { globalHelp } from './help.js';
import { createStyle } from './style.js';
import type { CliIO } from './types.js';

function defaultIO(io: Partial<CliIO>): CliIO {
  return {
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    env: io.env ?? process.env,
    cwd: io.cwd ?? process.cwd(),
    ...(io.confirm ? { confirm: io.confirm } : {}),
  };
}

/** The one place errors become output and an exit code. */
function report(error: unknown, io: CliIO, json: boolean, color: boolean): number {
  const style = createStyle(color);
  const known = error instanceof AlarmsError;
  const code = known ? error.code : ErrorCode.Internal;
  const message = error instanceof Error ? error.message : String(error);
  const issues = error instanceof AlarmsValidationError ? error.issues : undefined;
  if (json) {
    io.stdout.write(`${JSON.stringify({ error: { code, message, ...(issues ? { issues } : {}) } }, null, 2)}\n`);
  } else {
    io.stderr.write(`${style.red('✖')} ${known ? message : `unexpected error: ${message}`}\n`);
    for (const issue of issues ?? []) {
      io.stderr.write(`  ${style.bold(issue.path)}: ${issue.message}\n`);
      if (issue.hint) io.stderr.write(`    ${style.dim(`hint: ${issue.hint}`)}\n`);
    }
  }
  return error instanceof AlarmsCliError ? error.exitCode : 1;
}

/**
 * The `alarms` CLI, callable in-process: parses `argv` (without node and the
 * script), runs the command, and resolves to the exit code. Never throws;
 * every error is reported here, once.
 *
 * @example
 * ```ts
 * const code = await run(['synth', '--stage', 'prod', '--json'], { cwd: '/repo' });
 * ```
 */
export async function run(argv: string[], io: Partial<CliIO> = {}): Promise<number> {
  const cli = defaultIO(io);
  const json = argv.includes('--json');
  let color = false;
  try {
    const parsed = parseCliArgs(argv, cli.env, cli.stdout.isTTY);
    color = parsed.flags.color;
    if (parsed.version) {
      cli.stdout.write(`${packageJson.version}\n`);
      return 0;
    }
    if (!parsed.command) {
      if (parsed.help) {
        cli.stdout.write(globalHelp(commands));
        return 0;
      }
      cli.stderr.write(globalHelp(commands));
      throw new AlarmsCliError('missing command');
    }
    const command = commands.find((candidate) => candidate.name === parsed.command);
    if (!command)
      throw new AlarmsCliError(
        `unknown command '${parsed.command}'. Commands: ${commands.map((c) => c.name).join(', ')}`,
      );
    if (parsed.help) {
      cli.stdout.write(`${command.usage}\n`);
      return 0;
    }
    return await command.run({ flags: parsed.flags, args: parsed.args, io: cli });
  } catch (error) {
    return report(error, cli, json, color);
  }
}
