import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { SynthesizedStage } from '../../src/index.js';
import { fixture, Sink } from '../helpers.js';

const example = fixture('../../../../examples/alarms');

async function cli(argv: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; tty?: boolean } = {}) {
  const stdout = new Sink();
  const stderr = new Sink();
  stdout.isTTY = options.tty ?? false;
  const code = await run(argv, { stdout, stderr, cwd: options.cwd ?? fixture('ts'), env: options.env ?? {} });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('alarms validate', () => {
  it('accepts the example config from its folder (TypeScript, no build) and summarises each stage', async () => {
    const { code, stdout, stderr } = await cli(['validate'], { cwd: example });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/alarms\.config\.ts is valid/);
    expect(stdout).toMatch(/staging: \d+ alarms in eu-west-1, us-east-1/);
    expect(stdout).toMatch(/prod: \d+ alarms in eu-west-1, us-east-1/);
  });

  it('prints every issue with its path and hint and exits 1', async () => {
    const { code, stderr, stdout } = await cli(['validate'], { cwd: fixture('invalid') });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('alarms config is invalid: 1 problem found');
    expect(stderr).toContain('alarms.latency.period: period 45 s is not allowed');
    expect(stderr).toContain('hint: Use 10, 20 or 30 seconds');
  });

  it('reports issues as JSON with --json', async () => {
    const { code, stdout } = await cli(['validate', '--json'], { cwd: fixture('invalid') });
    expect(code).toBe(1);
    const body = JSON.parse(stdout) as { error: { code: string; issues: { path: string }[] } };
    expect(body.error.code).toBe('VALIDATION');
    expect(body.error.issues.map((issue) => issue.path)).toEqual(['alarms.latency.period']);
  });

  it('loads .mjs and .json configs, found by default name or by --config', async () => {
    expect((await cli(['validate'], { cwd: fixture('mjs') })).code).toBe(0);
    const json = await cli(['validate', '--json', '--config', fixture('json/alarms.config.json')]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      valid: true,
      stages: [
        { stage: 'staging', alarms: 1 },
        { stage: 'prod', alarms: 1 },
      ],
    });
  });

  it('explains a missing or broken config file', async () => {
    const missing = await cli(['validate'], { cwd: fixture('.') });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no config file in .*create alarms\.config\.ts/);
    // Written at test time: a syntax error in the repo would break the type check and the linter.
    const dir = mkdtempSync(join(tmpdir(), 'alarms-broken-'));
    writeFileSync(join(dir, 'alarms.config.ts'), 'export default {\n  stack: "shop",\n  stages: {\n');
    const broken = await cli(['validate'], { cwd: dir });
    expect(broken.code).toBe(1);
    rmSync(dir, { recursive: true, force: true });
    expect(broken.stderr).toMatch(/cannot load .*alarms\.config\.ts/);
    const wrongPath = await cli(['validate', '--config', 'nope.ts']);
    expect(wrongPath.stderr).toMatch(/config file not found: .*nope\.ts/);
  });
});

describe('alarms synth', () => {
  it('prints the exact payloads per stage and region as JSON', async () => {
    const { code, stdout } = await cli(['synth', '--json', '--stage', 'prod'], { cwd: example });
    expect(code).toBe(0);
    const { stages } = JSON.parse(stdout) as { stages: SynthesizedStage[] };
    expect(stages.map((stage) => stage.stage)).toEqual(['prod']);
    const [eu, us] = stages[0]!.regions;
    expect(eu!.region).toBe('eu-west-1');
    expect(eu!.metricAlarms.find((input) => input.AlarmName === 'valine-prod-usersErrorRate')).toMatchObject({
      AlarmActions: ['arn:aws:sns:eu-west-1:123456789012:valine-prod-oncall'],
      Threshold: 5,
      TreatMissingData: 'notBreaching',
    });
    expect(eu!.metricFilters).toHaveLength(6);
    expect(eu!.compositeAlarms.map((input) => input.AlarmName)).toEqual(['valine-prod-apiUnhealthy']);
    expect(us!.region).toBe('us-east-1');
    expect(us!.metricAlarms.map((input) => input.AlarmName).sort()).toEqual([
      'valine-prod-cdn5xxRate',
      'valine-prod-cdnCacheHitRate',
    ]);
    expect(us!.metricAlarms[0]!.AlarmActions![0]).toMatch(/^arn:aws:sns:us-east-1:/);
  });

  it('applies stage overrides: staging relaxes latency and routes P1 to ops', async () => {
    const { stdout } = await cli(['synth', '--json', '--stage', 'staging'], { cwd: example });
    const { stages } = JSON.parse(stdout) as { stages: SynthesizedStage[] };
    const latency = stages[0]!.regions[0]!.metricAlarms.find(
      (input) => input.AlarmName === 'valine-staging-apiLatencyP95',
    );
    expect(latency).toMatchObject({
      Threshold: 5000,
      AlarmActions: ['arn:aws:sns:eu-west-1:123456789012:valine-staging-ops'],
    });
    const names = stages[0]!.regions.flatMap((region) => region.metricAlarms.map((input) => input.AlarmName));
    expect(names).not.toContain('valine-staging-cdnCacheHitRate');
  });

  it('filters by --region and prints a readable listing by default', async () => {
    const { code, stdout } = await cli(['synth', '--region', 'us-east-1'], { cwd: example });
    expect(code).toBe(0);
    expect(stdout).toContain('stage staging (prefix valine-staging-, tag valine:alarms:stack=valine/staging)');
    expect(stdout).toContain('us-east-1: 1 metric alarms, 0 composite alarms, 0 metric filters');
    expect(stdout).not.toContain('eu-west-1');
    expect(stdout).not.toContain('\u001b[');
  });

  it('colours output on a TTY unless NO_COLOR is set', async () => {
    expect((await cli(['synth'], { tty: true })).stdout).toContain('\u001b[1m');
    expect((await cli(['synth'], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });
});

describe('global flags and errors', () => {
  it('prints help and version', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: alarms <command>/);
    expect(help.stdout).toMatch(/validate +Check the config/);
    expect((await cli(['synth', '--help'])).stdout).toMatch(/^Usage: alarms synth/);
    expect((await cli(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('rejects unknown commands, unknown flags, bad values and a missing command with exit 1', async () => {
    const unknown = await cli(['deploy']);
    expect([unknown.code, unknown.stderr]).toEqual([1, expect.stringContaining("unknown command 'deploy'")]);
    const flag = await cli(['synth', '--stgae', 'prod']);
    expect([flag.code, flag.stderr]).toEqual([1, expect.stringContaining("Unknown option '--stgae'")]);
    const concurrency = await cli(['synth', '--concurrency', 'many']);
    expect(concurrency.stderr).toContain('--concurrency must be a whole number');
    const none = await cli([]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('missing command');
  });

  it('reports an unknown stage as a validation issue', async () => {
    const { code, stderr } = await cli(['synth', '--stage', 'qa']);
    expect(code).toBe(1);
    expect(stderr).toContain("stages.qa: stage 'qa' is not defined");
  });
});
