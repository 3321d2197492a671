import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { type Moto, startMoto } from '../../tools/test/moto.js';
import { DemoStepError } from './errors.js';
import { bold, dim, green, indent, out, yellow } from './print.js';

/**
 * Step 3: the example's alarms reconciled into a local CloudWatch. Runs the
 * `alarms` CLI in-process (`run(argv, io)`, the same entry the `alarms` bin
 * calls) against moto, or against `--endpoint-url` (LocalStack) if given.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const CONFIG = 'examples/alarms/alarms.config.ts';
const MOTO_CONFIG = 'examples/demo/alarms.moto.config.ts';
// One stage keeps the demo short: prod, whose cold-start alarms watch the ColdStart metric of step 1.
const STAGE = 'prod';
// Per-alarm progress lines of a successful sync; failures and the summary are still shown.
const PROGRESS_OK = /^\s*\[\d+\/\d+\] .* ok$/;

type CliIo = { stdout: Writable; stderr: Writable; env: NodeJS.ProcessEnv; cwd: string };
type RunCli = (argv: string[], io: Partial<CliIo>) => Promise<number>;

/** One CLI call as shown. */
export interface CliCall {
  argv: string[];
  exitCode: number;
  output: string;
}

export interface AlarmsStepResult {
  /** `sync` when plan/sync ran; `synth` when the CLI only had validate/synth. */
  mode: 'sync' | 'synth';
  endpoint: string;
  calls: CliCall[];
}

const MOTO_HINT =
  "install the CloudWatch emulator with `pip install 'moto[server]'` (moto 5), " +
  'or point the demo at LocalStack: `npm run demo -- --endpoint-url http://127.0.0.1:4566`';

function motoInstalled(): boolean {
  const python = process.env.PYTHON ?? 'python3';
  return spawnSync(python, ['-c', 'import moto.server'], { stdio: 'ignore' }).status === 0;
}

/**
 * Fails fast, before the demo spends time on the other steps, when step 3
 * cannot run: no config, or no moto and no `--endpoint-url`.
 *
 * @example
 * ```ts
 * checkAlarmsPrerequisites({ endpointUrl: undefined });
 * ```
 */
export function checkAlarmsPrerequisites(options: { endpointUrl?: string }): void {
  if (!existsSync(`${root}${CONFIG}`)) throw new DemoStepError('alarms', `${CONFIG} is missing`);
  if (!options.endpointUrl && !motoInstalled()) {
    throw new DemoStepError('alarms', 'moto (the local CloudWatch) is not installed', { hint: MOTO_HINT });
  }
}

function collector(): { stream: Writable; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return { stream, text: () => text };
}

async function loadCli(): Promise<{ run: RunCli; names: string[] }> {
  const [{ run }, { commands }] = await Promise.all([
    import('../../packages/alarms/src/cli/run.js'),
    import('../../packages/alarms/src/cli/commands/index.js'),
  ]);
  return { run: run as RunCli, names: commands.map((command: { name: string }) => command.name) };
}

async function call(run: RunCli, argv: string[], env: NodeJS.ProcessEnv): Promise<CliCall> {
  const sink = collector();
  const exitCode = await run(argv, { stdout: sink.stream, stderr: sink.stream, env, cwd: root });
  const shown = argv.map((arg) => (arg.includes(' ') ? `'${arg}'` : arg)).join(' ');
  const lines = sink.text().trimEnd().split('\n');
  const kept = lines.filter((line) => !PROGRESS_OK.test(line));
  const hidden = lines.length - kept.length;
  out(bold(`  $ alarms ${shown}`), indent(kept.join('\n'), 4));
  if (hidden > 0) out(dim(`    (${hidden} per-alarm progress lines, all ok, not shown)`));
  out(dim(`    exit ${exitCode}`), '');
  return { argv, exitCode, output: sink.text() };
}

function expectExit(result: CliCall, wanted: number, meaning: string): void {
  if (result.exitCode !== wanted) {
    throw new DemoStepError(
      'alarms',
      `\`alarms ${result.argv[0]}\` exited ${result.exitCode}, expected ${wanted} (${meaning})`,
    );
  }
}

/**
 * Runs `alarms plan`, `alarms sync --yes` and `alarms plan` again against
 * a local CloudWatch, checking the exit codes (`--detailed-exitcode`: 2
 * means changes, 0 means in sync).
 *
 * @example
 * ```ts
 * const result = await showAlarms({ endpointUrl: undefined });
 * ```
 */
export async function showAlarms(options: { endpointUrl?: string }): Promise<AlarmsStepResult> {
  checkAlarmsPrerequisites(options);
  const cli = await loadCli();
  let moto: Moto | undefined;
  if (!options.endpointUrl) {
    try {
      moto = await startMoto();
    } catch (cause) {
      throw new DemoStepError('alarms', `moto did not start: ${(cause as Error).message}`, { cause, hint: MOTO_HINT });
    }
  }
  const endpoint = options.endpointUrl ?? moto!.endpoint;
  // Dummy credentials, set on the process because the AWS SDK reads them there: the emulator accepts
  // anything, and a demo must never pick up real ones.
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: 'AKIADEMODEMODEMODEMO',
    AWS_SECRET_ACCESS_KEY: 'demo-secret-not-real',
    AWS_REGION: 'us-east-1',
    // The SDK's notice that future releases need Node 22 is noise here; the demo supports Node 20.
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  });
  delete process.env.AWS_PROFILE;
  delete process.env.AWS_SESSION_TOKEN;
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  const config = moto ? MOTO_CONFIG : CONFIG;
  const common = ['--config', config, '--stage', STAGE, '--endpoint-url', endpoint];
  out(dim(`Local CloudWatch at ${endpoint}${moto ? ' (moto, started for this demo)' : ''}; config ${config}`));
  if (moto) {
    const { leftOut } = (await import('./alarms.moto.config.js')) as { leftOut: string[] };
    out(dim(`(${CONFIG} without its composite alarms ${leftOut.join(', ')}: moto does not emulate composites)`));
  }
  out('');
  const calls: CliCall[] = [];
  try {
    if (cli.names.includes('plan') && cli.names.includes('sync')) {
      const first = await call(cli.run, ['plan', ...common, '--detailed-exitcode'], env);
      expectExit(first, 2, 'changes to make on an empty CloudWatch');
      // The functions are not deployed in the emulator, so their log groups (for the metric filters) are created here.
      const sync = await call(cli.run, ['sync', ...common, '--yes', '--create-log-groups'], env);
      expectExit(sync, 0, 'sync applied');
      const again = await call(cli.run, ['plan', ...common, '--detailed-exitcode'], env);
      expectExit(again, 0, 'nothing left to change');
      calls.push(first, sync, again);
      out(green('✔ first plan showed the changes, sync applied them, the second plan is clean (exit 0)'));
      return { mode: 'sync', endpoint, calls };
    }
    out(yellow('This build of the alarms CLI has no plan/sync yet: showing validate and synth instead.'), '');
    const validate = await call(cli.run, ['validate', '--config', CONFIG], env);
    expectExit(validate, 0, 'the config is valid');
    const synth = await call(cli.run, ['synth', '--config', CONFIG, '--stage', STAGE], env);
    expectExit(synth, 0, 'synthesized');
    calls.push(validate, synth);
    return { mode: 'synth', endpoint, calls };
  } finally {
    await moto?.stop();
  }
}
