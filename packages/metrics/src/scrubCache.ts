import { Marker, type Scrubber } from '@valine/pii';

const MAX_CACHED = 512;

/**
 * Scrubs dimension values with a small cache: dimension values have low
 * cardinality by nature (routes, status classes, tenants), so the same few
 * strings would otherwise be scanned on every invocation. The cache is
 * cleared when full, which bounds memory for high-cardinality misuse.
 *
 * @example
 * ```ts
 * const scrubDimension = createDimensionScrubber(createScrubber());
 * scrubDimension('customer', 'jane@example.com'); // '[email]'
 * ```
 */
export function createDimensionScrubber(scrubber: Scrubber): (key: string, value: string) => string {
  const cache = new Map<string, string>();
  return (key, value) => {
    const cacheKey = `${key}\u0000${value}`;
    const hit = cache.get(cacheKey);
    if (hit !== undefined) return hit;
    let scrubbed: string;
    try {
      const result = scrubber.scrubField(key, value);
      // A replacement function that returns a non-string, or a scrubber that throws: the value is not shown.
      scrubbed = typeof result === 'string' ? result : Marker.unreadable;
    } catch {
      scrubbed = Marker.unreadable;
    }
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(cacheKey, scrubbed);
    return scrubbed;
  };
}
