import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AlarmsConfigError, loadConfig, synth } from '../../src/index.js';
import { fixture } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'alarms-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('loadConfig', () => {
  it('loads a TypeScript config that imports @valine/alarms, without a build', async () => {
    const config = await loadConfig(fixture('ts/alarms.config.ts'));
    expect(config.stack).toBe('shop');
    const composite = synth(config, { stage: 'prod' }).regions[0]!.compositeAlarms[0]!;
    expect(composite.AlarmRule).toBe('ALARM("shop-prod-errors")');
  });

  it('takes the module itself when there is no default export', async () => {
    const file = write('named.mjs', "export const stack = 'shop';\nexport const alarms = {};\n");
    expect(await loadConfig(file)).toMatchObject({ stack: 'shop', alarms: {} });
  });

  it('turns every failure into AlarmsConfigError with the file and the reason', async () => {
    const cases: [string, RegExp][] = [
      [join(dir, 'missing.ts'), /config file not found: .*missing\.ts/],
      [write('alarms.yaml', 'stack: shop\n'), /use a \.ts, \.js, \.mjs or \.json config file/],
      [write('number.mjs', 'export default 42;\n'), /exports no config object: export default defineAlarms/],
      [write('bad.json', '{ "stack": '), /cannot load .*bad\.json/],
      [
        write(
          'preset.ts',
          "import { presets } from '@valine/alarms';\nexport default { alarms: { db: presets.rdsConnections({ dbInstanceIdentifier: 'db', instanceClass: 'db.z1.tiny' }) } };\n",
        ),
        /cannot load .*preset\.ts: rdsConnections\(db\): give maxConnections/,
      ],
    ];
    for (const [file, message] of cases) {
      const error = await loadConfig(file).catch((caught: unknown) => caught);
      expect(error, file).toBeInstanceOf(AlarmsConfigError);
      expect((error as AlarmsConfigError).message).toMatch(message);
      expect((error as AlarmsConfigError).code).toBe('CONFIG');
    }
  });
});
