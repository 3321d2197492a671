import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NEED_AT,
  NEED_AWS,
  NEED_BEARER,
  NEED_CAPS2,
  NEED_DOB,
  NEED_HEX_COLON,
  NEED_IBAN,
  NEED_JWT,
  NEED_KEY_VALUE,
  NEED_PEM,
  NEED_QUAD,
  NEED_RUN7,
  NEED_RUN13,
  NEED_SCHEME,
  NEED_SSN,
  NEED_START7,
  NEED_VENDOR,
  NEED_WORD_DIGIT,
  triggers,
} from '../src/chars.js';
import { phoneCueRule } from '../src/rules/phoneCue.js';

describe('triggers', () => {
  it.each([
    ['-----BEGIN RSA PRIVATE KEY-----', NEED_PEM],
    ['token eyJhbGciOiJIUzI1NiJ9.e30.sig', NEED_JWT],
    ['postgres://app:pw@db', NEED_SCHEME],
    ['a=1', NEED_KEY_VALUE],
    ['DOB 1980-01-02', NEED_DOB],
    ['D.O.B. 1980-01-02', NEED_DOB],
    ['date of birth', NEED_DOB],
    ['born on', NEED_DOB],
    ['BEARER x', NEED_BEARER],
    ['basic x', NEED_BEARER],
    ['sk_live_x', NEED_VENDOR],
    ['ghp_x', NEED_VENDOR],
    ['xoxb-1', NEED_VENDOR],
    ['glpat-x', NEED_VENDOR],
    ['AIzaSy', NEED_VENDOR],
    ['hooks.slack.com', NEED_VENDOR],
    ['AKIAX', NEED_AWS],
    ['a%40b', NEED_AT],
    ['+1 (555) 123', NEED_START7],
    ['phone.9753367', NEED_RUN7],
    ['tel 312/555/0147', NEED_RUN7],
    ['%2B44 20 7946', NEED_START7],
    ['tel:555.123.4567', NEED_START7],
    ['123-45-6789', NEED_SSN],
    ['ssn 123 45 6789', NEED_SSN],
    ['4111 1111 1111 1111', NEED_RUN13],
    ['[GB82 WEST', NEED_IBAN],
    ['fe80::1', NEED_HEX_COLON],
    ['2001:0db8:85a3:0000:0000:8a2e:0370:7334', NEED_HEX_COLON],
    ['10.0.0.1', NEED_QUAD],
    ["Mr O'Brien", NEED_CAPS2],
    ['Jürgen Müller', NEED_CAPS2],
    ['Dr. Who', NEED_CAPS2],
    ['Kastanienallee 27', NEED_WORD_DIGIT],
    ['18 rue des Lilas', NEED_WORD_DIGIT],
  ])('%s sets its trigger', (text, bit) => {
    expect(triggers(text) & bit).toBe(bit);
  });

  it('leaves a run right after a `+` to the phone rule, unless it reaches past what one phone-cue match takes', () => {
    expect(triggers('call back at +1 415-555-0132 or mail') & NEED_RUN7).toBe(0);
    expect(triggers('call back at +1 (415) 555 0132') & NEED_RUN7).toBe(0);
    // Past 24 characters the cue rule's scan starts a new match inside the same run; a second `+` starts one too.
    expect(triggers('+1 415 555 0132 22 33 44 55 66 77') & NEED_RUN7).toBe(NEED_RUN7);
    expect(triggers('+1 2 +345 6789012') & NEED_RUN7).toBe(NEED_RUN7);
    // `%2B` is not a `+` to the cue rule, and a space between the `+` and the digits is a run of its own.
    expect(triggers('%2B44 20 7946 0958') & NEED_RUN7).toBe(NEED_RUN7);
    expect(triggers('+ 415 555 0132') & NEED_RUN7).toBe(NEED_RUN7);
  });

  it('never withholds the run trigger from a text the phone-cue rule finds a phone in', () => {
    let phonesFound = 0;
    // Noise, a cue or none, then digits mixed with phone punctuation and `+` (where the trigger's exception bites).
    const noise = fc.array(fc.constantFrom('+', '1', '4', ' ', '-', '(', ')', '.', 'a', 'X', '%2B'), { maxLength: 12 });
    const cue = fc.constantFrom('', 'tel ', 'call ', 'my number is ', 'whatsapp: ');
    const run = fc.array(
      fc.constantFrom('1', '2', '3', '4', '5', '6', '7', '8', '9', '0', ' ', '-', '/', '(', ')', '+'),
      {
        minLength: 7,
        maxLength: 34,
      },
    );
    fc.assert(
      fc.property(noise, cue, run, noise, (before, word, digits, after) => {
        const text = before.join('') + word + digits.join('') + after.join('');
        let found = false;
        phoneCueRule.find(
          text,
          () => {
            found = true;
          },
          triggers(text),
        );
        if (found) {
          phonesFound++;
          expect(triggers(text) & NEED_RUN7).toBe(NEED_RUN7);
        }
      }),
      { numRuns: 20_000 },
    );
    // The generator must reach the rule's findings, or the property above says nothing.
    expect(phonesFound).toBeGreaterThan(100);
  });

  it('sees a lower-case street form only after a street type or before rue', () => {
    for (const text of ['called back at 415 555 0132 or mailed', 'took 3 retries in 200 ms', 'the 3 users']) {
      expect(triggers(text) & NEED_WORD_DIGIT).toBe(0);
    }
  });

  it('sets nothing a rule needs for ids, routes and media types', () => {
    for (const text of ['c6af9ac6-7b61-11e6-9a41-93e8deadbeef', 'POST /users/{id}/invites', 'application/json', '']) {
      expect(triggers(text) & ~NEED_CAPS2).toBe(0);
    }
  });

  it('sees no full name without a capitalized word before a capital', () => {
    for (const text of ['POST /Users/Profile 200 OK', 'Error in Checkout', 'HTTP/1.1 GET', 'Done: Next']) {
      expect(triggers(text) & NEED_CAPS2).toBe(0);
    }
  });

  it('sees no SSN shape in dates, phones and ids', () => {
    for (const text of ['2025-03-14', '555-123-4567', '12-345-6789', '123-45-678', '123-45.6789', 'a123-45-6789']) {
      expect(triggers(text) & NEED_SSN).toBe(0);
    }
  });

  it('sees no IPv6 in times and JSON keys', () => {
    for (const text of [
      'at 09:26:53.589Z',
      '{"a":"b","c":1}',
      'arn:aws:lambda:us-east-1:123456789012:function:checkout',
    ]) {
      expect(triggers(text) & NEED_HEX_COLON).toBe(0);
    }
  });

  it('counts no digits glued to a letter, dot or dash, where no digit rule can start', () => {
    for (const text of ['a3bb189e-8bf9-3888-9912-ace4e6543002', 'v1.2.3.4.5.6.7.8', 'build-1234567890123']) {
      expect(triggers(text) & (NEED_START7 | NEED_RUN13 | NEED_QUAD)).toBe(0);
    }
  });
});
