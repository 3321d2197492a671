import { scrubString } from '@valine/pii';
import { describe, expect, it } from 'vitest';

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
