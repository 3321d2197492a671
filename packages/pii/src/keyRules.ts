import { keyWords } from './keyWords.js';
import { normalizeKey } from './normalize.js';
import type { KeyHit } from './rules/keyValue.js';
import type { KeyRule, PiiKind } from './types.js';

export { normalizeKey };

const set = (keys: string) => new Set(keys.split('|'));
/** `combine('a|b', 'x')` is `ax|bx`; with a `prefix`, `combine('a|b', '', 'p')` is `pa|pb`. */
const combine = (names: string, suffix: string, prefix = '') =>
  names
    .split('|')
    .map((p) => prefix + p + suffix)
    .join('|');

/** Services whose password keys are written `<service>pass` or `<service>_pw` (`smtp_pass`, `user_pw`, `db_pw`). */
const SERVICES =
  'smtp|db|mail|redis|ftp|sftp|ldap|admin|root|user|proxy|imap|pop|ssh|mysql|pg|sql|rabbit|amqp|mq|vnc|wifi|zip';

/** A key rule from exact normalized names, suffixes, and exceptions to the suffixes. */
const rule = (name: string, kind: PiiKind, exact: string, suffixes = '', except = '', shape?: RegExp): KeyRule => {
  const names = set(exact);
  const ends = suffixes ? suffixes.split('|') : [];
  const no = set(except);
  return {
    name,
    kind,
    keys: (k) => names.has(k) || (!no.has(k) && ends.some((s) => k.endsWith(s))) || shape?.test(k) === true,
  };
};

/** People in a role: their objects are person contexts (`requester.name`) and `<role>Name` is a name key. */
const PERSON_ROLES =
  'requester|reporter|assignee|inviter|invitee|attendee|participant|friend|follower|payer|payee|buyer|seller|member|author|guest|from|to';
/** `requester_name`, `assigneeName`, `authorName`, `fromName`: the name of a person in a role (not `username`). */
const PERSON_ROLE_NAME = new RegExp(`^(?:${PERSON_ROLES}|approver|reviewer|submitter|applicant|beneficiary)name$`);

/**
 * Session cookies have short names ending in `sid` (`sid`, `vsid`, `psid`); a plain `sid` suffix would
 * take `processId`, `classId`, `addressId` and Twilio's `MessageSid`, which are IDs, not secrets.
 */
const SHORT_SID = /^[a-z]{0,2}sid$/;

/**
 * The built-in key rules. Matching is on the normalized key (lower-case,
 * non-alphanumerics removed); suffixes catch `userEmail`, `db_password` or
 * `stripeApiKey` without a regex per key.
 */
export const builtinKeyRules: readonly KeyRule[] = [
  rule(
    'password',
    'password',
    `pwd|pw|pass|passcode|pin|otp|totp|mfacode|recoverycode|recoverycodes|backupcode|backupcodes|senha|clave|${combine(SERVICES, 'pass')}|${combine(SERVICES, 'pw')}|${keyWords('password')}`,
    `password|passwd|pwd|passphrase|passwort|kennwort|contrasena|motdepasse|wachtwoord|${combine('confirm|confirmation|repeat|again|verify|verification|check|hash|plain|plaintext|cleartext|1|2', '', 'password')}`,
  ),
  rule(
    'secret',
    'secret',
    // `secretCode`: the TOTP seed Cognito's AssociateSoftwareToken returns.
    `auth|creds|privkey|sig|secrethash|secretcode|${keyWords('secret')}`,
    'secret|privatekey|secretkey|accesskey|accountkey|signingkey|encryptionkey|masterkey|sharedkey|hmackey|credential|credentials|signature',
  ),
  rule('apiKey', 'secret', 'xapikey', 'apikey|apitoken|appkey|licensekey|subscriptionkey|sdkkey|serverkey'),
  // Pagination and usage counters end in "token" too, but carry no secret.
  rule(
    'token',
    'token',
    'jwt|tokens',
    'token|csrf',
    'nexttoken|continuationtoken|pagetoken|nextpagetoken|paginationtoken|idempotencytoken|clienttoken',
  ),
  // OpenTelemetry writes headers as `http.request.header.cookie`: a suffix catches every such prefix.
  rule('authorization', 'credential', 'authorization|proxyauthorization|xauthorization', 'headerauthorization'),
  rule('cookie', 'credential', 'cookie|cookies|setcookie', 'headercookie|headersetcookie'),
  rule('session', 'token', 'session|sess|sessionkey|phpsessid|connectsid', 'sessionid|sessid', '', SHORT_SID),
  // `ssn_on_file`, `ssnLast4`: an SSN however the name goes on.
  rule(
    'ssnKey',
    'ssn',
    'socialsecuritynumber|nationalid|taxid|passportnumber|driverslicense|driverlicense',
    'ssn',
    '',
    /^ssn/,
  ),
  rule(
    'cardKey',
    'card',
    `creditcard|ccnum|pan|cardno|cvv2|cvc2|securitycode|expiry|expirydate|expdate|cardexpiration|cardexp|expmonth|expyear|${keyWords('card')}`,
    'cardnumber|ccnumber|cvv|cvc|csc|cardexpiry|ccexp|ccexpiry',
  ),
  // `upi`: an Indian payment address (`arnav.k@okhdfcbank`), a bank account's handle.
  rule('bankAccount', 'iban', 'bankaccount|routingnumber|sortcode|upi|upiid|vpa', 'iban|accountnumber'),
  rule(
    'emailKey',
    'email',
    `mail|emails|correo|${keyWords('email')}`,
    'email|emailaddress|courriel|correoelectronico|emailadresse',
  ),
  rule(
    'phoneKey',
    'phone',
    `tel|msisdn|cell|fax|phones|handy|movil|portable|telemovel|${keyWords('phone')}`,
    'phone|phonenumber|phoneno|mobile|mobilenumber|faxnumber|telefon|telefono|telefone|telefonnummer|telefoonnummer|handynummer|celular|cellulare|numerodetelefono',
  ),
  rule(
    'personName',
    'name',
    `displayname|realname|maidenname|legalname|devicename|ccname|cardname|cardholder|cardholdername|nameoncard|accountholder|accountholdername|holdername|customername|patientname|contactname|recipientname|sendername|namefirst|namelast|namefull|billingname|shippingname|employeename|forename|prenom|nomdefamille|nomfamille|apellido|apellidos|cognome|sobrenome|primeironome|voornaam|achternaam|${keyWords('personName')}`,
    'firstname|lastname|fullname|middlename|surname|givenname|familyname|vorname|nachname|familienname|nombrecompleto|nomecompleto',
    '',
    PERSON_ROLE_NAME,
  ),
  rule(
    'address',
    'address',
    `address|street|streetname|address1|address2|address3|addressline|${combine('street|home|billing|shipping|mailing|postal|user|customer|delivery|contact', 'address')}|anschrift|adresse|adressepostale|direccion|indirizzo|adres|endereco|domicilio|morada|strasse|${keyWords('address')}`,
    'street1|street2|streetaddress|addressline1|addressline2',
  ),
  rule(
    'dob',
    'dob',
    `birthday|birthdt|geburtstag|${keyWords('dob')}`,
    // `dob`, `userDob`, `customer.dob` (a dotted key in text)
    'dob|dateofbirth|birthdate|geburtsdatum|fechanacimiento|fechadenacimiento|datanascita|datadinascita|datanascimento|datadenascimento|datenaissance|datedenaissance|geboortedatum',
  ),
  rule(
    'ipKey',
    'ip',
    `ip|ips|ipv4|ipv6|remoteaddress|forwarded|clientaddress|sourceaddress|${combine('client|source|src|remote|user|customer|real|xreal|origin|public|viewer|cfconnecting|trueclient|xclient|visitor', 'ip')}`,
    'ipaddress|ipaddr|forwardedfor|remoteaddr',
  ),
];

/** Parents whose `name` is a person's name (`user.name`), unlike `service.name` or `err.name`. */
const PERSON_CONTEXTS = set(
  'user|customer|person|contact|patient|recipient|sender|employee|card|cardholder|profile|billing|shipping|device|' +
    `${PERSON_ROLES}|${keyWords('personContext')}|` +
    // A notification's template variables: their `name` is the recipient's.
    'vars|variables|templatevars|templatevariables|templatedata|templateparams|dynamictemplatedata|mergevars|substitutions',
);

/** `name` and its translations, which are a person's only in a person's object (`product.nombre` is not). */
const NAME_WORDS = set(`name|nombre|nome|nom|naam|namn|${keyWords('nameWord')}`);
export const isNameWord = (normalized: string): boolean => NAME_WORDS.has(normalized);

/**
 * `customers`, `billingDetails`, `userInfo` are person contexts like `customer`, `billing`, `user`; so are
 * `fromUser`, `targetUser`, `currentCustomer`.
 */
export const isPersonContext = (normalized: string): boolean =>
  PERSON_CONTEXTS.has(normalized) ||
  PERSON_CONTEXTS.has(normalized.replace(/(?:details|info|data|s)$/, '')) ||
  /(?:user|customer|member|author)$/.test(normalized);

const EXPIRY_WORDS = set(keyWords('expiry'));
/** `exp`, `cc-exp`, `vencimiento`, `有効期限`: a month/year under such a key is a card's expiry. */
export const isExpiryKey = (normalized: string): boolean => normalized.includes('exp') || EXPIRY_WORDS.has(normalized);

/** `access`, `refresh` (an OAuth token response's fields), `invite`, `magic` (links' query parameters): a token's only when the value looks generated. */
const WEAK_TOKEN_KEYS = set('access|refresh|invite|invitation|magic');
export const isWeakTokenKey = (normalized: string): boolean => WEAK_TOKEN_KEYS.has(normalized);
/** What a weak token key earns before a token-shaped value. */
export const WEAK_TOKEN_HIT: KeyHit = { kind: 'token', rule: 'token' };
/** 16+ characters of a token alphabet with lower, upper and digits (`rt.0ddcQ8ZrT3mKx7LpV2nW9yB4`), not `read-write` or `3600`. */
export const TOKEN_SHAPED = /^(?=[^a-z]*[a-z])(?=[^A-Z]*[A-Z])(?=\D*\d)[\w+/=.~-]{16,512}$/;
