import { createScrubber, type Scrubber } from '@valine/pii';
import type { PiiFilterOptions } from './types.js';

/** One scrubber per filter, built when the filter is created so each event pays only for scanning. */
export function resolveScrubber(options: PiiFilterOptions = {}): Scrubber {
  if (options.scrubber) return options.scrubber;
  const { rules, keyRules, disable, allowKeys, denyKeys, replacement, limits } = options;
  return createScrubber({ rules, keyRules, disable, allowKeys, denyKeys, replacement, limits });
}
