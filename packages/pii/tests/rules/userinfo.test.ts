import { scrubString } from '@valine/pii';
import { describe, expect, it } from 'vitest';

describe('URL user-info, connection and query strings', () => {
  it('replaces only the password of URL user-info', () => {
    expect(scrubString('postgres://app:S3cr3t!@db.internal:5432/orders')).toBe(
      'postgres://app:[password]@db.internal:5432/orders',
    );
    expect(scrubString('redis://:p%40ss@cache:6379')).toBe('redis://:[password]@cache:6379');
    expect(scrubString('amqp://user:p@ss@mq/vhost')).toBe('amqp://user:[password]@mq/vhost');
    // The tail of the password looks like the local part of an email; the host must survive.
    expect(scrubString('postgres://app:Tr0ub4dor&3@db.example.com:5432/x')).toBe(
      'postgres://app:[password]@db.example.com:5432/x',
    );
  });

  it('keeps URLs without user-info', () => {
    for (const url of ['https://api.example.com:8443/v1/orders?page=2', 'https://example.com/a:b@c']) {
      expect(scrubString(url)).toBe(url);
    }
  });

  it('replaces connection-string passwords', () => {
    expect(scrubString('Server=db;Database=app;User Id=sa;Password=Pa55w0rd;Encrypt=true')).toBe(
      'Server=db;Database=app;User Id=sa;Password=[password];Encrypt=true',
    );
    expect(scrubString('host=db port=5432 user=app password=secret dbname=orders')).toBe(
      'host=db port=5432 user=app password=[password] dbname=orders',
    );
  });

  it('replaces sensitive query parameters and keeps harmless ones', () => {
    expect(scrubString('GET /reset?token=abc123def456&email=jane%40example.com&page=2 200')).toBe(
      'GET /reset?token=[token]&email=[email]&page=2 200',
    );
    expect(scrubString('/cb?code=xyz&state=abc&access_token=ya29.a0Af&lang=en')).toBe(
      '/cb?code=xyz&state=abc&access_token=[token]&lang=en',
    );
    const plain = 'https://api.example.com/v1/orders?page=2&limit=50&sort=desc';
    expect(scrubString(plain)).toBe(plain);
  });
});
