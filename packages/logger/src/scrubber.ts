import { createScrubber, type Scrubber } from '@valine/pii';
import type { ScrubSource } from './types.js';

/** The shared scrubber when one is given, else one built from `pii` options (the default rule set when none). */
export const resolveScrubber = (source: ScrubSource): Scrubber => source.scrubber ?? createScrubber(source.pii);
