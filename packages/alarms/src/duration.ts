import type { Duration } from './types/config.js';

const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86_400 } as const;
const DURATION_PATTERN = /^(\d{1,7}(?:\.\d{1,3})?)([smhd])$/;

/**
 * Reads a duration as people write it (`'30s'`, `'5m'`, `'1h'`, `'1d'`) or a
 * number of seconds. Returns `undefined` for anything else, so validation can
 * report it with a path instead of throwing.
 *
 * @example
 * ```ts
 * parseDuration('15m'); // 900
 * parseDuration(60);    // 60
 * parseDuration('5 min'); // undefined
 * ```
 */
export function parseDuration(value: Duration | string | unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = DURATION_PATTERN.exec(value.trim());
  if (!match) return undefined;
  const seconds = Number(match[1]) * UNIT_SECONDS[match[2] as keyof typeof UNIT_SECONDS];
  return seconds > 0 ? seconds : undefined;
}
