import { addressRule } from './address.js';
import { authCodeRule } from './authCode.js';
import { cardRule } from './card.js';
import { deviceNameRule } from './deviceName.js';
import { emailRule } from './email.js';
import { createFlagSecretRule } from './flagSecret.js';
import { honorificNameRule } from './honorificName.js';
import { ibanRule } from './iban.js';
import { ipv4Rule, ipv6Rule } from './ip.js';
import { createKeyValueRule, type KeyHit } from './keyValue.js';
import { nameRule } from './names.js';
import { phoneRule } from './phone.js';
import { phoneCueRule } from './phoneCue.js';
import type { TextRule } from './rule.js';
import { createSqlInsertRule } from './sql.js';
import { ssnRule } from './ssn.js';
import { createTableRule } from './table.js';
import { authSchemeRule, awsKeyRule, jwtRule, privateKeyRule, vendorTokenRule } from './tokens.js';
import { userinfoRule } from './userinfo.js';
import { createXmlElementRule } from './xmlElement.js';

/** Names of the built-in value rules, for `disable`. */
export const VALUE_RULE_NAMES = [
  'privateKey',
  'jwt',
  'urlPassword',
  'keyValue',
  'sqlInsert',
  'tableColumns',
  'xmlElement',
  'flagSecret',
  'authCode',
  'bearer',
  'vendorToken',
  'awsAccessKey',
  'email',
  'card',
  'ssn',
  'phone',
  'phoneCue',
  'iban',
  'ipv6',
  'ipv4',
  'streetAddress',
  'name',
  'deviceName',
  'honorificName',
] as const;

/**
 * The built-in value rules in priority order: when two findings start at the
 * same place the earlier rule's kind is used.
 */
export function builtinTextRules(classify: (normalizedKey: string) => KeyHit | null): TextRule[] {
  return [
    privateKeyRule,
    jwtRule,
    userinfoRule,
    createKeyValueRule(classify),
    createSqlInsertRule(classify),
    createTableRule(classify),
    createXmlElementRule(classify),
    createFlagSecretRule(classify),
    authCodeRule,
    authSchemeRule,
    vendorTokenRule,
    awsKeyRule,
    emailRule,
    cardRule,
    ssnRule,
    phoneRule,
    phoneCueRule,
    ibanRule,
    ipv6Rule,
    ipv4Rule,
    addressRule,
    nameRule,
    deviceNameRule,
    honorificNameRule,
  ];
}
