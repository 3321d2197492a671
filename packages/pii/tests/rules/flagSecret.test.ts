import { scrubString } from '@valine/pii';
import { describe, expect, it } from 'vitest';

describe('secrets after a flag or an environment-style name', () => {
  it.each([
    [
      'aws configure set aws_secret_access_key JK6yc/jecsblnAk2vnXK6/Zy2GKlPOyJV9YZGWNk && aws s3 sync',
      'aws configure set aws_secret_access_key [secret] && aws s3 sync',
    ],
    ['psql --password hunter2 -h db', 'psql --password [password] -h db'],
    // A `.pgpass` line as psql echoes it: host:port:database:user:password.
    [
      'psql: reading ~/.pgpass line 2: db.eu-west-1.rds.amazonaws.com:5432:valine:readonly_users:pa55-Valine!prod\nok',
      'psql: reading ~/.pgpass line 2: db.eu-west-1.rds.amazonaws.com:5432:valine:readonly_users:[password]\nok',
    ],
    // An AWS secret's shape after `secret` in prose, digits or not.
    [
      '(access key AKIAXTJZ4SO2W5POKTRT / secret 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)',
      '(access key [aws_key] / secret [secret])',
    ],
    ['stripe --api-key "rk_x9Kd02LmQp19" listen', 'stripe --api-key "[secret]" listen'],
    ['export GITHUB_TOKEN  q8Rt5Yh2Lm9N', 'export GITHUB_TOKEN  [token]'],
    [
      'curl -u ops:Wint3r-is-c0ming https://grafana.internal/api',
      'curl -u ops:[password] https://grafana.internal/api',
    ],
    ['curl --user=deploy:hunter2 -X POST', 'curl --user=deploy:[password] -X POST'],
    // A URL after `-u` is the URL rule's: its password goes, its host stays.
    [
      'redis-cli --tls -u rediss://default:Xy8vQ2pL7mNa@cache.internal:6379 SCAN 0',
      'redis-cli --tls -u rediss://default:[password]@cache.internal:6379 SCAN 0',
    ],
    // The MySQL clients take the password glued to `-p`.
    [
      'mysql -h db.internal -u reports -pR3ports#2019 -e "SELECT 1"',
      'mysql -h db.internal -u reports -p[password] -e "SELECT 1"',
    ],
    // A qualified `auth token` takes a hex token too.
    [
      '(account AC3f9a2b7c1d8e4f5a, auth token 7c2e9f4a1b8d3e6f0a5c2b9e8d7f4a1c)',
      '(account AC3f9a2b7c1d8e4f5a, auth token [token])',
    ],
    // `secret` alone in prose, before a key-shaped value.
    ['(key AKIAIOSFODNN7EXAMPLE, secret 6qqnozZDlVcZpzC7OsW/63Emy89lUy2EG0N5BIID)', '(key [aws_key], secret [secret])'],
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
    // `secret`/`token` alone take only a key-shaped value: not a name, an ARN or a hex digest.
    'secret prod/db-credentials rotated',
    'secret arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf loaded',
    'token 8f14e45fceea167a5a36dedd4bea2543 cached',
    'mysql -u root -p -e "SHOW DATABASES"',
    // An error code that names a secret, and a note in parentheses after a secret's name.
    'login attempt -> 401 INVALID_CREDENTIALS (1764368043118)',
    'auth failed: EXPIRED_TOKEN 9fA3kLm2Qx7Zt0Pw',
    'client_secret (rotated 2026-11-02T10:00:00Z) ok',
  ])('keeps %j', (input) => {
    expect(scrubString(input)).toBe(input);
  });
});

describe('a login call in code', () => {
  it('removes the password argument a traceback prints', () => {
    expect(scrubString('    smtp.login("ops@valine.app", "p4ssw0rd_SMS")')).toBe(
      '    smtp.login("[email]", "[password]")',
    );
    expect(scrubString("client.auth('svc', 'hunter2')")).toBe("client.auth('svc', '[password]')");
  });

  it('leaves calls whose arguments are not both strings', () => {
    for (const code of ['login("a", b)', 'signin(user, "x")']) expect(scrubString(code)).toBe(code);
  });
});
