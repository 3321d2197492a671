import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  ListTagsForResourceCommand,
  PutMetricAlarmCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-cloudwatch';
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  DescribeMetricFiltersCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Moto, startMoto } from '../../../../tools/test/moto.js';
import { run } from '../../src/cli/run.js';
import type { CliIO } from '../../src/cli/types.js';
import { Sink } from '../helpers.js';

const LOG_GROUP = '/aws/lambda/web-prod-api';

function config(threshold = 5, withLatency = true) {
  const alarms: Record<string, unknown> = {
    apiErrors: {
      kind: 'metric',
      severity: 'P1',
      namespace: 'AWS/Lambda',
      metricName: 'Errors',
      dimensions: { FunctionName: 'web-prod-api', Resource: 'web-prod-api' },
      statistic: 'Sum',
      period: '1m',
      evaluationPeriods: 5,
      comparison: '>',
      threshold,
      treatMissingData: 'notBreaching',
    },
    coldStarts: {
      kind: 'logMetric',
      severity: 'P2',
      logGroupName: LOG_GROUP,
      filterPattern: '"REPORT" "Init Duration"',
      comparison: '>',
      threshold: 10,
      period: '5m',
      evaluationPeriods: 2,
    },
  };
  if (withLatency) {
    alarms.apiLatency = {
      kind: 'metric',
      severity: 'P1',
      namespace: 'AWS/ApiGateway',
      metricName: 'Latency',
      dimensions: { ApiId: 'abc123', Stage: '$default' },
      statistic: 'p95',
      period: '1m',
      evaluationPeriods: 5,
      comparison: '>',
      threshold: 3000,
    };
  }
  return {
    stack: 'web',
    stages: { prod: { regions: ['us-east-1'] } },
    severities: {
      P1: { alarm: ['arn:aws:sns:us-east-1:123456789012:oncall'] },
      P2: { alarm: ['arn:aws:sns:us-east-1:123456789012:ops'] },
    },
    alarms,
  };
}

let moto: Moto;
let dir: string;
let cw: CloudWatchClient;
let logs: CloudWatchLogsClient;
const saved = { ...process.env };

beforeAll(async () => {
  moto = await startMoto();
  // The CLI resolves credentials through the SDK's default chain, as it would in CI.
  process.env.AWS_ACCESS_KEY_ID = moto.clientConfig.credentials.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = moto.clientConfig.credentials.secretAccessKey;
  dir = mkdtempSync(join(tmpdir(), 'alarms-cli-'));
});
afterAll(async () => {
  process.env = saved;
  rmSync(dir, { recursive: true, force: true });
  await moto.stop();
});
beforeEach(async () => {
  await moto.reset();
  cw = new CloudWatchClient(moto.clientConfig);
  logs = new CloudWatchLogsClient(moto.clientConfig);
  await logs.send(new CreateLogGroupCommand({ logGroupName: LOG_GROUP }));
  writeConfig(config());
});

function writeConfig(value: unknown) {
  writeFileSync(join(dir, 'alarms.config.json'), JSON.stringify(value));
}

async function alarms(...argv: string[]) {
  const stdout = new Sink();
  const stderr = new Sink();
  const io: Partial<CliIO> = { stdout, stderr, cwd: dir, env: { PATH: process.env.PATH } };
  const code = await run([...argv, '--endpoint-url', moto.endpoint], io);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const names = async () =>
  ((await cw.send(new DescribeAlarmsCommand({ AlarmNamePrefix: 'web-' }))).MetricAlarms ?? [])
    .map((a) => a.AlarmName)
    .sort();

describe('alarms plan | sync | destroy against moto', () => {
  it('plans, syncs, then reports no drift', async () => {
    const first = await alarms('plan', '--detailed-exitcode');
    expect(first.code).toBe(2);
    expect(first.stdout).toContain('+ create web-prod-apiErrors (metric alarm)');
    expect(first.stdout).toContain('+ create web-prod-coldStarts (metric filter in /aws/lambda/web-prod-api)');
    expect(first.stdout).toContain('Plan: 4 to create, 0 to update, 0 to delete.');

    const sync = await alarms('sync', '--yes');
    expect(sync.code).toBe(0);
    expect(sync.stderr).toMatch(/\[4\/4\] us-east-1 \w+ \S+ ok/);
    expect(sync.stdout).toContain('Applied: 4 succeeded, 0 failed.');
    expect(await names()).toEqual(['web-prod-apiErrors', 'web-prod-apiLatency', 'web-prod-coldStarts']);

    const again = await alarms('plan', '--detailed-exitcode');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Plan: 0 to create, 0 to update, 0 to delete.');
    expect((await alarms('sync')).stdout).toContain('Nothing to do');
  });

  it('shows and applies a changed threshold, as text and as JSON', async () => {
    await alarms('sync', '--yes');
    writeConfig(config(10));
    const plan = await alarms('plan', '--detailed-exitcode');
    expect(plan.code).toBe(2);
    expect(plan.stdout).toContain('~ update web-prod-apiErrors (metric alarm)\n      Threshold: 5 → 10');
    expect(plan.stdout).toContain('Plan: 0 to create, 1 to update, 0 to delete.');

    const json = JSON.parse((await alarms('plan', '--json')).stdout);
    expect(json.plans[0].summary).toEqual({ create: 0, update: 1, delete: 0, conflicts: 0 });
    expect(json.plans[0].regions[0].alarms[0].changes).toEqual([{ field: 'Threshold', from: 5, to: 10 }]);

    expect((await alarms('sync', '--yes')).code).toBe(0);
    const [alarm] =
      (await cw.send(new DescribeAlarmsCommand({ AlarmNames: ['web-prod-apiErrors'] }))).MetricAlarms ?? [];
    expect(alarm?.Threshold).toBe(10);
    expect((await alarms('plan', '--detailed-exitcode')).code).toBe(0);
  });

  it('finds tag drift on an unchanged alarm with --refresh-tags, and repairs it', async () => {
    await alarms('sync', '--yes');
    const [alarm] =
      (await cw.send(new DescribeAlarmsCommand({ AlarmNames: ['web-prod-apiErrors'] }))).MetricAlarms ?? [];
    await cw.send(new UntagResourceCommand({ ResourceARN: alarm?.AlarmArn, TagKeys: ['severity'] }));

    // The default plan reads no tags for alarms whose definition is unchanged: that is its trade-off.
    expect((await alarms('plan', '--detailed-exitcode')).code).toBe(0);

    const refreshed = await alarms('plan', '--detailed-exitcode', '--refresh-tags');
    expect(refreshed.code).toBe(2);
    expect(refreshed.stdout).toContain('web-prod-apiErrors');
    expect(refreshed.stdout).toContain('severity');

    expect((await alarms('sync', '--yes', '--refresh-tags')).code).toBe(0);
    const tags = await cw.send(new ListTagsForResourceCommand({ ResourceARN: alarm?.AlarmArn }));
    expect(tags.Tags).toContainEqual({ Key: 'severity', Value: 'P1' });
    expect((await alarms('plan', '--detailed-exitcode', '--refresh-tags')).code).toBe(0);
  });

  it('asks before writing when it can, and writes nothing on no', async () => {
    const stdout = new Sink();
    const questions: string[] = [];
    const io: Partial<CliIO> = {
      stdout,
      stderr: new Sink(),
      cwd: dir,
      env: {},
      confirm: async (question) => {
        questions.push(question);
        return false;
      },
    };
    expect(await run(['sync', '--endpoint-url', moto.endpoint], io)).toBe(1);
    expect(questions).toEqual(['Apply these changes?']);
    expect(await names()).toEqual([]);
  });

  it('deletes a removed alarm only with --prune, and never a hand-made one', async () => {
    await alarms('sync', '--yes');
    await cw.send(
      new PutMetricAlarmCommand({
        AlarmName: 'web-prod-by-hand',
        Namespace: 'AWS/Lambda',
        MetricName: 'Throttles',
        Statistic: 'Sum',
        Period: 60,
        EvaluationPeriods: 1,
        Threshold: 1,
        ComparisonOperator: 'GreaterThanThreshold',
      }),
    );
    writeConfig(config(5, false));
    const kept = await alarms('sync', '--yes');
    expect(kept.stdout).toContain('1 owned not in the config, kept (--prune deletes them): web-prod-apiLatency');
    expect(kept.stdout).toContain('1 with the prefix but not owned, never touched: web-prod-by-hand');
    expect(await names()).toContain('web-prod-apiLatency');

    const pruned = await alarms('sync', '--yes', '--prune');
    expect(pruned.code).toBe(0);
    expect(pruned.stdout).toContain('- delete web-prod-apiLatency (metric alarm)');
    expect(await names()).toEqual(['web-prod-apiErrors', 'web-prod-by-hand', 'web-prod-coldStarts']);

    const destroyed = await alarms('destroy', '--yes');
    expect(destroyed.code).toBe(0);
    expect(destroyed.stdout).toContain('Plan: 0 to create, 0 to update, 3 to delete.');
    expect(await names()).toEqual(['web-prod-by-hand']);
    const filters = await logs.send(new DescribeMetricFiltersCommand({ logGroupName: LOG_GROUP }));
    expect(filters.metricFilters).toEqual([]);
  });

  it('refuses to destroy in CI without --yes', async () => {
    await alarms('sync', '--yes');
    const stderr = new Sink();
    const io: Partial<CliIO> = { stdout: new Sink(), stderr, cwd: dir, env: { CI: 'true' } };
    expect(await run(['destroy', '--endpoint-url', moto.endpoint], io)).toBe(1);
    expect(stderr.text).toContain('pass --yes');
    expect(await names()).toHaveLength(3);
  });

  it('fails a metric filter whose log group is missing, unless --create-log-groups', async () => {
    await moto.reset();
    const failed = await alarms('sync', '--yes');
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('LogGroupNotFound: log group /aws/lambda/web-prod-api does not exist');
    const created = await alarms('sync', '--yes', '--create-log-groups');
    expect(created.code).toBe(0);
    expect((await alarms('plan', '--detailed-exitcode')).code).toBe(0);
  });

  it('leaves a nested stage alone (prod-eu under prod), filters included', async () => {
    writeConfig({ ...config(), stages: { prod: { regions: ['us-east-1'] }, 'prod-eu': { regions: ['us-east-1'] } } });
    expect((await alarms('sync', '--yes')).code).toBe(0);
    expect(await names()).toHaveLength(6);

    const pruned = await alarms('sync', '--stage', 'prod', '--prune', '--yes');
    expect(pruned.stdout).toContain('Nothing to do');
    expect(pruned.stdout).not.toContain('web-prod-eu-');
    expect((await alarms('destroy', '--stage', 'prod', '--yes')).code).toBe(0);
    expect(await names()).toEqual(['web-prod-eu-apiErrors', 'web-prod-eu-apiLatency', 'web-prod-eu-coldStarts']);
    const filters = await logs.send(new DescribeMetricFiltersCommand({ logGroupName: LOG_GROUP }));
    expect(filters.metricFilters?.map((f) => f.filterName)).toEqual(['web-prod-eu-coldStarts']);
  });
});
