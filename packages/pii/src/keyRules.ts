import type { KeyRule } from './types.js';

const set = (keys: string) => new Set(keys.split('|'));
const endsWithAny = (key: string, suffixes: readonly string[]) => suffixes.some((s) => key.endsWith(s));

/** Pagination and usage counters that end in "token" but carry no secret. */
const HARMLESS_TOKEN_KEYS = set(
  'nexttoken|continuationtoken|pagetoken|nextpagetoken|paginationtoken|startingtoken|cancellationtoken|idempotencytoken|clienttoken|maxtoken',
);

const PASSWORD = set('password|passwd|pwd|pass|passphrase|passcode|pin|otp|totp|mfacode');
const SECRET = set('secret|auth|creds|credential|credentials|privkey|connectionstring');
const SECRET_SUFFIXES =
  'secret|privatekey|secretkey|accesskey|accountkey|signingkey|encryptionkey|masterkey|sharedkey|credential|credentials|signature|connectionstring'.split(
    '|',
  );
const API_KEY_SUFFIXES = 'apikey|apitoken|appkey|licensekey|subscriptionkey'.split('|');
const AUTHORIZATION = set('authorization|proxyauthorization|xauthorization|wwwauthorization');
const COOKIE = set('cookie|cookies|setcookie|xcookie');
const SESSION = set('session|sessionid|sessionkey|sid|phpsessid|jsessionid|connectsid|sessid');
const SSN = set(
  'ssn|socialsecuritynumber|socialsecurityno|nationalid|nationalidnumber|nationalinsurancenumber|taxid|taxpayerid|passportnumber|passportno|driverslicense|driverlicense|driverslicensenumber|driverlicensenumber',
);
const CARD = set(
  'cardnumber|creditcard|creditcardnumber|ccnumber|ccnum|pan|cardno|cvv|cvc|cvv2|cvc2|securitycode|cardsecuritycode|expdate|cardexpiry|cardexpiration|cardexp|expmonth|expyear',
);
const BANK = set('iban|accountnumber|bankaccount|bankaccountnumber|routingnumber|sortcode');
const EMAIL = set('mail|emails');
const PHONE = set('tel|msisdn|cell|fax|phones');
const PHONE_SUFFIXES = 'phone|phonenumber|phoneno|mobile|mobilenumber|telephone|faxnumber'.split('|');
const NAME = set(
  'displayname|realname|maidenname|legalname|cardholder|cardholdername|nameoncard|accountholdername|holdername|customername|patientname|contactname|recipientname|sendername|billingname|shippingname|employeename',
);
const NAME_SUFFIXES = 'firstname|lastname|fullname|middlename|surname|givenname|familyname'.split('|');
const ADDRESS = set('address|street|streetname|address1|address2|address3|addressline');
const ADDRESS_PREFIXES =
  'street|home|billing|shipping|mailing|postal|residential|user|customer|delivery|physical|contact'.split('|');
const DOB = set('dob|dateofbirth|birthdate|birthday|birthdt|birthdateutc');
const IP = set(
  'ip|ips|ipaddr|ipv4|ipv6|remoteaddress|remoteaddr|xforwardedfor|forwardedfor|forwarded|xoriginalforwardedfor|clientaddress|sourceaddress',
);
const IP_PREFIXES =
  'client|source|src|remote|user|customer|real|xreal|origin|public|viewer|caller|requester|cfconnecting|trueclient|xclient|device|visitor|peer'.split(
    '|',
  );

/**
 * The built-in key rules. Matching is on the normalized key (lower-case,
 * non-alphanumerics removed); suffix checks catch `userEmail`,
 * `db_password` or `stripeApiKey` without a regex per key.
 */
export const builtinKeyRules: readonly KeyRule[] = [
  {
    name: 'password',
    kind: 'password',
    keys: (k) => PASSWORD.has(k) || endsWithAny(k, ['password', 'passwd', 'passphrase']),
  },
  { name: 'secret', kind: 'secret', keys: (k) => SECRET.has(k) || endsWithAny(k, SECRET_SUFFIXES) },
  { name: 'apiKey', kind: 'secret', keys: (k) => endsWithAny(k, API_KEY_SUFFIXES) },
  {
    name: 'token',
    kind: 'token',
    keys: (k) => (k.endsWith('token') && !HARMLESS_TOKEN_KEYS.has(k)) || k === 'jwt' || k.endsWith('csrf'),
  },
  { name: 'authorization', kind: 'credential', keys: (k) => AUTHORIZATION.has(k) },
  { name: 'cookie', kind: 'credential', keys: (k) => COOKIE.has(k) },
  { name: 'session', kind: 'token', keys: (k) => SESSION.has(k) || k.endsWith('sessionid') },
  { name: 'ssnKey', kind: 'ssn', keys: (k) => SSN.has(k) || k.endsWith('ssn') },
  {
    name: 'cardKey',
    kind: 'card',
    keys: (k) => CARD.has(k) || endsWithAny(k, ['cardnumber', 'cvv', 'cvc', 'cardexpiry']),
  },
  { name: 'bankAccount', kind: 'iban', keys: (k) => BANK.has(k) || endsWithAny(k, ['iban', 'accountnumber']) },
  { name: 'emailKey', kind: 'email', keys: (k) => EMAIL.has(k) || endsWithAny(k, ['email', 'emailaddress']) },
  { name: 'phoneKey', kind: 'phone', keys: (k) => PHONE.has(k) || endsWithAny(k, PHONE_SUFFIXES) },
  { name: 'personName', kind: 'name', keys: (k) => NAME.has(k) || endsWithAny(k, NAME_SUFFIXES) },
  {
    name: 'address',
    kind: 'address',
    keys: (k) =>
      ADDRESS.has(k) ||
      k.startsWith('addressline') ||
      (k.endsWith('address') && ADDRESS_PREFIXES.some((p) => k === `${p}address`)),
  },
  { name: 'dob', kind: 'dob', keys: (k) => DOB.has(k) || endsWithAny(k, ['dateofbirth', 'birthdate']) },
  {
    name: 'ipKey',
    kind: 'ip',
    keys: (k) =>
      IP.has(k) ||
      endsWithAny(k, ['ipaddress', 'ipaddr', 'forwardedfor']) ||
      (k.endsWith('ip') && IP_PREFIXES.some((p) => k === `${p}ip`)),
  },
];

/** Parents whose `name` is a person's name (`user.name`), unlike `service.name` or `err.name`. */
export const PERSON_CONTEXTS = set(
  'user|customer|person|contact|author|patient|member|recipient|sender|employee|buyer|guest|passenger|cardholder|holder|profile|beneficiary|payer|payee|applicant|student|driver|billing|shipping|from|to|replyto|cc|bcc|attendee|participant|traveler|traveller|subscriber|requester|assignee|reporter|signer|shopper',
);

/** Normalized key names: case and every non-alphanumeric character ignored. */
export const normalizeKey = (key: string): string => key.toLowerCase().replace(/[^a-z0-9]/g, '');
