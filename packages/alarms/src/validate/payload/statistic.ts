import { StandardStatistics } from '../../constants.js';

/** `p95`, `p99.9`, `tm99`, `wm90`, `tc90`, `ts90`, `p100`. Linear: no nested quantifiers. */
const PERCENTILE_FORM = /^(?:p|tm|wm|tc|ts)(?:\d{1,2}(?:\.\d{1,10})?|100(?:\.0{1,10})?)$/;
/** `TM(10%:90%)`, `TM(150:1000)`, `PR(:300)`, `TC(0.005:0.030)`. */
const RANGE_FORM = /^(?:TM|WM|TC|TS|PR)\((?:\d{1,15}(?:\.\d{1,10})?%?)?:(?:\d{1,15}(?:\.\d{1,10})?%?)?\)$/;

/**
 * Whether a string is one of CloudWatch's extended statistics.
 *
 * @example
 * ```ts
 * isExtendedStatistic('p95');        // true
 * isExtendedStatistic('TM(10%:90%)'); // true
 * isExtendedStatistic('p101');       // false
 * ```
 */
export function isExtendedStatistic(value: string): boolean {
  if (value === 'IQM') return true;
  if (PERCENTILE_FORM.test(value)) return true;
  return RANGE_FORM.test(value) && value !== `${value.slice(0, 2)}(:)`;
}

/**
 * Whether a string is a standard statistic (`Average`, `Sum`, …) or an extended one.
 *
 * @example
 * ```ts
 * isStatistic('Average'); // true
 * isStatistic('avg');     // false
 * ```
 */
export function isStatistic(value: string): boolean {
  return (StandardStatistics as readonly string[]).includes(value) || isExtendedStatistic(value);
}

export const STATISTIC_HINT =
  "Use Average, Sum, Minimum, Maximum, SampleCount, or an extended statistic such as 'p95', 'p99.9', 'tm99', 'TM(10%:90%)'.";
