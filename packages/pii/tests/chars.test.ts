import { describe, expect, it } from 'vitest';
import { Ch, triggers } from '../src/chars.js';

describe('triggers', () => {
  it.each([
    ['-----BEGIN RSA PRIVATE KEY-----', Ch.pem],
    ['token eyJhbGciOiJIUzI1NiJ9.e30.sig', Ch.jwt],
    ['postgres://app:pw@db', Ch.scheme],
    ['a=1', Ch.keyValue],
    ['DOB 1980-01-02', Ch.dob],
    ['D.O.B. 1980-01-02', Ch.dob],
    ['date of birth', Ch.dob],
    ['born on', Ch.dob],
    ['BEARER x', Ch.bearer],
    ['basic x', Ch.bearer],
    ['sk_live_x', Ch.vendor],
    ['ghp_x', Ch.vendor],
    ['xoxb-1', Ch.vendor],
    ['glpat-x', Ch.vendor],
    ['AIzaSy', Ch.vendor],
    ['hooks.slack.com', Ch.vendor],
    ['AKIAX', Ch.aws],
    ['a%40b', Ch.at],
    ['+1 (555) 123', Ch.start7],
    ['phone.9753367', Ch.run7],
    ['tel 312/555/0147', Ch.run7],
    ['%2B44 20 7946', Ch.start7],
    ['tel:555.123.4567', Ch.start7],
    ['123-45-6789', Ch.ssn],
    ['ssn 123 45 6789', Ch.ssn],
    ['4111 1111 1111 1111', Ch.run13],
    ['[GB82 WEST', Ch.iban],
    ['fe80::1', Ch.hexColon],
    ['2001:0db8:85a3:0000:0000:8a2e:0370:7334', Ch.hexColon],
    ['10.0.0.1', Ch.quad],
    ["Mr O'Brien", Ch.caps2],
    ['Jürgen Müller', Ch.caps2],
    ['Dr. Who', Ch.caps2],
  ])('%s sets its trigger', (text, bit) => {
    expect(triggers(text) & bit).toBe(bit);
  });

  it('sets nothing a rule needs for ids, routes and media types', () => {
    for (const text of ['c6af9ac6-7b61-11e6-9a41-93e8deadbeef', 'POST /users/{id}/invites', 'application/json', '']) {
      expect(triggers(text) & ~Ch.caps2).toBe(0);
    }
  });

  it('sees no full name without a capitalized word before a capital', () => {
    for (const text of ['POST /Users/Profile 200 OK', 'Error in Checkout', 'HTTP/1.1 GET', 'Done: Next']) {
      expect(triggers(text) & Ch.caps2).toBe(0);
    }
  });

  it('sees no SSN shape in dates, phones and ids', () => {
    for (const text of ['2025-03-14', '555-123-4567', '12-345-6789', '123-45-678', '123-45.6789', 'a123-45-6789']) {
      expect(triggers(text) & Ch.ssn).toBe(0);
    }
  });

  it('sees no IPv6 in times and JSON keys', () => {
    for (const text of [
      'at 09:26:53.589Z',
      '{"a":"b","c":1}',
      'arn:aws:lambda:us-east-1:123456789012:function:checkout',
    ]) {
      expect(triggers(text) & Ch.hexColon).toBe(0);
    }
  });

  it('counts no digits glued to a letter, dot or dash, where no digit rule can start', () => {
    for (const text of ['a3bb189e-8bf9-3888-9912-ace4e6543002', 'v1.2.3.4.5.6.7.8', 'build-1234567890123']) {
      expect(triggers(text) & (Ch.start7 | Ch.run13 | Ch.quad)).toBe(0);
    }
  });
});
