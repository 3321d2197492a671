import { describe, expect, it } from 'vitest';
import { childrenFirst, compositeReferences } from '../../src/sync/order.js';

describe('compositeReferences', () => {
  it('finds quoted names, bare names and ARNs', () => {
    expect(
      compositeReferences(
        'ALARM("a-b") OR (OK(c) AND NOT INSUFFICIENT_DATA("arn:aws:cloudwatch:us-east-1:1:alarm:d"))',
      ),
    ).toEqual(['a-b', 'c', 'd']);
  });

  it('stays linear on long adversarial input', () => {
    const rule = `ALARM(${'"'.repeat(1)}${'a'.repeat(200_000)} ${'ALARM( '.repeat(20_000)}`;
    const started = performance.now();
    compositeReferences(rule);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('childrenFirst', () => {
  it('puts referenced composites before the ones that use them', () => {
    const order = childrenFirst([
      { name: 'top', rule: 'ALARM("mid") OR ALARM("other")' },
      { name: 'mid', rule: 'ALARM("leaf")' },
      { name: 'leaf', rule: 'ALARM("metric-alarm")' },
      { name: 'other', rule: 'OK("leaf")' },
    ]);
    expect(order.indexOf('leaf')).toBeLessThan(order.indexOf('mid'));
    expect(order.indexOf('mid')).toBeLessThan(order.indexOf('top'));
    expect(order.indexOf('other')).toBeLessThan(order.indexOf('top'));
    expect(order).toHaveLength(4);
  });

  it('terminates on a cycle', () => {
    expect(
      childrenFirst([
        { name: 'a', rule: 'ALARM("b")' },
        { name: 'b', rule: 'ALARM("a")' },
      ]).sort(),
    ).toEqual(['a', 'b']);
  });
});
