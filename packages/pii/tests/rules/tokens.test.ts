import { scrubString } from '@valine/pii';
import { describe, expect, it } from 'vitest';

const jwt =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

describe('token rules', () => {
  it('replaces a base64-encoded private key block (kubeconfig client-key-data), keeps an encoded certificate', () => {
    const key =
      'LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQoPfIzcjy63JwLGwWtwiYJN1WlXHNXoX09eYuMTlFERj9j1P//bDtoskRZGSPQUfMO';
    expect(scrubString(`"client-key-data":"${key}"`)).toBe('"client-key-data":"[private_key]"');
    const cert =
      'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJrVENCK3dJSkFLSGJpeUNPZDJaQU1BMEdDU3FHU0liM0RRRUJDd1VBTUE4eA==';
    expect(scrubString(`certificate-authority-data: ${cert}`)).toBe(`certificate-authority-data: ${cert}`);
  });

  it('replaces JWTs', () => {
    expect(scrubString(`id_token=${jwt}`)).toBe('id_token=[jwt]');
    expect(scrubString(`got ${jwt} from idp`)).toBe('got [jwt] from idp');
  });

  it('replaces only the credential of Bearer / Basic', () => {
    expect(scrubString('sent Bearer 9f8e7d6c5b4a3928abcdef to api')).toBe('sent Bearer [credential] to api');
    expect(scrubString('header Basic dXNlcjpwYXNzd29yZA== ok')).toBe('header Basic [credential] ok');
    expect(scrubString('basic authentication failed; bearer token expired')).toBe(
      'basic authentication failed; bearer token expired',
    );
  });

  it('replaces AWS access key ids, keeps 40-hex git SHAs and bare 40-char strings', () => {
    expect(scrubString('key AKIAIOSFODNN7EXAMPLE used')).toBe('key [aws_key] used');
    expect(scrubString('temp ASIAY34FZKBOKMUTVV7A')).toBe('temp [aws_key]');
    const sha = 'commit 3f786850e387550fdab836ed7e6dc881de23001b';
    expect(scrubString(sha)).toBe(sha);
    const bare = 'value wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    expect(scrubString(bare)).toBe(bare);
  });

  it('replaces an AWS secret key printed right after its key ID, keeps a git SHA there', () => {
    expect(scrubString('creds: AKIA42OSQXJVZT2KE74Y / zyrmpIDIW6ikPaTm52Ev2sWcL3dWGwGF5JqOJSeF, and')).toBe(
      'creds: [secret] / [secret], and',
    );
    expect(scrubString('AKIAIOSFODNN7EXAMPLE:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY x')).toBe('[aws_key]:[secret] x');
    expect(scrubString('AKIAIOSFODNN7EXAMPLE 54455c8d036834264f887e4f7ae05241a6026585')).toBe(
      '[aws_key] 54455c8d036834264f887e4f7ae05241a6026585',
    );
  });

  it('replaces AWS secret keys next to their key name', () => {
    expect(scrubString('aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')).toBe(
      'aws_secret_access_key=[secret]',
    );
    expect(scrubString('{"SecretAccessKey":"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}')).toBe(
      '{"SecretAccessKey":"[secret]"}',
    );
  });

  it.each([
    'sk_live_4eC39HqLyjWDarjtT1zdp7dc',
    'rk_test_4eC39HqLyjWDarjtT1zdp7dc',
    'ghp_16C7e42F292c6912E7710c838347Ae178B4a',
    'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz',
    'xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx',
    'AIzaSyA-1234567890abcdefghijklmnopqrstu',
    'glpat-xxxxxxxxxxxxxxxxxxxx',
    'npm_abcdefghijklmnopqrstuvwxyz0123456789',
    // Lengths vary around npm's 36 (older and hand-made tokens): 30–40 characters after the prefix.
    'npm_Qx7Lm2Np9Rs4Tv1Wy6Zb3Cd8Ef5Gh0Jk2Mn',
    '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',
    // Any vendor's `<prefix>_live_` / `_test_` secret, the convention Stripe made common.
    'vk_live_a2f717d5099b21a94bfb7d257ec8fa15',
    'sk-proj-abcdefghijklmnopqrstuvwxyz012345',
    // Stripe's webhook signing secret.
    'whsec_8Hq2Lm9Xv4Rt7Wz1Cb5Nk3Pj',
    // Sentry organization and user auth tokens.
    'sntrys_eyJpYXQiOjE3OTUwMDAwMDAsInVybCI6Imh0dHBzOi8vc2VudHJ5LmlvIn0_Xq2vT4',
  ])('replaces vendor token %j', (token) => {
    expect(scrubString(`using ${token} now`)).toBe('using [token] now');
  });

  it("replaces a Slack webhook URL's secret path and keeps its host", () => {
    expect(scrubString('POST https://hooks.slack.com/services/T01ABCD2E/B03FGHI4J/xoxbplaceholder123 503')).toBe(
      'POST https://hooks.slack.com/services/[token] 503',
    );
  });

  it('keeps lookalikes of vendor prefixes', () => {
    for (const safe of ['task-runner-01', 'sk_live_short', 'ghp_', 'desk-123']) expect(scrubString(safe)).toBe(safe);
  });

  it('replaces PEM private key blocks, even when cut before END', () => {
    const pem = '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7\n-----END RSA PRIVATE KEY-----';
    expect(scrubString(`key:\n${pem}\ndone`)).toBe('key:\n[private_key]\ndone');
    expect(scrubString('-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA')).toBe('[private_key]');
    const cert = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----';
    expect(scrubString(cert)).toBe(cert);
  });
});

describe('an AWS secret beside its key ID', () => {
  it('takes 38 to 44 characters, for one mistyped or cut', () => {
    expect(
      scrubString('[deploy] using credentials AKIAIOSFODNN7EXAMPLE / Zx7Cv9Bn1Mq3We5Rt7Yu9Io0Pa2Sd4Fg6Hj8Kl+Mn'),
    ).toBe('[deploy] using credentials [aws_key] / [secret]');
  });
});
