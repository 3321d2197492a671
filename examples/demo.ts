import { parseArgs } from 'node:util';
import { type SentryEndpoint, startSentryEndpoint } from '../tools/test/sentryEndpoint.js';
import { type AlarmsStepResult, checkAlarmsPrerequisites, showAlarms } from './demo/alarmsStep.js';
import { DemoStepError } from './demo/errors.js';
import { type LambdaStepResult, showLambda } from './demo/lambdaStep.js';
import { bold, dim, green, heading, out, red } from './demo/print.js';
import { type SentryStepResult, showSentry } from './demo/sentryStep.js';

/**
 * `npm run demo`: the whole system at work, offline and without AWS
 * credentials. (1) The Lambda example handles requests full of personal
 * data and writes its logs and metrics as CloudWatch would receive them;
 * (2) one of its errors goes through the real Sentry SDK to a local
 * endpoint; (3) the alarms are planned and synced into a local CloudWatch;
 * (4) a summary.
 *
 * Options: `--full` prints every log record expanded; `--endpoint-url <url>`
 * uses a running LocalStack instead of starting moto.
 */

const USAGE = `Usage: npm run demo [-- --full] [-- --endpoint-url http://127.0.0.1:4566]`;

/** Seconds each step took, for the last line. */
interface Timings {
  lambda: number;
  sentry: number;
  alarms: number;
}

function summary(lambda: LambdaStepResult, sentry: SentryStepResult, alarms: AlarmsStepResult, took: Timings): void {
  const total = took.lambda + took.sentry + took.alarms;
  const [plan] = alarms.calls;
  out(
    `${green('✔')} Lambda: ${lambda.invocations} invocations of 6 functions (${lambda.coldStarts} cold starts, the rest warm) wrote ` +
      `${lambda.logLines} JSON log lines and ${lambda.emfLines} EMF metric documents; no planted PII in any of them.`,
    `${green('✔')} Sentry: the real SDK sent the posts function's error (${sentry.envelopeBytes} bytes) to a local endpoint; ` +
      'the exception message arrived scrubbed, the user as an id only, the stack intact.',
    alarms.mode === 'sync'
      ? `${green('✔')} Alarms: \`alarms plan\` (exit ${plan?.exitCode}: changes), \`alarms sync --yes\`, then \`alarms plan\` (exit 0: in sync) against ${alarms.endpoint}.`
      : `${green('✔')} Alarms: \`alarms validate\` and \`alarms synth\` on the example config (plan/sync not available in this build).`,
    '',
    dim(
      `Done in ${total.toFixed(1)} s (Lambda ${took.lambda.toFixed(1)} s, Sentry ${took.sentry.toFixed(1)} s, ` +
        `alarms ${took.alarms.toFixed(1)} s). Next: npm test · npm run bench · packages/*/README.md`,
    ),
  );
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      full: { type: 'boolean', default: false },
      'endpoint-url': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    out(USAGE);
    return 0;
  }
  let mark = performance.now();
  const lap = () => {
    const now = performance.now();
    const seconds = (now - mark) / 1000;
    mark = now;
    return seconds;
  };
  out(bold('Valine Monitoring demo'), dim('Offline: no AWS account, no credentials, nothing leaves 127.0.0.1.'));
  let sentry: SentryEndpoint | undefined;
  try {
    checkAlarmsPrerequisites({ endpointUrl: values['endpoint-url'] });
    sentry = await startSentryEndpoint();
    heading(1, 'Lambda API → what CloudWatch Logs receives (logs + EMF metrics)');
    const lambda = await showLambda({ env: { SENTRY_DSN: sentry.dsn, STAGE: 'demo' }, full: values.full });
    const lambdaSeconds = lap();
    heading(2, 'Sentry → the scrubbed error event, as received by a local endpoint');
    const sentryResult = await showSentry(sentry);
    const sentrySeconds = lap();
    heading(3, 'Alarms as code → plan, sync, plan again against a local CloudWatch');
    const alarms = await showAlarms({ endpointUrl: values['endpoint-url'] });
    heading(4, 'Summary');
    summary(lambda, sentryResult, alarms, { lambda: lambdaSeconds, sentry: sentrySeconds, alarms: lap() });
    return 0;
  } catch (error) {
    const step = error instanceof DemoStepError ? ` (${error.step})` : '';
    out('', red(bold(`✖ demo failed${step}: ${error instanceof Error ? error.message : String(error)}`)));
    if (error instanceof DemoStepError && error.hint) out(`  ${error.hint}`);
    return 1;
  } finally {
    await sentry?.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    out(red(`✖ demo failed: ${error instanceof Error ? error.message : String(error)}`));
    process.exitCode = 1;
  },
);
