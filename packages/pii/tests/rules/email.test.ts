import { scrubString } from '@valine/pii';
import { describe, expect, it } from 'vitest';

describe('email rule', () => {
  it('keeps Message-IDs (hex and dashes in angle brackets), not mailboxes', () => {
    const id = 'Message-ID: <6fdea270-af84-4090-90d1-dc06306740b2@email.amazonses.com>';
    expect(scrubString(id)).toBe(id);
    expect(scrubString('to <0100018c9a2b3c4d5e6f@example.com> and deadbeef-1234@mail.example.com')).toBe(
      'to <0100018c9a2b3c4d5e6f@example.com> and [email]',
    );
    // Sixteen hex digits (a 64-bit ID) are an ID's length; twelve could be someone's address.
    expect(scrubString('"sesMessageId":"<89131a7dac490030@email.amazonses.com>"')).toBe(
      '"sesMessageId":"<89131a7dac490030@email.amazonses.com>"',
    );
    expect(scrubString('From: <deadbeefcafe@example.com>')).toBe('From: <[email]>');
    // A ULID or a generated ID (20+ characters, 4+ digits, no dot) in angle brackets is a Message-ID too.
    for (const id of [
      '<01JDQ8Z4K7M2N5P8R1T4V7X0YB@valine.social>',
      '<CAKx7c9Qm2Lp4Rt8Vn1Ws3Yz5Ab7Cd9Ef@mail.gmail.com>',
    ]) {
      expect(scrubString(`Message-ID: ${id}`)).toBe(`Message-ID: ${id}`);
    }
    expect(scrubString('to <john.smith.1987@example.com>')).toBe('to <[email]>');
  });

  it.each([
    ['mail jane.doe@example.com now', 'mail [email] now'],
    ['<John.Smith+news@mail.example.co.uk>', '<[email]>'],
    ['?email=jane.doe%40example.com&x=1', '?email=[email]&x=1'],
    ['to: JANE@EXAMPLE.ORG.', 'to: [email].'],
    ['mailto:o_connor-99@sub.domain.io', 'mailto:[email]'],
    ['/users/jane@example.com/orders', '/users/[email]/orders'],
    ["'a.b@c.de'", "'[email]'"],
  ])('replaces %j', (input, expected) => {
    expect(scrubString(input)).toBe(expected);
  });

  it.each([
    'import * as Sentry from "@sentry/node"',
    'npm@11 installed',
    'pkg@1.2.3 and @scope/pkg@2.0.0',
    'git@github.com:valine/monitoring.git',
    'https://cdn.example.com/icon@2x.png',
    'user@localhost',
    '@channel please look',
    'a@b',
  ])('keeps %j', (input) => {
    expect(scrubString(input)).toBe(input);
  });

  it('returns the very same string when nothing matched', () => {
    const input = 'no address here, just words and 12 numbers';
    expect(scrubString(input)).toBe(input);
  });
});

describe('emails in URLs', () => {
  it.each([
    // Encoded twice, inside a tracked link's parameter; an escaped delimiter ends the local part.
    [
      'dl=https%3A%2F%2Fapp.valine.app%2Freset%3Femail%3Dmaria.garcia%2540gmail.com%26x%3D1',
      'dl=https%3A%2F%2Fapp.valine.app%2Freset%3Femail%3D[email]%26x%3D1',
    ],
    ['invitee=%22ana.lima%40example.com%22 via', 'invitee=%22[email]%22 via'],
    // An address used as a URL's user name, escaped, still goes.
    ['smtps://notify%40valine.app:s3cret@smtp.example.com:465', 'smtps://[email]:[password]@smtp.example.com:465'],
    // The display name before `<address>` goes with it.
    ['ticket from "Óscar Núñez" <oscar.nunez@telefonica.net>: help', 'ticket from "[name]" <[email]>: help'],
    ['From: Mia Wong <mia.wong@shaw.ca>; To: ops <ops@valine.app>', 'From: [name] <[email]>; To: ops <[email]>'],
    ['Valentina Ruiz (valentina.ruiz@gmail.com) quiere conectar', '[name] ([email]) quiere conectar'],
    ["User 'Tom Baker' (tom@x.com) exceeded", "User '[name]' ([email]) exceeded"],
  ])('replaces %j', (input, expected) => {
    expect(scrubString(input)).toBe(expected);
  });

  it('takes internationalized domains, keeps a CJK sentence around an ASCII address', () => {
    expect(scrubString('sinon info@bücherwurm.de ou kontakt@müller-bau.de')).toBe('sinon [email] ou [email]');
    expect(scrubString('write to sales@пример.рф or jp@例え.jp')).toBe('write to [email] or [email]');
    expect(scrubString('連絡先はtanaka@example.comです')).toBe('連絡先は[email]です');
  });

  it('keeps a login on a host in a shell command', () => {
    expect(scrubString("ssh deploy@bastion.valine.internal -p 2222 'uptime'")).toBe(
      "ssh deploy@bastion.valine.internal -p 2222 'uptime'",
    );
  });

  it('keeps the user name of a URL, such as a Sentry DSN public key', () => {
    const dsn = 'SENTRY_DSN=https://3f8a2c1e9b7d4e60@o451234.ingest.sentry.io/5567890';
    expect(scrubString(dsn)).toBe(dsn);
  });
});
