export { DEFAULT_LIMITS, Marker } from './constants.js';
export { PiiConfigError } from './errors.js';
export { builtinKeyRules, normalizeKey } from './keyRules.js';
export { isCardNumber } from './rules/card.js';
export { isIban } from './rules/iban.js';
export { VALUE_RULE_NAMES } from './rules/index.js';
export { isIpv4, isIpv6 } from './rules/ip.js';
export { luhn } from './rules/luhn.js';
export { containsPii, scrub, scrubString } from './scrub.js';
export { createScrubber } from './scrubber.js';
export type {
  KeyRule,
  PiiKind,
  PiiMatch,
  Replacement,
  ReplacementContext,
  Scrubber,
  ScrubberOptions,
  ScrubLimits,
  ValueRule,
} from './types.js';
