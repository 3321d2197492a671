import { createScrubber, scrub } from '@valine/pii';
import { fixtures } from '@valine/pii/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const allPii = Object.entries(fixtures.pii)
  .filter(([kind]) => kind !== 'inText' && kind !== 'credential')
  .flatMap(([, list]) => [...list]);
const allSafe = Object.values(fixtures.safe).flatMap((list) => [...list]);

/**
 * Words that surround planted values; none of them can form PII with a neighbour. No bare numbers: two `200`s
 * before a planted port read `200 200 8080`, a US phone's layout.
 */
const filler = fc.constantFrom('ok', 'user', 'GET', 'took', 'ms', 'status', 'id', 'done', '->', 'retry', 'x');
const sentence = (planted: fc.Arbitrary<string>) =>
  fc
    .tuple(fc.array(filler, { maxLength: 4 }), planted, fc.array(filler, { maxLength: 4 }))
    .map(([a, p, b]) => [...a, p, ...b].join(' '));

/** A JSON-like tree with `leaf` strings at random places, under harmless keys. */
const tree = (leaf: fc.Arbitrary<string>) =>
  fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      leaf,
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('node'), { maxLength: 4 }),
      fc.dictionary(fc.constantFrom('data', 'meta', 'items', 'detail', 'ctx', 'x'), tie('node'), { maxKeys: 4 }),
    ),
  })).node;

const collectStrings = (v: unknown, out: string[] = []): string[] => {
  if (typeof v === 'string') out.push(v);
  else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) collectStrings(x, out);
  return out;
};

describe('properties', () => {
  it('PII planted anywhere in a random structure never survives', () => {
    fc.assert(
      fc.property(tree(sentence(fc.constantFrom(...allPii))), (value) => {
        const json = JSON.stringify(scrub(value));
        for (const pii of allPii) expect(json).not.toContain(JSON.stringify(pii).slice(1, -1));
      }),
      { numRuns: 300 },
    );
  });

  it('safe tokens planted anywhere survive unchanged', () => {
    fc.assert(
      fc.property(tree(sentence(fc.constantFrom(...allSafe))), (value) => {
        expect(collectStrings(scrub(value))).toEqual(collectStrings(value));
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary values never throw, never mutate and always serialize', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withSparseArray: true,
          withNullPrototype: true,
          withBoxedValues: true,
        }),
        (value) => {
          const before = fc.stringify(value);
          const out = scrub(value);
          expect(() => JSON.stringify(out)).not.toThrow();
          expect(fc.stringify(value)).toBe(before);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('hostile values never throw and always serialize', () => {
    const trap = () => {
      throw new Error('trap');
    };
    const hostile = [
      new Proxy({}, { ownKeys: trap }),
      new Proxy([], { get: trap }),
      Object.defineProperty({}, 'x', { get: trap, enumerable: true }),
      { toJSON: trap },
      { toJSON: () => 10n },
      (() => {
        const a: unknown[] = [];
        a.push(a, { a });
        return a;
      })(),
      'x'.repeat(1_000_000),
      Symbol.iterator,
      Object.create(null),
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...hostile), { maxLength: 5 }), fc.anything(), (values, extra) => {
        const out = scrub({ values, extra });
        expect(() => JSON.stringify(out)).not.toThrow();
      }),
      { numRuns: 100 },
    );
  });
});

describe('clean-string cache', () => {
  const cached = createScrubber({ limits: { cleanCacheSize: 8 } });
  const uncached = createScrubber({ limits: { cleanCacheSize: 0 } });
  const text = fc.oneof(
    sentence(fc.constantFrom(...allPii, ...allSafe)),
    fc.stringMatching(/^[a-zA-Z0-9 .:=@%+()_/-]{0,40}$/),
  );

  it('never changes a result, however strings repeat', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 12 }), (texts) => {
        for (const t of [...texts, ...texts]) expect(cached.scrubString(t)).toBe(uncached.scrubString(t));
      }),
    );
  });
});
