import { createScrubber } from '@valine/pii';
import { describe, expect, it } from 'vitest';

const scrubber = createScrubber();

describe('what stays under a sensitive key: objects closed, opened or walked, and values kept', () => {
  it('redacts whole objects and arrays under sensitive keys, keeps null/boolean/empty', () => {
    expect(scrubber.scrub({ address: ['1 Main St', 'Springfield'] })).toEqual({ address: '[address]' });
    expect(scrubber.scrub({ emails: ['a@b.co', 'c@d.co'] })).toEqual({ emails: '[email]' });
    expect(scrubber.scrub({ password: null, email: '', phone: false })).toEqual({
      password: null,
      email: '',
      phone: false,
    });
    expect(scrubber.scrub({ phone: 5551234567 })).toEqual({ phone: '[phone]' });
  });

  it('opens an address object: the city, region, country and postcode stay, every other part goes', () => {
    expect(
      scrubber.scrub({
        billing_details: {
          address: {
            line1: '1420 Mission St Apt 5B',
            city: 'Chicago',
            postal_code: '60661',
            state: 'IL',
            country: 'US',
          },
        },
        shipping: {
          address: { street: '1 Main St', city: 'Springfield', geo: { lat: 39.8, lng: -89.6 }, note: 'gate 4' },
        },
        cognito: { address: { formatted: 'Calle Mayor 5, 28013 Madrid' } },
        diff: { address: { from: '1 Main St', to: '2 Elm St' } },
        odd: { address: { city: 'mail jane@example.com' } },
      }),
    ).toEqual({
      billing_details: {
        address: { line1: '[address]', city: 'Chicago', postal_code: '60661', state: 'IL', country: 'US' },
      },
      shipping: { address: { street: '[address]', city: 'Springfield', geo: '[address]', note: '[address]' } },
      cognito: { address: { formatted: '[address]' } },
      diff: { address: { from: '[address]', to: '[address]' } },
      odd: { address: { city: 'mail [email]' } },
    });
  });

  it('opens a session object: its times, owner and state stay, its IDs, tokens and anything unknown go', () => {
    expect(
      scrubber.scrub({
        session: {
          sessionId: 'HQKrynprIHGeiO9bdVEm',
          id: 'sess_7f3a',
          refreshToken: 'AGxdlvZmMA0OCMq051ou',
          expiresAt: '2026-11-23T16:44:42.627Z',
          maxAge: 3600,
          userId: 'u-1',
          data: { cart: 3 },
          startedAt: '1792409200674',
          lastSeenTime: '2026-11-29T10:00:00Z',
          refreshAt: 'AbC123dEf456',
        },
      }),
    ).toEqual({
      session: {
        sessionId: '[token]',
        id: '[token]',
        refreshToken: '[token]',
        expiresAt: '2026-11-23T16:44:42.627Z',
        maxAge: 3600,
        userId: 'u-1',
        data: '[token]',
        startedAt: '1792409200674',
        lastSeenTime: '2026-11-29T10:00:00Z',
        refreshAt: '[token]',
      },
    });
  });

  it('opens a credentials object: its descriptors stay, every key and identity in it goes', () => {
    expect(
      scrubber.scrub({
        credentials: {
          type: 'service_account',
          project_id: 'valine-translate-4810274',
          // The key's ID names the key (a JWT header's `kid`); the key itself goes.
          private_key_id: '7382f2749728e574a5c3042731b5fa86445a3332',
          private_key: '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n',
          client_email: 'translator@valine-translate-4810274.iam.gserviceaccount.com',
          token_uri: 'https://oauth2.googleapis.com/token',
        },
        Credentials: { AccessKeyId: 'ASIAXTJZ4SO2W5POKTRT', SecretAccessKey: 'x', Expiration: '2026-11-29T10:00:00Z' },
      }),
    ).toEqual({
      credentials: {
        type: 'service_account',
        project_id: 'valine-translate-4810274',
        private_key_id: '7382f2749728e574a5c3042731b5fa86445a3332',
        private_key: '[secret]',
        client_email: '[secret]',
        token_uri: 'https://oauth2.googleapis.com/token',
      },
      Credentials: { AccessKeyId: '[secret]', SecretAccessKey: '[secret]', Expiration: '2026-11-29T10:00:00Z' },
    });
  });

  it('keeps a webhook payload signature, redacts a presigned URL signature and other secrets', () => {
    const hex = '667312b9a4a73b69b73bfa72688f7982413410bcd9012fea478f7b54b41f7759';
    expect(
      scrubber.scrub({
        headers: { 'X-Valine-Signature': `sha256=${hex}`, 'Stripe-Signature': `t=1764387200,v1=${hex}` },
        signature: hex.split('').reverse().join(''),
      }),
    ).toEqual({
      headers: { 'X-Valine-Signature': `sha256=${hex}`, 'Stripe-Signature': `t=1764387200,v1=${hex}` },
      signature: '[secret]',
    });
  });

  it('walks an auth state slice that nests, closes a flat credential under `auth`', () => {
    const idToken = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl';
    expect(
      scrubber.scrub({
        state: {
          auth: { status: 'authenticated', idToken, user: { id: 'u-1', handle: 'xime.gtz', email: 'x@example.com' } },
        },
        axios: { auth: { username: 'bob', password: 'hunter22' } },
        header: { auth: 'Basic YWxhZGRpbjpvcGVuc2VzYW1l' },
      }),
    ).toEqual({
      state: {
        auth: {
          status: 'authenticated',
          idToken: '[token]',
          user: { id: 'u-1', handle: 'xime.gtz', email: '[email]' },
        },
      },
      axios: { auth: '[secret]' },
      header: { auth: '[secret]' },
    });
  });

  it('reads one identifier under an address key (a Terraform resource, a URL) as text, not as a street', () => {
    expect(
      scrubber.scrub({
        resource: { address: 'aws_lambda_function.messages' },
        hook: { address: 'https://api.valine.social/hooks/mux' },
        relay: { address: 'ops@valine.social' },
        mailbox: { address: 'dpo.valine@example.com' },
        home: { address: '221B Baker Street' },
        flat: { address: 'Kastanienallee' },
      }),
    ).toEqual({
      resource: { address: 'aws_lambda_function.messages' },
      hook: { address: 'https://api.valine.social/hooks/mux' },
      relay: { address: '[address]' },
      mailbox: { address: '[address]' },
      home: { address: '[address]' },
      flat: { address: '[address]' },
    });
  });

  it('walks an object under an email key instead of blanking it: SES `mail` metadata keeps its IDs', () => {
    const mail = { source: 'noreply@valine.app', destination: ['jane@example.com'], sendingAccountId: '481516234200' };
    expect(scrubber.scrub({ notificationType: 'Complaint', mail })).toEqual({
      notificationType: 'Complaint',
      mail: { source: '[email]', destination: ['[email]'], sendingAccountId: '481516234200' },
    });
    expect(scrubber.scrubField('mail', { messageId: '0100018c-aaaa' })).toEqual({ messageId: '0100018c-aaaa' });
    expect(scrubber.scrub({ mail: 'jane@example.com', emails: ['a@b.co'] })).toEqual({
      mail: '[email]',
      emails: '[email]',
    });
  });

  it('walks a decoded JWT claims object (API Gateway authorizer) but keeps other token objects closed', () => {
    const claims = { sub: 'cfdecfda-4f34-48e2-ab99-427d1f9aac37', email: 'zoe@example.be', name: 'Zoë Van der Berg' };
    expect(scrubber.scrub({ authorizer: { jwt: { claims, scopes: ['openid'] } } })).toEqual({
      authorizer: { jwt: { claims: { sub: claims.sub, email: '[email]', name: '[name]' }, scopes: ['openid'] } },
    });
    expect(scrubber.scrub({ jwt: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln' })).toEqual({ jwt: '[token]' });
    expect(scrubber.scrub({ session: { data: 'opaque' }, token: { value: 'opaque' } })).toEqual({
      session: { data: '[token]' },
      token: '[token]',
    });
  });

  it('keeps a display name that is a handle, redacts one that is a name', () => {
    expect(scrubber.scrub({ displayName: '@maria_dance' })).toEqual({ displayName: '@maria_dance' });
    expect(scrubber.scrub({ displayName: 'lena_s' })).toEqual({ displayName: 'lena_s' });
    expect(scrubber.scrub({ displayName: 'Lena Schmidt' })).toEqual({ displayName: '[name]' });
    expect(scrubber.scrubString('{"displayName":"@maria_dance","exp":"06/29"}')).toBe(
      '{"displayName":"@maria_dance","exp":"[card]"}',
    );
  });

  it('keeps a Twilio resource ID under a bare `sid`, redacts a session ID there', () => {
    expect(
      scrubber.scrub({ response: { status: 201, sid: 'SM9e4f2b7c1d8a6e3f0b5c2d9a7e4f1b8c' }, sid: 'a8f7d6s5q' }),
    ).toEqual({
      response: { status: 201, sid: 'SM9e4f2b7c1d8a6e3f0b5c2d9a7e4f1b8c' },
      sid: '[token]',
    });
  });

  it('keeps a UUID under a session key (an identifier, as the safe list has it); any other session value goes', () => {
    const id = '1486e4d5-33d5-4d0a-a19f-4ee0c88a9aea';
    expect(scrubber.scrub({ sessionId: id, session_token: 'a8f7d6s5q9w8e7r6' })).toEqual({
      sessionId: id,
      session_token: '[token]',
    });
    expect(scrubber.scrubString(`boundary hit session=${id} sessionId: s_8f7e6d5c4b3a2918abc`)).toBe(
      `boundary hit session=${id} sessionId: [token]`,
    );
  });

  it('reads a path segment before `:line:column` as a path, not a key', () => {
    for (const frame of ['at Sign.sign (node:internal/crypto/sig:128:29)', 'at /app/src/password:12:5']) {
      expect(scrubber.scrubString(frame)).toBe(frame);
    }
    expect(scrubber.scrubString('token:12345678abcdefgh x')).toBe('token:[token] x');
  });
});

describe('cookie lists under a cookie key', () => {
  it('keeps each cookie name and the preference values, drops every other value', () => {
    expect(
      scrubber.scrub({
        cookies: ['vsid=s%3Aab12cd34', 'theme=dark', 'lang=pt-BR', '_ga=GA1.2.1234.5678'],
        headers: { Cookie: 'session=abc123def; theme=light' },
      }),
    ).toEqual({
      cookies: ['vsid=[credential]', 'theme=dark', 'lang=pt-BR', '_ga=[credential]'],
      headers: { Cookie: 'session=[credential]; theme=light' },
    });
  });

  it('keeps Set-Cookie attributes, and blanks whole what is not a cookie list', () => {
    expect(
      scrubber.scrub({
        'Set-Cookie': 'vsid=xyz789; Path=/; Expires=Wed, 21 Oct 2026 07:28:00 GMT; HttpOnly; Secure; SameSite=Lax',
        cookie: 'just-a-blob',
        cookies: [{ name: 'vsid', value: 'abc' }],
        // Base64 padding is no `name=value`: the whole value goes, not all but its `=`.
        Cookie: 'dGVzdGluZ3Rva2Vu==',
      }),
    ).toEqual({
      Cookie: '[credential]',
      'Set-Cookie': 'vsid=[credential]; Path=/; Expires=Wed, 21 Oct 2026 07:28:00 GMT; HttpOnly; Secure; SameSite=Lax',
      cookie: '[credential]',
      cookies: '[credential]',
    });
  });
});
