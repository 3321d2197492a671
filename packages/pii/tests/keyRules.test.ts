import { createScrubber, normalizeKey, VALUE_RULE_NAMES } from '@valine/pii';
import { describe, expect, it } from 'vitest';
import { builtinKeyRules } from '../src/keyRules.js';

const scrubber = createScrubber();

describe('key rules: names and kinds', () => {
  it('has names apart from the value rules, so `disable` turns off exactly one of them', () => {
    const valueRules = new Set<string>(VALUE_RULE_NAMES);
    expect(builtinKeyRules.map((r) => r.name).filter((name) => valueRules.has(name))).toEqual([]);
  });

  it('normalizes keys', () => {
    expect(normalizeKey('X-Forwarded-For')).toBe('xforwardedfor');
    expect(normalizeKey('user.first_name')).toBe('userfirstname');
  });

  it.each([
    ['password', 'password'],
    ['newPassword', 'password'],
    ['DB_PASSWORD', 'password'],
    ['passwd', 'password'],
    ['pwd', 'password'],
    ['passwordConfirm', 'password'],
    ['password_confirmation', 'password'],
    ['passwordHash', 'password'],
    ['clientSecret', 'secret'],
    ['aws_secret_access_key', 'secret'],
    ['stripeApiKey', 'secret'],
    ['x-api-key', 'secret'],
    ['sdkKey', 'secret'],
    ['address_street_1', 'address'],
    ['requester_name', 'name'],
    ['smtp_pass', 'password'],
    ['user_pw', 'password'],
    ['DB_PW', 'password'],
    ['dbPwd', 'password'],
    ['assigneeName', 'name'],
    ['fromName', 'name'],
    ['name_first', 'name'],
    ['hmacKey', 'secret'],
    ['SECRET_HASH', 'secret'],
    // Cognito AssociateSoftwareToken's TOTP seed; MFA recovery codes sign someone in like a password.
    ['SecretCode', 'secret'],
    ['recoveryCodes', 'password'],
    ['pw', 'password'],
    ['backup_code', 'password'],
    ['tokens', 'token'],
    ['accessToken', 'token'],
    ['refresh_token', 'token'],
    ['id_token', 'token'],
    ['token', 'token'],
    ['Authorization', 'credential'],
    ['proxy-authorization', 'credential'],
    ['Cookie', 'credential'],
    ['set-cookie', 'credential'],
    ['sessionId', 'token'],
    ['sid', 'token'],
    ['vsid', 'token'],
    ['connect.sid', 'token'],
    ['PHPSESSID', 'token'],
    ['ssn', 'ssn'],
    ['cardNumber', 'card'],
    ['cvv', 'card'],
    ['cvc', 'card'],
    ['card_expiry', 'card'],
    ['email', 'email'],
    ['userEmail', 'email'],
    ['phone', 'phone'],
    ['mobileNumber', 'phone'],
    ['firstName', 'name'],
    ['last_name', 'name'],
    ['fullName', 'name'],
    ['displayName', 'name'],
    ['address', 'address'],
    ['streetAddress', 'address'],
    ['billing_address', 'address'],
    ['dob', 'dob'],
    ['dateOfBirth', 'dob'],
    ['birthdate', 'dob'],
    ['ip', 'ip'],
    ['ipAddress', 'ip'],
    ['clientIp', 'ip'],
    ['sourceIp', 'ip'],
    ['sourceIPAddress', 'ip'],
    ['remoteAddress', 'ip'],
    ['X-Forwarded-For', 'ip'],
    ['x-real-ip', 'ip'],
    ['iban', 'iban'],
  ])('redacts values under %j as %s', (key, kind) => {
    expect(scrubber.isSensitiveKey(key)).toBe(true);
    expect(scrubber.scrub({ [key]: 'some value 1' })).toEqual({ [key]: `[${kind}]` });
  });

  it.each([
    'userId',
    'username',
    'requestId',
    'traceId',
    'statusCode',
    'id',
    'name',
    'function_name',
    'service',
    'tokenCount',
    'nextToken',
    'maxTokens',
    'zip',
    'membership',
    'tooltip',
    'emailVerified',
    'phoneVerified',
    'keyId',
    'macAddress',
    'processId',
    'classId',
    'addressId',
    'MessageSid',
    'AccountSid',
    'secretName',
    'secretArn',
    'errorCode',
  ])('keeps values under %j', (key) => {
    expect(scrubber.isSensitiveKey(key)).toBe(false);
    expect(scrubber.scrub({ [key]: 'value-1' })).toEqual({ [key]: 'value-1' });
  });

  it('scrubs keys that are themselves PII', () => {
    expect(scrubber.scrub({ 'jane@example.com': { visits: 3 } })).toEqual({ '[email]': { visits: 3 } });
  });
});
