import { scrubString } from '@valine/pii';
import { describe, expect, it } from 'vitest';

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
    'cvv required for this card',
    'ssn check passed for 3 users',
    'password reset requested',
    'at verifyPassword (/var/task/src/auth/password.ts:42:11)',
    'result=denied reason=bad_credentials attempt=3/5',
    'reason=bad_password lockout_in=2',
  ])('keeps %j', (input) => {
    expect(scrubString(input)).toBe(input);
  });
});
