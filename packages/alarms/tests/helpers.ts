import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { AlarmDefinition, AlarmsConfig } from '../src/index.js';

export const ARN = {
  oncall: 'arn:aws:sns:{region}:123456789012:oncall',
  ops: 'arn:aws:sns:{region}:123456789012:ops',
};

/** The smallest valid config around some alarms: one stack, two stages, P0–P3 routed. */
export function configWith(alarms: Record<string, AlarmDefinition>, extra: Partial<AlarmsConfig> = {}): AlarmsConfig {
  return {
    stack: 'valine',
    stages: { staging: {}, prod: {} },
    severities: {
      P0: { alarm: [ARN.oncall] },
      P1: { alarm: [ARN.oncall], ok: [ARN.oncall] },
      P2: { alarm: [ARN.ops] },
      P3: {},
    },
    defaults: { region: 'eu-west-1' },
    alarms,
    ...extra,
  };
}

/**
 * Compares a value with `tests/golden/<name>.golden.json`. Set UPDATE_GOLDEN=1
 * to (re)write the files, then review the diff by hand.
 */
export function expectGolden(name: string, value: unknown): { actual: string; expected: string } {
  const file = fileURLToPath(new URL(`./golden/${name}.golden.json`, import.meta.url));
  const actual = `${JSON.stringify(value, null, 2)}\n`;
  // A missing golden file is written locally for review, but fails in CI instead of passing by itself.
  if (process.env.UPDATE_GOLDEN === '1' || (!existsSync(file) && !process.env.CI)) writeFileSync(file, actual);
  if (!existsSync(file))
    throw new Error(`missing golden file ${file}: run the tests with UPDATE_GOLDEN=1 and review it`);
  return { actual, expected: readFileSync(file, 'utf8') };
}

/** A Writable that keeps what was written, for CLI tests. */
export class Sink extends Writable {
  text = '';
  isTTY = false;

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: () => void): void {
    this.text += chunk.toString();
    callback();
  }
}

export const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
