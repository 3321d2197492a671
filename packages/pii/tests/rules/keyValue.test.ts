import { createScrubber, scrubString } from '@valine/pii';
import { describe, expect, it } from 'vitest';

describe('key/value text rule', () => {
  it.each([
    ['password=hunter2 user=bob', 'password=[password] user=bob'],
    ['{"name":"Sven van der Berg","plan":"pro"}', '{"name":"[name]","plan":"pro"}'],
    [
      '//registry.npmjs.org/:_authToken=s3cr3tValue1 always-auth=true',
      '//registry.npmjs.org/:_authToken=[token] always-auth=true',
    ],
    ['pwd: hunter2', 'pwd: [password]'],
    ['{"password":"hunter2","user":"bob"}', '{"password":"[password]","user":"bob"}'],
    ["{'apiKey': 'abc123'}", "{'apiKey': '[secret]'}"],
    ['{\\"password\\":\\"hunter2\\"}', '{\\"password\\":\\"[password]\\"}'],
    ['X-Api-Key: 0123456789abcdef', 'X-Api-Key: [secret]'],
    ['Cookie: sid=abc; theme=dark', 'Cookie: sid=[credential]; theme=dark'],
    ['client_secret=s3cr3t&grant_type=client_credentials', 'client_secret=[secret]&grant_type=client_credentials'],
    ['phone=5551234567', 'phone=[phone]'],
    ['dob=1990-01-31', 'dob=[dob]'],
    ['name: Zork Blorp, region=eu', 'name: [name], region=eu'],
    ['first_name=Zork last_name=Blorp', 'first_name=[name] last_name=[name]'],
    ['{"pass":"abc123"}', '{"pass":"[password]"}'],
    ['?user=bob&pass=abc123', '?user=bob&pass=[password]'],
    ['patient DOB 04/12/1980 admitted', 'patient DOB [dob] admitted'],
    ['born on 1985-07-14 in Leeds', 'born on [dob] in Leeds'],
    ['birth date 07/22/1979 package=std', 'birth date [dob] package=std'],
    ['Birthdate: 1979-07-22', 'Birthdate: [dob]'],
    ['birthday 22.07.1979', 'birthday [dob]'],
    // `access` / `refresh` name a token only before a generated-looking value.
    ['issued refresh=rt.0ddcQ8ZrT3mKx7LpV2nW9yB4 expires_in=900', 'issued refresh=[token] expires_in=900'],
    ['access=granted refresh=true interval refresh=3600', 'access=granted refresh=true interval refresh=3600'],
    ['/messages/x?invite=su2qFecr4fjDTfBmQCddx6J--tiFrp1q&ref=dm', '/messages/x?invite=[token]&ref=dm'],
    // A working directory is no password; a password spelled twice goes twice.
    [
      'sudo: ops : TTY=pts/2 ; PWD=/home/ops-dmitri ; USER=root',
      'sudo: ops : TTY=pts/2 ; PWD=/home/ops-dmitri ; USER=root',
    ],
    ['?password=N3wP%40ss-2026&confirm=N3wP%40ss-2026&x=1', '?password=[password]&confirm=[password]&x=1'],
    ['password=hunter22 then hunter22x, hunter22.', 'password=[password] then hunter22x, [password].'],
    // A handler's dotted name before `: ` labels the pairs after it; a password containing `=` still goes.
    [
      'users.resetPassword: user=66390 old_password=Mumbai@1995 ok',
      'users.resetPassword: user=66390 old_password=[password] ok',
    ],
    ['password: hunter2=3 y', 'password: [password] y'],
    // A webhook's payload signature stays; a presigned URL's signature goes.
    [
      'Stripe-Signature: t=1764387200,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd ok',
      'Stripe-Signature: t=1764387200,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd ok',
    ],
    [
      '?X-Amz-Signature=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd&x=1',
      '?X-Amz-Signature=[secret]&x=1',
    ],
    // Columns aligned with blanks (a Terraform plan, a YAML dump).
    [
      '  ~ "DB_PASSWORD"        = "P@ssw0rd-91" -> (sensitive value)',
      '  ~ "DB_PASSWORD"        = "[password]" -> (sensitive value)',
    ],
    ['password:          hunter22', 'password:          [password]'],
    // A command-line flag's value is one shell word, `&`, `#` and `,` included.
    ['seed --password=Tr0ub4dor&3x --count=25', 'seed --password=[password] --count=25'],
    ['seed -password=Valine#QA42 -v', 'seed -password=[password] -v'],
    ["seed --db-password='a b,c' --dry-run", "seed --db-password='[password]' --dry-run"],
    ['deploy --user-name=bob --region=eu-west-1', 'deploy --user-name=bob --region=eu-west-1'],
  ])('replaces %j', (input, expected) => {
    expect(scrubString(input)).toBe(expected);
  });

  it('merges a key/value finding with a longer overlapping one, leaving no tail', () => {
    expect(scrubString('card_number=5105 1051 0510 5100 exp=12/27')).toBe('card_number=[card] exp=[card]');
  });

  it('takes no word after : or = for a key (ARN parts, values with colons)', () => {
    for (const text of [
      'Secret arn:aws:secretsmanager:us-east-1:123456789012:secret:valine/db-AbC123 rejected',
      '429 route=POST /v1/auth/otp/verify bucket=otp:verify limit=5/60s',
    ]) {
      expect(scrubString(text)).toBe(text);
    }
    expect(scrubString('{"note":"password=hunter2"}')).toBe('{"note":"password=[password]"}');
  });

  it.each([
    'userId=u_123 username=jdoe requestId=abc traceId=1-2-3 statusCode=200',
    'service name=checkout-api',
    'tests pass: 12',
    'password=null token=',
    'https://example.com/path',
    'time 12:30:45',
    'tokenCount=12 nextToken=abc',
  ])('keeps %j', (input) => {
    expect(scrubString(input)).toBe(input);
  });
});

describe('key/value pairs in encoded URLs, connection strings and other scripts', () => {
  it.each([
    // A URL encoded inside another URL's parameter.
    [
      'dl=https%3A%2F%2Fx.app%2Freset%3Ftoken%3Dprt_7Hq2LmX9%26lang%3Den',
      'dl=https%3A%2F%2Fx.app%2Freset%3Ftoken%3D[token]%26lang%3Den',
    ],
    // A presigned URL's credential: the access key ID goes, the scope (date, region, service) stays.
    [
      'X-Amz-Credential=AKIANT3TINNDYVCBXGQI%2F20261129%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Expires=900',
      'X-Amz-Credential=[secret]%2F20261129%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Expires=900',
    ],
    // A connection string is scanned, not blanked: its password goes, its host and options stay.
    [
      '(connectionString: postgresql://ro:r3p0rt!ng@replica-1.internal:5432/valine?sslmode=require)',
      '(connectionString: postgresql://ro:[password]@replica-1.internal:5432/valine?sslmode=require)',
    ],
    ['{name: "佐藤 浩", plan: "pro"}', '{name: "[name]", plan: "pro"}'],
    ['{"name":"حمید رضایی","plan":"pro"}', '{"name":"[name]","plan":"pro"}'],
    // Name/value pairs written as JSON text; keys inside a bracketed list.
    [
      '[{"Name":"birthdate","Value":"1991-04-17"},{"Name":"locale","Value":"fr"}]',
      '[{"Name":"birthdate","Value":"[dob]"},{"Name":"locale","Value":"fr"}]',
    ],
    [
      'dropped entries: [user.dob=1987-02-14, feature.set=feed-v3]',
      'dropped entries: [user.dob=[dob], feature.set=feed-v3]',
    ],
    // A link after a key is not its value: its own parameters are read instead.
    [
      'reset your password: https://app.valine.app/reset?token=abc123def456',
      'reset your password: https://app.valine.app/reset?token=[token]',
    ],
    [
      'Manage emails: https://app.valine.app/settings?u=44120 to=zoe@icloud.com',
      'Manage emails: https://app.valine.app/settings?u=44120 to=[email]',
    ],
    ['My date of birth is 14/02/1991 if you need it', 'My date of birth is [dob] if you need it'],
    ['hmacKey=7A3F9C1B2D4E6F8091A2B3C4D5E6F708 at verify', 'hmacKey=[secret] at verify'],
    [
      'card_number=6011373718776045&exp=09%2F27&holder=Ahmed+Al-Sayed&amount=3500',
      'card_number=[card]&exp=[card]&holder=[name]&amount=3500',
    ],
    ['{\\"nome\\":\\"Thiago Nogueira\\",\\"plan\\":\\"pro\\"}', '{\\"nome\\":\\"[name]\\",\\"plan\\":\\"pro\\"}'],
    ['old session sess=s%3Ak9Jd8PqL2mN7vX4cR1tY6wZ0.bH3fG5jK8 from', 'old session sess=[token] from'],
    // A person's key before a full name, in text.
    ['charge ok customer=Pieter de Jong (+31 6 12345678)', 'charge ok customer=[name] ([phone])'],
    ['owner contact: Wojciech Zieliński, ok', 'owner contact: [name], ok'],
    // DynamoDB attributes: the typed value goes.
    ['{"pushToken":{"S":"ExponentPushToken[xQ2vT4Lm]"},"n":{"N":"3"}}', '{"pushToken":{"S":"[token]"},"n":{"N":"3"}}'],
    // Cookie lists, read as the walk reads them: each cookie keeps its name; a preference keeps its value,
    // a Set-Cookie attribute its setting.
    [
      'Set-Cookie: vl_session=s%3A7f2b9c41e8d04a6f; Path=/; HttpOnly; SameSite=Lax',
      'Set-Cookie: vl_session=[credential]; Path=/; HttpOnly; SameSite=Lax',
    ],
    ['Cookie: theme=dark; vsid=s%3Aab12cd34; lang=pt-BR', 'Cookie: theme=dark; vsid=[credential]; lang=pt-BR'],
    [
      "curl -H 'cookie: vl_sid=9f8e7d6c5b4a; theme=dark' https://api.valine.app/v1/me",
      "curl -H 'cookie: vl_sid=[credential]; theme=dark' https://api.valine.app/v1/me",
    ],
    ['{"headers":{"Cookie":"vsid=ab12cd34ef56"}}', '{"headers":{"Cookie":"vsid=[credential]"}}'],
    // Not a cookie list: the value goes whole.
    ['Cookie: 9f8e7d6c5b4a3f2e1d0c', 'Cookie: [credential]'],
    ['Cookie: dGVzdGluZ3Rva2Vu==', 'Cookie: [credential]'],
    [
      'wifi login for the shoot: valine-guest / pw=N0v3mb3r#42',
      'wifi login for the shoot: valine-guest / pw=[password]',
    ],
  ])('replaces %j', (input, expected) => {
    expect(scrubString(input)).toBe(expected);
  });

  it.each([
    'name: 東京本社',
    'lang%3Den%26page%3D2',
    'secrets: failed to parse SecretString',
    // A phone has digits; a count under an email key is not an address; a Twilio message SID is no session.
    'cannot parse it — libphonenumber: NOT_A_NUMBER',
    'digest run: users=48213 emails=31907 bounced=88',
    'Twilio 21610 sid=SMa1b2c3d4e5f60718293a4b5c6d7e8f90 requestId=b1d3',
    // A version marker is no signature; a one-token display name is a handle; loose contexts are no person.
    'webhook to https://hooks.partner.example/valine?sig=v1&acct=4411 failed',
    '{"displayName":"harperw","plan":"pro"}',
    'card: Visa Gold, from: Valine Team',
  ])('keeps %j', (input) => {
    expect(scrubString(input)).toBe(input);
  });
});

describe('a given name in a person object written out in text', () => {
  it.each([
    ['render welcome vars={"name":"Priya","count":3}', 'render welcome vars={"name":"[name]","count":3}'],
    ['customer: {"name": "Priya", "id": 5}', 'customer: {"name": "[name]", "id": 5}'],
    ['sending to user {name: "Omar", id: 5}', 'sending to user {name: "[name]", id: 5}'],
    ['recipients=[{"name":"Kwame"}]', 'recipients=[{"name":"[name]"}]'],
    [
      '{"user":{"id":7,"profile":{"bio":"hi"},"name":"Zoë"}}',
      '{"user":{"id":7,"profile":{"bio":"hi"},"name":"[name]"}}',
    ],
    ['body={\\"customer\\":{\\"name\\":\\"Ana\\"}}', 'body={\\"customer\\":{\\"name\\":\\"[name]\\"}}'],
    ['user={"name":"佐藤"}', 'user={"name":"[name]"}'],
  ])('%s', (input, expected) => {
    expect(scrubString(input)).toBe(expected);
  });

  it.each([
    'service={"name":"Checkout","version":"1.4.2"}',
    'from={"name":"Valine","email_id":"n-1"}',
    'queue {name: "Notifications", depth: 12}',
    'name: Checkout',
    'user={"name":"meilin_v"}',
    'user={"profile":{"theme":"Dark"},"plan":"Pro"}',
  ])('keeps %s', (input) => {
    expect(scrubString(input)).toBe(input);
  });

  it('stays linear on deep braces and on many name keys', () => {
    const scrubber = createScrubber({ limits: { maxStringLength: 2_000_000 } });
    const input = `user={"name":"Priya"} ${'{'.repeat(200_000)}${'{"name":"Ab",'.repeat(100_000)}`;
    const started = performance.now();
    expect(scrubber.scrubString(input).startsWith('user={"name":"[name]"} {{{')).toBe(true);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('prose after a credential key', () => {
  it.each([
    'Error al firmar el JWT: clave inválida',
    'token: invalid signature',
    'authorization: missing header',
    'refresh_token: revoked by admin',
  ])('keeps the message %s', (input) => {
    expect(scrubString(input)).toBe(input);
  });

  it.each([
    ['authorization: token abcdef123456', 'authorization: [credential]'],
    ['token: xK9fQ2mPz7 issued', 'token: [token] issued'],
    ['"token": "invalid signature"', '"token": "[token]"'],
    ['token=invalid value', 'token=[token] value'],
    // A password or a secret may be a passphrase of lower-case words.
    ['password: too short', 'password: [password] short'],
    ['secret: hunter two', 'secret: [secret] two'],
  ])('still removes a value: %s', (input, expected) => {
    expect(scrubString(input)).toBe(expected);
  });
});

describe('namespaced keys', () => {
  it('reads a word after `ns:` before `=` as a key (a localStorage or Redis dump)', () => {
    expect(
      scrubString('valine:refreshToken=EyYfGXkHgRbnWTuu0KElIJ1pqxI1iRL63c17DnE2u8HkHarw; valine:theme=light'),
    ).toBe('valine:refreshToken=[token]; valine:theme=light');
    expect(scrubString('key ns:password=hunter22 ok')).toBe('key ns:password=[password] ok');
  });

  it('still reads words inside ARNs and after `=` as values', () => {
    for (const text of ['bucket=otp:verify', 'arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf']) {
      expect(scrubString(text)).toBe(text);
    }
  });
});

describe('a pair after a weak token key', () => {
  it('reads `access: requestId=…` as a label and a pair, not a token', () => {
    const line = 'API GW access: requestId=9eec13d1-2763-4ba9-bbac-83af2a3e3fc1 routeKey="GET /v1/x"';
    expect(scrubString(line)).toBe(line);
    expect(scrubString('access: AbC123xYz789QwErTy456')).toBe('access: [token]');
  });
});
