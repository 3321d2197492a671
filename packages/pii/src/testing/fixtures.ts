/**
 * Samples of each PII kind (must never survive scrubbing) and of each safe
 * kind (must survive unchanged), for testing rule sets, including an app's own.
 */
export const fixtures = {
  pii: {
    email: [
      'jane.doe@example.com',
      'John.Smith+newsletter@mail.example.co.uk',
      'jane.doe%40example.com',
      'o_connor-99@sub.domain.io',
      'ADMIN@EXAMPLE.ORG',
    ],
    phone: [
      '+44 20 7946 0958',
      '+1-202-555-0147',
      '+1 (415) 555-0132',
      '+4915112345678',
      '(555) 123-4567',
      '555-123-4567',
      '555.123.4567',
      '555-123-4567 ext. 204',
      '020 7946 0958',
      '06 12 34 56 78',
    ],
    card: [
      '4111 1111 1111 1111',
      '4111111111111111',
      '5500-0000-0000-0004',
      '5105105105105100',
      '378282246310005',
      '3714 496353 98431',
      '6011111111111117',
      '3530111333300000',
      '30569309025904',
      '2223003122003222',
    ],
    ssn: ['123-45-6789', '234 56 7890', '078-05-1120'],
    ip: [
      '203.0.113.42',
      '198.51.100.7',
      '10.0.0.1',
      '2001:db8::8a2e:370:7334',
      '::ffff:192.0.2.1',
      'fe80::1ff:fe23:4567:890a',
    ],
    jwt: [
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
    ],
    credential: ['Bearer 9f8e7d6c5b4a3928abcdef', 'Basic dXNlcjpwYXNzd29yZA=='],
    awsKey: ['AKIAIOSFODNN7EXAMPLE', 'ASIAY34FZKBOKMUTVV7A'],
    token: [
      'sk_live_4eC39HqLyjWDarjtT1zdp7dc',
      'ghp_16C7e42F292c6912E7710c838347Ae178B4a',
      'xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx',
      'AIzaSyA-1234567890abcdefghijklmnopqrstu',
      'glpat-xxxxxxxxxxxxxxxxxxxx',
      'npm_abcdefghijklmnopqrstuvwxyz0123456789',
    ],
    privateKey: ['-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7\n-----END RSA PRIVATE KEY-----'],
    iban: ['GB82 WEST 1234 5698 7654 32', 'DE89370400440532013000', 'FR1420041010050500013M02606'],
    name: ['John Smith', 'Jane Doe', 'Priya Patel', 'Mr. Anderson'],
    /** Whole strings in which only the secret part must go. */
    inText: [
      'postgres://app:S3cr3t!@db.internal:5432/orders',
      'Server=db;Database=app;User Id=sa;Password=Pa55w0rd;',
      'GET /reset?token=abc123def456&email=jane%40example.com',
      '{"password":"hunter2","username":"jdoe"}',
      'aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'Authorization: Bearer abcDEF123456.ghi',
    ],
  },
  safe: {
    uuid: ['3f1c2d3e-9b8a-4c4c-8a8a-1234567890ab', '550e8400-e29b-41d4-a716-446655440000'],
    requestId: ['c6af9ac6-7b61-11e6-9a41-93e8deadbeef', 'req_8f14e45fceea167a5a36dedd4bea2543'],
    traceId: [
      '1-5f84c3a8-2a5b8c1d9e3f4a5b6c7d8e9f',
      'Root=1-5f84c3a8-2a5b8c1d9e3f4a5b6c7d8e9f;Parent=53995c3f42cd8ad8;Sampled=1',
      '4bf92f3577b34da6a3ce929d0e0e4736',
    ],
    timestamp: ['2024-01-15T10:30:00.000Z', '2024-01-15 10:30:00', '12:30:45', '2024-01-15T10:30:00+01:00'],
    epoch: ['1700000000', '1700000000123'],
    statusCode: ['200', '404', '503'],
    duration: [
      'REPORT RequestId: 3f1c2d3e-9b8a-4c4c-8a8a-1234567890ab Duration: 123.45 ms Billed Duration: 124 ms Memory Size: 1024 MB Max Memory Used: 87 MB Init Duration: 234.56 ms',
      'took 1532ms',
    ],
    arn: ['arn:aws:lambda:us-east-1:123456789012:function:checkout', 'arn:aws:iam::123456789012:role/app-role'],
    hash: [
      '3f786850e387550fdab836ed7e6dc881de23001b',
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      'd41d8cd98f00b204e9800998ecf8427e',
    ],
    version: ['1.2.3', 'v20.20.2', '2.0.0-beta.1', '@sentry/node@10.12.0', 'npm@11'],
    username: ['jdoe', 'jane_doe', 'admin'],
    userId: ['u_12345', 'user-42', '8b9c7d6e-5f4a-4b3c-9d2e-1f0a9b8c7d6e'],
    url: ['https://api.example.com/v1/orders?page=2&limit=50', 'https://cdn.example.com/assets/icon@2x.png'],
    number: ['4111111111111112', '1234567890123456', '8080', '3.14159'],
    misc: [
      'git@github.com:valine/monitoring.git',
      'Max Memory Used',
      'Internal Server Error',
      '00:1A:2B:3C:4D:5E',
      '127.0.0.1',
      '0.0.0.0',
      '::1',
      '1.2.3.4.5',
    ],
  },
} as const;

export type PiiFixtures = typeof fixtures;
