import { createScrubber } from '@valine/pii';
import { describe, expect, it } from 'vitest';

const scrubber = createScrubber();

describe('key rules in context: objects, pairs, parents and structures', () => {
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
        private_key: '[secret]',
        client_email: '[secret]',
        token_uri: 'https://oauth2.googleapis.com/token',
      },
      Credentials: { AccessKeyId: '[secret]', SecretAccessKey: '[secret]', Expiration: '2026-11-29T10:00:00Z' },
    });
  });

  it("takes `name` in a notification's template variables for the recipient's", () => {
    expect(
      scrubber.scrub({ template: 'login_code', vars: { code: '482915', name: '太郎' }, data: { name: 'beta' } }),
    ).toEqual({
      template: 'login_code',
      vars: { code: '482915', name: '[name]' },
      data: { name: 'beta' },
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

  it('takes `access` / `refresh` for a token only when the value looks generated', () => {
    expect(
      scrubber.scrub({
        oauth: { access: 'AbC123dEf456GhI789jKl', refresh: 'rt.0ddcQ8ZrT3mKx7LpV2nW9yB4', scope: 'openid' },
        cache: { refresh: 3600, access: 'read-write' },
        acl: { access: 'public', refresh: 'daily' },
      }),
    ).toEqual({
      oauth: { access: '[token]', refresh: '[token]', scope: 'openid' },
      cache: { refresh: 3600, access: 'read-write' },
      acl: { access: 'public', refresh: 'daily' },
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

  it('redacts `name` only when it belongs to a person', () => {
    expect(
      scrubber.scrub({
        user: { id: 'u1', name: 'Zork Blorp', username: 'zb' },
        customers: [{ name: 'Ada Quux' }],
        service: { name: 'checkout' },
        err: { name: 'TypeError' },
        function_name: 'checkout-handler',
        contact: { name: 'Kim' },
        owner: { name: 'platform-team' },
        order: { name: 'Order 1', email: 'x@y.co' },
      }),
    ).toEqual({
      user: { id: 'u1', name: '[name]', username: 'zb' },
      customers: [{ name: '[name]' }],
      service: { name: 'checkout' },
      err: { name: 'TypeError' },
      function_name: 'checkout-handler',
      contact: { name: '[name]' },
      owner: { name: 'platform-team' },
      order: { name: '[name]', email: '[email]' },
    });
  });

  it('treats a full name under a person-like key as a name', () => {
    expect(
      scrubber.scrub({
        customer: 'Zanele Mbeki',
        billing_details: { name: 'Jo Bloggs' },
        recipients: ['Ada Quux'],
        customerId: 'Ingrid Solberg',
        plan: 'Pro Plus',
        customerTier: 'gold',
      }),
    ).toEqual({
      customer: '[name]',
      billing_details: { name: '[name]' },
      recipients: ['[name]'],
      customerId: 'Ingrid Solberg',
      plan: 'Pro Plus',
      customerTier: 'gold',
    });
  });

  it('still scans values of non-sensitive keys (a username that is an email)', () => {
    expect(scrubber.scrub({ username: 'jane@example.com' })).toEqual({ username: '[email]' });
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

  it('judges the value of a name/value pair by its name (Cognito attributes, AWS tags, HAR headers)', () => {
    const attributes = [
      { Name: 'sub', Value: '2e4a6c8e-0a2b-4d6f-8a0c-2e4a6c8e0a2c' },
      { Name: 'given_name', Value: 'Sofía' },
      { Name: 'birthdate', Value: '1994-07-21' },
      { Name: 'locale', Value: 'es-ES' },
    ];
    expect(scrubber.scrub({ UserAttributes: attributes })).toEqual({
      UserAttributes: [
        { Name: 'sub', Value: '2e4a6c8e-0a2b-4d6f-8a0c-2e4a6c8e0a2c' },
        { Name: 'given_name', Value: '[name]' },
        { Name: 'birthdate', Value: '[dob]' },
        { Name: 'locale', Value: 'es-ES' },
      ],
    });
    expect(
      scrubber.scrub({
        Tags: [
          { Key: 'owner-email', Value: 'ops@example.com' },
          { Key: 'stage', Value: 'prod' },
        ],
      }),
    ).toEqual({
      Tags: [
        { Key: 'owner-email', Value: '[email]' },
        { Key: 'stage', Value: 'prod' },
      ],
    });
    expect(scrubber.scrub([{ field: 'user.email', value: 'jose@example.es' }])).toEqual([
      { field: 'user.email', value: '[email]' },
    ]);
    expect(scrubber.scrub({ headers: [{ name: 'cookie', value: 'sid=abc' }] })).toEqual({
      headers: [{ name: 'cookie', value: '[credential]' }],
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

  it('treats device names, autofill card names and ssn-prefixed keys as personal', () => {
    expect(
      scrubber.scrub({
        contexts: { device: { name: "Thiago's iPhone", model: 'iPhone15,3' } },
        fields: { 'cc-name': 'Chloé Tremblay', 'cc-number': '4111 1111 1111 1111' },
        ssn_on_file: '772314408',
      }),
    ).toEqual({
      contexts: { device: { name: '[name]', model: 'iPhone15,3' } },
      fields: { 'cc-name': '[name]', 'cc-number': '[card]' },
      ssn_on_file: '[ssn]',
    });
  });

  it('treats a month/year under an `exp…` key as a card expiry, not a JWT `exp` epoch', () => {
    expect(
      scrubber.scrub({
        exp: '04/28',
        expiration: '11 / 2029',
        ExpirationDate: '2029-03',
        expiresAt: '2026-11-30',
        jwt_exp: 1795907647,
      }),
    ).toEqual({
      exp: '[card]',
      expiration: '[card]',
      ExpirationDate: '[card]',
      expiresAt: '2026-11-30',
      jwt_exp: 1795907647,
    });
    expect(scrubber.scrub({ exp: 1795907647, expires: '13/28' })).toEqual({ exp: 1795907647, expires: '13/28' });
    expect(scrubber.scrub({ 'cc-exp': '04/29', cc_csc: '7731' })).toEqual({ 'cc-exp': '[card]', cc_csc: '[card]' });
  });

  it('treats `name` beside card data or under card/payer-like parents as the holder, in any script', () => {
    expect(scrubber.scrub({ card: { name: 'Jürgen Weißmann', last4: '4242' } })).toEqual({
      card: { name: '[name]', last4: '4242' },
    });
    expect(scrubber.scrub({ name: 'Peter Weißmann', cvv: '123' })).toEqual({ name: '[name]', cvv: '[card]' });
    expect(scrubber.scrub({ payer: { name: 'Łukasz Wałęsa' }, invitee: { name: 'Siobhán Ní Bhriain' } })).toEqual({
      payer: { name: '[name]' },
      invitee: { name: '[name]' },
    });
    expect(scrubber.scrub({ participants: ['Ömer Çelik', 'Zoë Brontë'] })).toEqual({
      participants: ['[name]', '[name]'],
    });
  });

  it('keeps a Twilio resource ID under a bare `sid`, redacts a session ID there', () => {
    expect(
      scrubber.scrub({ response: { status: 201, sid: 'SM9e4f2b7c1d8a6e3f0b5c2d9a7e4f1b8c' }, sid: 'a8f7d6s5q' }),
    ).toEqual({
      response: { status: 201, sid: 'SM9e4f2b7c1d8a6e3f0b5c2d9a7e4f1b8c' },
      sid: '[token]',
    });
  });

  it('takes UPI payment addresses and account holders as bank and name data', () => {
    expect(scrubber.scrub({ vpa: 'sneha.iyer@okhdfcbank', accountHolder: 'Arnav Kapoor' })).toEqual({
      vpa: '[iban]',
      accountHolder: '[name]',
    });
  });

  it('judges the value of a name/value pair with extra fields by its name, and keeps the fields in order', () => {
    expect(
      scrubber.scrub({
        env: [{ name: 'SENTRY_AUTH_TOKEN', value: 'sntrys_abc123', type: 'PLAINTEXT' }],
        cache: { hit: false, key: 'user:42:profile', value: '{"plan":"pro"}' },
        customer: { name: 'Zork Blorp', value: 100, tier: 'gold' },
      }),
    ).toEqual({
      env: [{ name: 'SENTRY_AUTH_TOKEN', value: '[token]', type: 'PLAINTEXT' }],
      cache: { hit: false, key: 'user:42:profile', value: '{"plan":"pro"}' },
      customer: { name: '[name]', value: 100, tier: 'gold' },
    });
  });

  it('redacts the bind parameters of sensitive columns in a Prisma query event', () => {
    expect(
      scrubber.scrub({
        query: 'UPDATE "Profile" SET "street_address" = $1, "postal_code" = $2, "dob" = $3 WHERE "userId" = $4',
        params: '["Calle de Alcalá 48","28014","1991-07-08","usr_7c2d9e"]',
        duration: 7,
      }),
    ).toEqual({
      query: 'UPDATE "Profile" SET "street_address" = $1, "postal_code" = $2, "dob" = $3 WHERE "userId" = $4',
      params: '["[address]","28014","[dob]","usr_7c2d9e"]',
      duration: 7,
    });
    expect(
      scrubber.scrub({ query: 'INSERT INTO "User" ("id","birth_date") VALUES ($1,$2)', params: '["u1","1990-01-02"]' }),
    ).toEqual({ query: 'INSERT INTO "User" ("id","birth_date") VALUES ($1,$2)', params: '["u1","[dob]"]' });
    expect(scrubber.scrub({ query: 'SELECT 1', params: 'not json' })).toEqual({
      query: 'SELECT 1',
      params: 'not json',
    });
  });

  it("reads OpenTelemetry header attributes, a card object's number, and walks a CloudTrail access key object", () => {
    expect(
      scrubber.scrub({
        'http.request.header.cookie': ['vln_sess=s%3Aq8Z; theme=dark'],
        'http.request.header.authorization': ['Bearer abc.def'],
        charge: { card: { number: '3510488786865471' } },
        order: { number: 'ORD-1' },
        accessKey: { accessKeyId: 'AKIA4LVKLC5D5TDGTOUO', status: 'Active', userName: 'ci-deployer' },
      }),
    ).toEqual({
      'http.request.header.cookie': '[credential]',
      'http.request.header.authorization': '[credential]',
      charge: { card: { number: '[card]' } },
      order: { number: 'ORD-1' },
      accessKey: { accessKeyId: '[aws_key]', status: 'Active', userName: 'ci-deployer' },
    });
  });
});
