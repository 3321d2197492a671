import { normalizeKey } from './normalize.js';

/**
 * What stays when an object under a sensitive key is opened instead of blanked, by normalized key: the parts
 * that say nothing about who or how to get in. Everything else in the object goes under the parent's kind.
 */

/** Parts of a postal address as coarse as a locale: city, region, country, postcode. */
const COARSE_PLACES = new Set(
  'city|town|locality|county|state|statecode|region|regioncode|province|country|countrycode|countryname|countryiso|postalcode|postcode|zip|zipcode|plz|cep'.split(
    '|',
  ),
);

/** A session's bookkeeping: when it started and ends, whose it is, its state; never its ID or token. */
const SESSION_META = new Set(
  'expiresat|expires|expiry|expiration|expiresin|expirytime|issuedat|createdat|updatedat|lastseenat|lastactiveat|lastusedat|userid|accountid|status|state|type|provider|platform|deviceid|maxage|ttl'.split(
    '|',
  ),
);

/** A credentials object's descriptors (a GCP service-account file, AWS's `Credentials`): never the key itself. */
const CREDENTIAL_META = new Set(
  'type|projectid|clientid|authuri|tokenuri|authproviderx509certurl|clientx509certurl|universedomain|region|expiration|expiresat|accountid|provider|username'.split(
    '|',
  ),
);
const CREDENTIAL_OBJECTS = new Set(['credentials', 'credential', 'creds']);

export const isCoarsePlace = (key: string): boolean => key.length <= 24 && COARSE_PLACES.has(normalizeKey(key));
/** `startedAt: 1792409200674`, `lastRefreshTime: '2026-…'`: a time, by its key and its value's shape. */
const TIME_KEY = /(?:at|time|timestamp)$/;
const TIME_VALUE = /^(?:\d{10}|\d{13}|\d{4}-\d\d-\d\d(?:[T ][\d:.]+)?(?:Z|[+-]\d\d:?\d\d)?)$/;

export const isSessionMeta = (key: string, value: unknown): boolean => {
  if (key.length > 24) return false;
  const k = normalizeKey(key);
  if (SESSION_META.has(k)) return true;
  return TIME_KEY.test(k) && (typeof value === 'number' || (typeof value === 'string' && TIME_VALUE.test(value)));
};
export const isCredentialMeta = (key: string): boolean => key.length <= 32 && CREDENTIAL_META.has(normalizeKey(key));
/** `credentials: { … }`: an object of credentials, opened; its descriptors stay. */
export const isCredentialsKey = (key: string): boolean => key.length <= 16 && CREDENTIAL_OBJECTS.has(normalizeKey(key));
