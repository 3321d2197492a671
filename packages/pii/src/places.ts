import { normalizeKey } from './normalize.js';

/**
 * Parts of a postal address as coarse as a locale (`city`, `state`, `country`), by normalized key: they stay
 * when an address object is opened; the street lines, postcode and anything unknown go.
 */
const COARSE_PLACES = new Set([
  'city',
  'town',
  'locality',
  'county',
  'state',
  'statecode',
  'region',
  'regioncode',
  'province',
  'country',
  'countrycode',
  'countryname',
  'countryiso',
]);

export const isCoarsePlace = (key: string): boolean => key.length <= 24 && COARSE_PLACES.has(normalizeKey(key));
