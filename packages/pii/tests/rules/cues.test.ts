import { scrubString } from '@valine/pii';
import { describe, expect, it } from 'vitest';

describe('phone numbers announced by a cue word', () => {
  it.each([
    ['or text 312 555 0147 today', 'or text [phone] today'],
    ['mi número es 55 4321 8765 y', 'mi número es [phone] y'],
    ['Berlin, Tel. 030 901820-0, ok', 'Berlin, Tel. [phone], ok'],
    ['and my number 345 678 9012 in her story', 'and my number [phone] in her story'],
    ['WhatsApp: 98765 43210', 'WhatsApp: [phone]'],
    ['call me on (02) 9374 4000', 'call me on [phone]'],
    ['text me 4155550132 tonight', 'text me [phone] tonight'],
    ['WhatsApp 98201-45673 ok', 'WhatsApp [phone] ok'],
    ['mon numéro est 06 12 34 56 78', 'mon numéro est [phone]'],
    // National layouts are phones without a cue too, unless they sit amid other numbers.
    ['switched it to his, 305 555 0161. Can you', 'switched it to his, [phone]. Can you'],
    ['purana wala 99100 88776 band aa raha hai', 'purana wala [phone] band aa raha hai'],
    ['Pedidos: ventas | 33 1234 5678 (Guadalajara)', 'Pedidos: ventas | [phone] (Guadalajara)'],
    ["The 'To' number 0151 2345 6789 is not valid", "The 'To' number [phone] is not valid"],
    ['Här är mitt nummer: 070-123 45 67. Eller', 'Här är mitt nummer: [phone]. Eller'],
  ])('replaces %j', (input, expected) => {
    expect(scrubString(input)).toBe(expected);
  });

  it.each([
    'ALB statuses and sizes 200 200 412 1834 "POST /v2"',
    'columns 0.000 0.021 0.000 200 200 412 1834',
    'text/html 1234567',
    'phone verified 2026-11-28',
    'call took 1234567 ms',
    'sms sent at 12:30:11 to 3 users',
    'number of rows 1048576',
    'callId 1234567 done',
    'tel 12 34',
  ])('keeps %j', (input) => {
    expect(scrubString(input)).toBe(input);
  });
});

describe('secrets after a flag or an environment-style name', () => {
  it.each([
    [
      'aws configure set aws_secret_access_key JK6yc/jecsblnAk2vnXK6/Zy2GKlPOyJV9YZGWNk && aws s3 sync',
      'aws configure set aws_secret_access_key [secret] && aws s3 sync',
    ],
    ['psql --password hunter2 -h db', 'psql --password [password] -h db'],
    ['stripe --api-key "rk_x9Kd02LmQp19" listen', 'stripe --api-key "[secret]" listen'],
    ['export GITHUB_TOKEN  q8Rt5Yh2Lm9N', 'export GITHUB_TOKEN  [token]'],
    [
      'curl -u ops:Wint3r-is-c0ming https://grafana.internal/api',
      'curl -u ops:[password] https://grafana.internal/api',
    ],
    ['curl --user=deploy:hunter2 -X POST', 'curl --user=deploy:[password] -X POST'],
  ])('replaces %j', (input, expected) => {
    expect(scrubString(input)).toBe(expected);
  });

  it.each([
    'db_password changed',
    'x-auth-token header missing',
    'refresh_token rotated for user 42',
    'secretsmanager GetSecretValue ok',
    '--token-file /var/run/token',
    'aws_access_key_id rotated',
    'result=denied reason=bad_credentials attempt=3/5',
    'reason=bad_password lockout_in=2',
  ])('keeps %j', (input) => {
    expect(scrubString(input)).toBe(input);
  });
});

describe('one-time codes in sign-in callback URLs', () => {
  it('redacts the code of an OAuth or magic-link callback', () => {
    expect(
      scrubString(
        'magic link https://app.example.com/auth/callback?email=x%40y.io&code=d41d8cd98f00b204e9800998ecf8427e&redirect=/settings',
      ),
    ).toBe('magic link https://app.example.com/auth/callback?email=[email]&code=[token]&redirect=/settings');
    expect(scrubString('GET /oauth2/callback?state=xyz&code=4%2F0AVG7fiQ1b2c3d4e5f6 302')).toBe(
      'GET /oauth2/callback?state=xyz&code=[token] 302',
    );
  });

  it('keeps error codes and codes outside a sign-in path', () => {
    for (const text of [
      'GET /auth/callback?error=access_denied&code=P2002',
      'GET /invite/accept?code=clx9k2m4p0001qz8h3v7w5y6t 200',
      'process exited with code=137',
    ]) {
      expect(scrubString(text)).toBe(text);
    }
  });
});
