import { createScrubber, VALUE_RULE_NAMES } from '@valine/pii';
import { describe, expect, it } from 'vitest';

const MB = 1_000_000;
const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

/** Long runs of what each rule reacts to, and almost-matches that make naive regexes backtrack. */
const ADVERSARIAL: Record<string, string> = {
  digits: fill('1'),
  digitsSpaced: fill('1 '),
  digitsDashed: fill('12-'),
  dots: fill('.'),
  dottedNumbers: fill('1.'),
  ats: fill('@'),
  atWords: fill('aaaa@'),
  atDomains: fill('a@a.'),
  percent40: fill('a%40'),
  colons: fill(':'),
  hexColons: fill('a1:'),
  eyJ: fill('eyJ.'),
  eyJWord: fill('eyJa'),
  plus: fill('+1 '),
  parens: fill('(555) '),
  equals: fill('password='),
  quotes: fill('"token":"'),
  schemes: fill('a://'),
  userinfo: fill('a://b:c'),
  pem: fill('-----BEGIN '),
  bearer: fill('Bearer '),
  upperAlnum: fill('AKIA1'),
  iban: fill('GB82 '),
  capitalized: fill('John '),
  mixed: fill('a1.B2-c3@d4:e5=f6/7%40 '),
  encodedSpaces: fill('=1%20'),
  encodedPlus: fill('=%2B1%20(1)%20'),
  encodedNearMiss: fill('1%20a'),
  trunkParens: fill('(11) 1'),
  apostrophes: fill("'John Smith'"),
  phoneCues: fill('tel '),
  phoneCueDigits: fill('my number 1 '),
  phoneCueFiller: fill('call: is on - '),
  flagNames: fill('--password '),
  snakeNames: fill('a_b_c_d_e_f_g '),
  secretNames: fill('api_key token_x '),
  streetWords: fill('1 Main Evergreen '),
  streetPlaces: fill('12 Elm Street, Springfield, OR '),
  streetPrefixes: fill('Via Roma Via '),
  sqlInserts: fill("insert into t (email, dob) values ('a', "),
  sqlQuotes: fill("insert into t (dob) values ('''"),
  authCodes: fill('/auth/callback?code=a1'),
  nameIntros: fill('my name is Aaa Bbb Ccc Ddd '),
  greetings: fill('Hi Aé Bé Cé-Dé '),
  readers: fill('"Aé Bé, you"Cé, your '),
  selfIntros: fill("I'm Aé Bé Cé Dé Eé I am 佐藤 "),
  addressees: fill('Ann Lee, Bo Wu, 5 '),
  proseSecrets: fill('secret aB1aB1aB1aB1aB1aB1 '),
  whsec: fill('whsec_a'),
  encodedTwice: fill('a%2540'),
  encodedPairs: fill('a%3Db%3D'),
  encodedSecrets: fill('token%3Da%3D'),
  escapedLocal: fill('%3Da.b%40'),
  deviceNames: fill("Ann Lee's iPad de "),
  doubleZero: fill('0049 (0)1 '),
  trunkDigitParens: fill('8 (912) 3'),
  keyPairs: fill('AKIA1234567890ABCDEF / aB1'),
  cjkCues: fill('手机号是 1'),
  honorifics: fill('田中 雄一さん'),
  displayNames: fill('"Ann Lee" <'),
  typedValues: fill('token:{"S":"a'),
  personKeys: fill('customer=Ann Lee '),
  entities: fill('a&#64;b&#4'),
  unicodeEscapes: fill('a\\u0040b\\u00'),
  doubleEncoded: fill('a%2540b%25'),
  quotedPrintable: fill('a=40b=4'),
  xmlCloses: fill('</password>'),
  xmlOpenNoClose: fill('<password>x</passwor'),
  pairValues: fill('"Name":"dob","Value":"1",'),
  encodedDigits: fill('a%201%2B2'),
  ipv6Ports: fill('a1:b2::c3:51234 '),
  mysqlFlags: fill('mysql -pa '),
  csvRows: `id,dob,ssn\n${fill('1,"a""b",\n')}`,
  csvQuotes: `dob\tssn\n${fill('"')}`,
};

describe('linear time: 1 MB adversarial strings', () => {
  const scrubber = (rule: string) =>
    createScrubber({ disable: VALUE_RULE_NAMES.filter((n) => n !== rule), limits: { maxStringLength: 2 * MB } });

  for (const rule of VALUE_RULE_NAMES) {
    it(`rule ${rule} stays fast on every adversarial input`, () => {
      const s = scrubber(rule);
      for (const [name, text] of Object.entries(ADVERSARIAL)) {
        const start = performance.now();
        s.scrubString(text);
        const elapsed = performance.now() - start;
        // Generous: exponential or quadratic behaviour takes minutes on 1 MB, linear takes milliseconds.
        expect(elapsed, `${rule} on ${name}`).toBeLessThan(2_000);
      }
    });
  }
});
