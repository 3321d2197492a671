import { isUuid } from './chars.js';
import type { KeyHit } from './rules/keyValue.js';

/**
 * What stays under a sensitive key, by normalized key (`normalizeKey`): values that name no one and open
 * nothing (a handle, a Twilio SID, a working directory, a payload signature), shared by the structure walk
 * and the key/value text rule; and the parts of an opened object (an address's city, a session's times)
 * that say nothing about who or how to get in. Everything else goes under the key's kind.
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
  'type|projectid|privatekeyid|keyid|clientid|authuri|tokenuri|authproviderx509certurl|clientx509certurl|universedomain|region|expiration|expiresat|accountid|provider|username'.split(
    '|',
  ),
);
const CREDENTIAL_OBJECTS = new Set(['credentials', 'credential', 'creds']);

/**
 * An address record's bookkeeping, which says nothing about where anyone lives: its kind (`home`), label, status,
 * a validation message (`react-hook-form` errors keyed by the field), its own ID and times.
 */
const ADDRESS_META = new Set(
  'type|kind|label|message|error|status|verified|validated|isverified|source|provider|id|addressid|primary|isprimary|default|isdefault|createdat|updatedat'.split(
    '|',
  ),
);

/** A part of an opened address object that stays: a coarse place or the record's bookkeeping. */
export const isKeptAddressPart = (key: string): boolean => COARSE_PLACES.has(key) || ADDRESS_META.has(key);
/** `startedAt: 1792409200674`, `lastRefreshTime: '2026-…'`: a time, by its key and its value's shape. */
const TIME_KEY = /(?:at|time|timestamp)$/;
const TIME_VALUE = /^(?:\d{10}|\d{13}|\d{4}-\d\d-\d\d(?:[T ][\d:.]+)?(?:Z|[+-]\d\d:?\d\d)?)$/;

export const isSessionMeta = (key: string, value: unknown): boolean =>
  SESSION_META.has(key) ||
  (TIME_KEY.test(key) && (typeof value === 'number' || (typeof value === 'string' && TIME_VALUE.test(value))));
/** The same in text, where a value is not read before its key is judged: a time's key is enough. */
export const isSessionMetaKey = (key: string): boolean => SESSION_META.has(key) || TIME_KEY.test(key);
export const isCredentialMeta = (key: string): boolean => CREDENTIAL_META.has(key);
/** `credentials: { … }`: an object of credentials, opened; its descriptors stay. */
export const isCredentialsKey = (key: string): boolean => CREDENTIAL_OBJECTS.has(key);

/** A Twilio resource ID (`SM` + 32 hex digits) names a message or call, not a session, even under a bare `sid`. */
export const TWILIO_SID = /^[A-Z]{2}[\da-f]{32}$/;
/** A handle: `@` first, or one lower-case token (`harperw`, `maria_dance`); a person's name is capitalized words. */
export const HANDLE = /^(?:@[\w.]{1,30}|[a-z0-9._]{2,30})$/;
/**
 * A webhook's payload signature (`X-Hub-Signature-256: sha256=…`, `Stripe-Signature: t=…,v1=…`): a digest of one
 * payload, not a key. A presigned URL's bare `X-Amz-Signature` grants access and still goes.
 */
const PAYLOAD_SIGNATURE = /^(?:sha(?:1|256|512)=[\da-f]{40,128}|t=\d{9,11}(?:,v\d=[\da-f]{64}){1,4})$/i;

/**
 * Whether `value`, under the normalized `key` that `hit` came from, stays: a display name that is a handle
 * (`@maria_dance`), Twilio's `sid`, a UUID as a session's ID, `PWD=/var/task`, a webhook's payload signature.
 *
 * @example
 * keptUnderKey('pwd', { kind: 'password', rule: 'password' }, '/var/task'); // true
 */
export function keptUnderKey(key: string, hit: KeyHit, value: string): boolean {
  if (key === 'displayname') return HANDLE.test(value);
  if (key === 'pwd') return value.startsWith('/') || value.startsWith('~');
  // A UUID names a session without being a secret of its own; blind sets' labels call it safe 16 times to 1.
  if (hit.rule === 'session')
    return value.length === 36 ? isUuid(value) : value.length === 34 && TWILIO_SID.test(value);
  return hit.kind === 'secret' && value.length <= 300 && key.endsWith('signature') && PAYLOAD_SIGNATURE.test(value);
}
