import { describe, expect, it } from 'vitest';
import { formatValue } from '../../src/sync/formatPlan.js';
import { createProgressReporter, formatPlan, type Plan } from '../../src/sync/index.js';
import { errorsAlarm, PREFIX, REGION, stage } from './fixtures.js';

function samplePlan(): Plan {
  const { stack, stage: name, ownership } = stage();
  return {
    stack,
    stage: name,
    ownership,
    mode: 'sync',
    prune: true,
    summary: { create: 1, update: 1, delete: 1, conflicts: 1 },
    regions: [
      {
        region: REGION,
        alarms: [
          { action: 'create', kind: 'metric', name: `${PREFIX}new`, input: errorsAlarm({ AlarmName: `${PREFIX}new` }) },
          {
            action: 'update',
            kind: 'metric',
            name: `${PREFIX}changed`,
            arn: 'arn',
            input: errorsAlarm(),
            changes: [
              { field: 'Threshold', from: 5, to: 10 },
              { field: 'Unit', from: undefined, to: 'Count' },
            ],
            tags: { set: { severity: 'P1' }, remove: ['stale'] },
          },
          { action: 'delete', kind: 'composite', name: `${PREFIX}gone` },
        ],
        metricFilters: [],
        conflicts: [{ name: `${PREFIX}taken`, reason: 'not ours' }],
        missingLogGroups: ['/aws/lambda/nope'],
        orphans: [],
        unmanaged: [`${PREFIX}by-hand`],
        unchanged: 7,
      },
    ],
  };
}

describe('formatPlan', () => {
  it('prints each change, field by field, and the summary line', () => {
    expect(formatPlan(samplePlan())).toBe(
      [
        'Sync plan for stack shop, stage prod',
        '',
        `Region ${REGION}`,
        `  + create ${PREFIX}new (metric alarm)`,
        `  ~ update ${PREFIX}changed (metric alarm)`,
        '      Threshold: 5 → 10',
        '      Unit: (none) → "Count"',
        '      tags: severity=P1, -stale',
        `  - delete ${PREFIX}gone (composite alarm)`,
        `  ! conflict ${PREFIX}taken: not ours`,
        '  ! log group /aws/lambda/nope does not exist (sync fails its filters unless --create-log-groups)',
        `  · 1 with the prefix but not owned, never touched: ${PREFIX}by-hand`,
        '  7 unchanged',
        '',
        'Plan: 1 to create, 1 to update, 1 to delete.',
        '1 conflict: names taken by alarms this stack does not own.',
        '',
      ].join('\n'),
    );
  });

  it('colours only when asked', () => {
    expect(formatPlan(samplePlan(), { color: true })).toContain('\u001b[32m  + create\u001b[0m');
    expect(formatPlan(samplePlan())).not.toContain('\u001b[');
  });

  it('cuts long values', () => {
    expect(formatValue('x'.repeat(1000))).toHaveLength(200);
  });
});

describe('createProgressReporter', () => {
  const event = { done: 1, total: 2, region: REGION, name: 'a', action: 'create', ok: true };

  it('writes plain lines when not on a terminal', () => {
    let out = '';
    const progress = createProgressReporter({ write: (s: string) => (out += s) });
    progress(event);
    progress({ ...event, done: 2, ok: false });
    progress.finish();
    expect(out).toBe(`[1/2] ${REGION} create a ok\n[2/2] ${REGION} create a FAILED\n`);
  });

  it('redraws one counter line on a terminal', () => {
    let out = '';
    const progress = createProgressReporter({ write: (s: string) => (out += s), isTTY: true });
    progress(event);
    progress({ ...event, done: 2 });
    progress.finish();
    expect(out).toBe('\r\u001b[2K[1/2] create a ok\r\u001b[2K[2/2] create a ok\n');
  });
});
