/**
 * Runs `read` and turns any exception (a throwing getter, a revoked proxy, an
 * unexpected shape) into `undefined`, which callers treat as "drop this part".
 */
export function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** Plain-object test that does not trust `constructor` (proxies and null-prototype objects pass). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
