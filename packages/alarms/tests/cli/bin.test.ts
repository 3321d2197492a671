import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const bin = fileURLToPath(new URL('../../src/bin.ts', import.meta.url));
const example = fileURLToPath(new URL('../../../../examples/alarms', import.meta.url));

/** The real bin as a user runs it from a checkout: a separate Node process, TypeScript through tsx, no build. */
async function alarms(args: string[], env: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout, stderr } = await exec(process.execPath, ['--import', 'tsx', bin, ...args], {
      cwd: example,
      env: { ...process.env, NO_COLOR: '1', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('bin', () => {
  it('validates and synthesizes the example config from source and sets the exit code', {
    timeout: 120_000,
  }, async () => {
    const validate = await alarms(['validate']);
    expect(validate).toMatchObject({ code: 0, stderr: '' });
    expect(validate.stdout).toMatch(/alarms\.config\.ts is valid/);
    const synth = await alarms(['synth', '--json', '--stage', 'prod', '--region', 'us-east-1']);
    expect(synth.code).toBe(0);
    const names = JSON.parse(synth.stdout).stages[0].regions[0].metricAlarms.map(
      (input: { AlarmName: string }) => input.AlarmName,
    );
    expect(names.sort()).toEqual(['valine-prod-cdn5xxRate', 'valine-prod-cdnCacheHitRate']);
    const unknown = await alarms(['synth', '--stage', 'qa']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("stages.qa: stage 'qa' is not defined");
  });
});
