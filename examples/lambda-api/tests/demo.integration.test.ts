import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { plantedIn } from '../src/samples.js';

/**
 * `npm run demo` end to end, as a new user runs it: real child processes
 * for the functions, the real Sentry SDK to a local endpoint, moto for
 * CloudWatch (hence an integration test).
 */

const root = fileURLToPath(new URL('../../..', import.meta.url));

function runDemo(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'examples/demo.ts'], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, output }));
  });
}

describe('npm run demo', () => {
  it('shows all four steps, exits 0 and prints no planted PII', { timeout: 240_000 }, async () => {
    const { code, output } = await runDemo();
    expect(output).not.toMatch(/demo failed/);
    expect(code).toBe(0);
    for (const step of ['━━ 1. Lambda API', '━━ 2. Sentry', '━━ 3. Alarms as code', '━━ 4. Summary']) {
      expect(output).toContain(step);
    }
    expect(output).toMatch(/cold start · HTTP 201/);
    expect(output).toMatch(/warm start · HTTP 201/);
    expect(output).toContain('"type": "ModerationError"');
    expect(output).toMatch(/\$ alarms plan .*--detailed-exitcode\n[\s\S]*?exit 2/);
    expect(output).toMatch(/Plan: 0 to create, 0 to update, 0 to delete\.\n\s+exit 0/);
    expect(output).toContain('14 invocations of 6 functions (6 cold starts');
    expect(plantedIn(output)).toEqual([]);
  });
});
