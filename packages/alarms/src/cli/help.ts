import type { Command } from './types.js';

/**
 * The top-level `alarms --help` text, listing every registered command.
 *
 * @example
 * ```ts
 * io.stdout.write(globalHelp(commands));
 * ```
 */
export function globalHelp(commands: Command[]): string {
  const width = Math.max(...commands.map((command) => command.name.length), 8);
  const list = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n');
  return `alarms: CloudWatch alarms as code

Usage: alarms <command> [options]

Commands:
${list}

Options:
  -c, --config <file>      config file (default: alarms.config.ts, .js, .mjs, .json in the working directory)
  -s, --stage <name>       only this stage (default: every stage)
  -r, --region <region>    only this region
      --profile <name>     AWS profile
      --endpoint-url <url> CloudWatch endpoint (LocalStack, moto)
      --json               machine-readable output
      --prune              also delete owned alarms no longer defined
      --detailed-exitcode  exit 2 when there are changes
      --concurrency <n>    parallel API calls
  -y, --yes                do not ask for confirmation
      --create-log-groups  create missing log groups for metric filters
      --refresh-tags       read every owned alarm's tags to find tag drift (one call per alarm)
  -h, --help               show help (alarms <command> --help for a command)
  -v, --version            show the version

Exit codes: 0 success, 1 error (invalid config, usage, AWS), 2 changes found (with --detailed-exitcode).
Colour is off when NO_COLOR is set or output is not a terminal.
`;
}
