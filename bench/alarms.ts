/**
 * `alarms plan | sync` at scale: 1000 alarms (plus the app's six cold-start
 * metric filters) against moto, counting the API calls that reach the wire
 * by operation. Side by side with the per-alarm refresh a state-file tool
 * does (Terraform reads each alarm and its tags: DescribeAlarms by name +
 * ListTagsForResource, two calls per alarm), measured on the same emulator.
 * The client-side limiter is raised for moto (CloudWatch's 3 PutMetricAlarm/s
 * would make the first sync take ~6 minutes); the call counts do not depend on it.
 * Run: `npx tsx bench/alarms.ts`
 */
import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  ListTagsForResourceCommand,
  type PutMetricAlarmInput,
} from '@aws-sdk/client-cloudwatch';
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  type PutMetricFilterRequest,
} from '@aws-sdk/client-cloudwatch-logs';
import { Bench } from 'tinybench';
import {
  applyPlan,
  createClients,
  createPlan,
  DEFAULT_RATE_LIMITS,
  type SyncClients,
} from '../packages/alarms/src/sync/index.js';
import type { SynthesizedStage } from '../packages/alarms/src/types/synth.js';
import { startMoto } from '../tools/test/moto.js';

const ALARMS = 1000;
const REGION = 'us-east-1';
const PREFIX = 'shop-prod-';
const FUNCTIONS = ['api', 'auth', 'billing', 'images', 'mailer', 'search'];
const CLOUDWATCH_OPS = new Set([
  'DescribeAlarms',
  'ListTagsForResource',
  'PutMetricAlarm',
  'PutCompositeAlarm',
  'DeleteAlarms',
  'TagResource',
  'UntagResource',
]);
/** moto does not throttle: lift every quota so the run measures the reconciler, not the pacing. */
const UNPACED = { rateLimits: Object.fromEntries(Object.keys(DEFAULT_RATE_LIMITS).map((op) => [op, 100_000])) };

function alarm(i: number, threshold = 5): PutMetricAlarmInput {
  const fn = `shop-prod-${FUNCTIONS[i % FUNCTIONS.length]}`;
  return {
    AlarmName: `${PREFIX}alarm-${String(i).padStart(4, '0')}`,
    AlarmDescription: `Errors on ${fn}, alarm ${i}`,
    Namespace: 'AWS/Lambda',
    MetricName: 'Errors',
    Dimensions: [
      { Name: 'FunctionName', Value: fn },
      { Name: 'Resource', Value: `${fn}:live` },
    ],
    Statistic: 'Sum',
    Period: 60,
    EvaluationPeriods: 5,
    DatapointsToAlarm: 5,
    Threshold: threshold,
    ComparisonOperator: 'GreaterThanThreshold',
    TreatMissingData: 'notBreaching',
    AlarmActions: ['arn:aws:sns:us-east-1:123456789012:oncall'],
    Tags: [
      { Key: 'valine:alarms:stack', Value: 'shop/prod' },
      { Key: 'managed-by', Value: 'valine-alarms' },
      { Key: 'severity', Value: 'P1' },
    ],
  };
}

const filters: PutMetricFilterRequest[] = FUNCTIONS.map((fn) => ({
  logGroupName: `/aws/lambda/shop-prod-${fn}`,
  filterName: `${PREFIX}${fn}-cold-starts`,
  filterPattern: '"REPORT" "Init Duration"',
  metricTransformations: [
    { metricName: `${fn}-cold-starts`, metricNamespace: 'Valine/Logs', metricValue: '1', defaultValue: 0 },
  ],
}));

function stage(changed?: number): SynthesizedStage {
  return {
    stack: 'shop',
    stage: 'prod',
    ownership: { namePrefix: PREFIX, tagKey: 'valine:alarms:stack', tagValue: 'shop/prod' },
    regions: [
      {
        region: REGION,
        metricAlarms: Array.from({ length: ALARMS }, (_, i) => alarm(i, i === changed ? 10 : 5)),
        compositeAlarms: [],
        metricFilters: filters,
      },
    ],
  };
}

function counter(clients: SyncClients) {
  const counts = new Map<string, number>();
  for (const client of [clients.cloudWatch(REGION), clients.logs(REGION)]) {
    client.middlewareStack.add(
      (next, context) => (args) => {
        const op = String(context.commandName).replace(/Command$/, '');
        counts.set(op, (counts.get(op) ?? 0) + 1);
        return next(args);
      },
      { step: 'finalizeRequest', name: 'benchCallCounter' },
    );
  }
  return {
    reset: () => counts.clear(),
    cloudWatch: () => [...counts].filter(([op]) => CLOUDWATCH_OPS.has(op)).reduce((n, [, c]) => n + c, 0),
    logs: () => [...counts].filter(([op]) => !CLOUDWATCH_OPS.has(op)).reduce((n, [, c]) => n + c, 0),
    byOp: () =>
      [...counts]
        .sort()
        .map(([op, c]) => `${op} ${c}`)
        .join(', '),
  };
}

const ms = (start: number) => `${Math.round(performance.now() - start)} ms`;

const moto = await startMoto(REGION);
try {
  const logs = new CloudWatchLogsClient(moto.clientConfig);
  for (const f of filters) await logs.send(new CreateLogGroupCommand({ logGroupName: f.logGroupName }));
  const clients = createClients({ endpoint: moto.endpoint, credentials: moto.clientConfig.credentials });
  const calls = counter(clients);
  const rows: string[][] = [];
  const row = (scenario: string, started: number, writes: string) =>
    rows.push([scenario, String(calls.cloudWatch()), String(calls.logs()), writes, calls.byOp(), ms(started)]);

  let started = performance.now();
  const first = await createPlan(stage(), clients, UNPACED);
  const created = await applyPlan(first, clients, { ...UNPACED, concurrency: 8 });
  if (!created.ok) throw new Error(`first sync failed: ${created.failed.length} failures`);
  row(`first sync (${first.summary.create} creates)`, started, String(created.results.length));

  calls.reset();
  started = performance.now();
  const noop = await createPlan(stage(), clients, UNPACED);
  if (noop.summary.create + noop.summary.update !== 0) throw new Error('no-op plan found changes');
  row('no-op plan', started, '0');

  calls.reset();
  started = performance.now();
  const refreshed = await createPlan(stage(), clients, { ...UNPACED, refreshTags: true, concurrency: 8 });
  if (refreshed.summary.update !== 0) throw new Error('refreshed plan found changes');
  row('no-op plan with tag refresh (ALARMS_REFRESH_TAGS=1)', started, '0');

  calls.reset();
  started = performance.now();
  const one = await createPlan(stage(500), clients, UNPACED);
  const applied = await applyPlan(one, clients, UNPACED);
  if (one.summary.update !== 1 || !applied.ok) throw new Error('one-change sync did not update exactly one alarm');
  row('sync with one changed threshold', started, String(applied.results.length));

  console.log(
    `### ${ALARMS} alarms + ${filters.length} metric filters against moto ${moto.endpoint.replace(/.*:/, 'port ')}\n`,
  );
  console.log('| scenario | CloudWatch calls | Logs calls | writes | calls by operation | time |');
  console.log('|---|---:|---:|---:|---|---:|');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  console.log(
    `\nOn AWS, DescribeAlarms pages at 100, so the no-op plan is ${Math.ceil(ALARMS / 100)} DescribeAlarms calls (moto returns one page; pagination is unit-tested).`,
  );
  console.log(
    `At CloudWatch's default 3 PutMetricAlarm/s the first sync takes ≥ ${Math.ceil(ALARMS / 3)} s (the limiter paces it; raised here for moto).\n`,
  );

  // Same emulator, same 1000 alarms: valine's plan vs the per-alarm refresh a state-file tool performs.
  const cw = new CloudWatchClient(moto.clientConfig);
  const names = stage().regions[0]!.metricAlarms.map((a) => a.AlarmName!);
  const perAlarmRefresh = async () => {
    for (let i = 0; i < names.length; i += 8) {
      await Promise.all(
        names.slice(i, i + 8).map(async (name) => {
          const out = await cw.send(new DescribeAlarmsCommand({ AlarmNames: [name] }));
          await cw.send(new ListTagsForResourceCommand({ ResourceARN: out.MetricAlarms?.[0]?.AlarmArn }));
        }),
      );
    }
  };
  const bench = new Bench({ iterations: 3, time: 0, warmup: false });
  bench
    .add('valine plan (DescribeAlarms by prefix, paged)', async () => {
      await createPlan(stage(), clients, UNPACED);
    })
    .add('per-alarm refresh (DescribeAlarms + ListTagsForResource each)', perAlarmRefresh);
  await bench.run();
  const hz = bench.tasks.map((t) => (t.result.state === 'completed' ? t.result.throughput.mean : Number.NaN));
  console.log('| no-op read of 1000 alarms | CloudWatch calls | reads/s | valine is faster by |');
  console.log('|---|---:|---:|---:|');
  const callsPer = [1, ALARMS * 2];
  bench.tasks.forEach((task, i) => {
    console.log(`| ${task.name} | ${callsPer[i]} | ${hz[i]!.toFixed(2)} | ${(hz[0]! / hz[i]!).toFixed(1)}× |`);
  });
} finally {
  await moto.stop();
}
