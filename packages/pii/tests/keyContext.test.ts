import { createScrubber } from '@valine/pii';
import { describe, expect, it } from 'vitest';

const scrubber = createScrubber();

describe('key rules in context: objects, pairs, parents and structures', () => {
  it("takes `name` in a notification's template variables for the recipient's", () => {
    expect(
      scrubber.scrub({ template: 'login_code', vars: { code: '482915', name: '太郎' }, data: { name: 'beta' } }),
    ).toEqual({
      template: 'login_code',
      vars: { code: '482915', name: '[name]' },
      data: { name: 'beta' },
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
    // A cookie header keeps its cookies' names (`cookies.ts`).
    expect(scrubber.scrub({ headers: [{ name: 'cookie', value: 'sid=abc' }] })).toEqual({
      headers: [{ name: 'cookie', value: 'sid=[credential]' }],
    });
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
