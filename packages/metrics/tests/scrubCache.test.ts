import { createScrubber, Marker, type Scrubber } from '@valine/pii';
import { describe, expect, it } from 'vitest';
import { createDimensionScrubber } from '../src/scrubCache.js';

describe('dimension value scrubbing', () => {
  it('scrubs by key and value, and answers repeated values from its cache', () => {
    const scrubber = createScrubber();
    let calls = 0;
    const counting: Scrubber = {
      ...scrubber,
      scrubField: (key, value) => {
        calls++;
        return scrubber.scrubField(key, value);
      },
    };
    const scrub = createDimensionScrubber(counting);
    expect(scrub('customer', 'jane@example.com')).toBe('[email]');
    expect(scrub('route', 'GET /posts/{id}')).toBe('GET /posts/{id}');
    expect(scrub('route', 'GET /posts/{id}')).toBe('GET /posts/{id}');
    expect(calls).toBe(2);
  });

  it('shows a marker, never the value, when scrubbing throws or gives something other than a string', () => {
    const base = createScrubber();
    const throwing: Scrubber = {
      ...base,
      scrubField: () => {
        throw new Error('broken rule');
      },
    };
    const odd: Scrubber = { ...base, scrubField: () => ({ value: 'jane@example.com' }) };
    expect(createDimensionScrubber(throwing)('customer', 'jane@example.com')).toBe(Marker.unreadable);
    expect(createDimensionScrubber(odd)('customer', 'jane@example.com')).toBe(Marker.unreadable);
  });
});
