import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Moto, startMoto } from '../../../../tools/test/moto.js';
import { run } from '../../src/cli/run.js';
import type { CliIO } from '../../src/cli/types.js';
import { Sink } from '../helpers.js';

const CONFIG = fileURLToPath(new URL('../../../../examples/alarms/alarms.config.ts', import.meta.url));

let moto: Moto;
const saved = { ...process.env };

beforeAll(async () => {
  moto = await startMoto();
  process.env.AWS_ACCESS_KEY_ID = moto.clientConfig.credentials.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = moto.clientConfig.credentials.secretAccessKey;
});
afterAll(async () => {
  process.env = saved;
  await moto.stop();
});

async function alarms(...argv: string[]) {
  const stdout = new Sink();
  const stderr = new Sink();
  const io: Partial<CliIO> = { stdout, stderr, cwd: process.cwd(), env: {} };
  const code = await run([...argv, '--config', CONFIG, '--stage', 'staging', '--endpoint-url', moto.endpoint], io);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('the example config against moto', () => {
  it('syncs every alarm moto supports, then plans no drift for them', async () => {
    const synth = JSON.parse((await alarms('synth', '--json')).stdout);
    const regions: { metricAlarms: unknown[]; compositeAlarms: { AlarmName: string }[]; metricFilters: unknown[] }[] =
      synth.stages[0].regions;
    const total = regions.reduce(
      (n, r) => n + r.metricAlarms.length + r.compositeAlarms.length + r.metricFilters.length,
      0,
    );
    const composites = regions.flatMap((r) => r.compositeAlarms.map((c) => c.AlarmName));

    const sync = await alarms('sync', '--yes', '--create-log-groups');
    // moto 5.2 has no PutCompositeAlarm: those fail with a clear message, everything else is written.
    for (const name of composites)
      expect(sync.stderr).toContain(`create ${name}: HTTP500: the endpoint answered HTTP 500`);
    expect(sync.code).toBe(composites.length > 0 ? 1 : 0);
    expect(sync.stdout).toContain(`Plan: ${total} to create, 0 to update, 0 to delete.`);

    const plan = await alarms('plan', '--detailed-exitcode');
    expect(plan.stdout).toContain(`Plan: ${composites.length} to create, 0 to update, 0 to delete.`);
    expect(plan.stdout).not.toContain('~ update');
    expect(plan.code).toBe(composites.length > 0 ? 2 : 0);
  });
});
