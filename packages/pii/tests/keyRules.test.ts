import { createScrubber, normalizeKey, VALUE_RULE_NAMES } from '@valine/pii';
import { describe, expect, it } from 'vitest';
import { builtinKeyRules } from '../src/keyRules.js';

const scrubber = createScrubber();

describe('key rules', () => {
  it('has names apart from the value rules, so `disable` turns off exactly one of them', () => {
    const valueRules = new Set<string>(VALUE_RULE_NAMES);
    expect(builtinKeyRules.map((r) => r.name).filter((name) => valueRules.has(name))).toEqual([]);
  });

  it('normalizes keys', () => {
    expect(normalizeKey('X-Forwarded-For')).toBe('xforwardedfor');
    expect(normalizeKey('user.first_name')).toBe('userfirstname');
  });

  it.each([
    ['password', 'password'],
    ['newPassword', 'password'],
    ['DB_PASSWORD', 'password'],
    ['passwd', 'password'],
    ['pwd', 'password'],
    ['passwordConfirm', 'password'],
    ['password_confirmation', 'password'],
    ['passwordHash', 'password'],
    ['clientSecret', 'secret'],
    ['aws_secret_access_key', 'secret'],
    ['stripeApiKey', 'secret'],
    ['x-api-key', 'secret'],
    ['sdkKey', 'secret'],
    ['address_street_1', 'address'],
    ['name_first', 'name'],
    ['hmacKey', 'secret'],
    ['SECRET_HASH', 'secret'],
    ['tokens', 'token'],
    ['accessToken', 'token'],
    ['refresh_token', 'token'],
    ['id_token', 'token'],
    ['token', 'token'],
    ['Authorization', 'credential'],
    ['proxy-authorization', 'credential'],
    ['Cookie', 'credential'],
    ['set-cookie', 'credential'],
    ['sessionId', 'token'],
    ['sid', 'token'],
    ['vsid', 'token'],
    ['connect.sid', 'token'],
    ['PHPSESSID', 'token'],
    ['ssn', 'ssn'],
    ['cardNumber', 'card'],
    ['cvv', 'card'],
    ['cvc', 'card'],
    ['card_expiry', 'card'],
    ['email', 'email'],
    ['userEmail', 'email'],
    ['phone', 'phone'],
    ['mobileNumber', 'phone'],
    ['firstName', 'name'],
    ['last_name', 'name'],
    ['fullName', 'name'],
    ['displayName', 'name'],
    ['address', 'address'],
    ['streetAddress', 'address'],
    ['billing_address', 'address'],
    ['dob', 'dob'],
    ['dateOfBirth', 'dob'],
    ['birthdate', 'dob'],
    ['ip', 'ip'],
    ['ipAddress', 'ip'],
    ['clientIp', 'ip'],
    ['sourceIp', 'ip'],
    ['sourceIPAddress', 'ip'],
    ['remoteAddress', 'ip'],
    ['X-Forwarded-For', 'ip'],
    ['x-real-ip', 'ip'],
    ['iban', 'iban'],
  ])('redacts values under %j as %s', (key, kind) => {
    expect(scrubber.isSensitiveKey(key)).toBe(true);
    expect(scrubber.scrub({ [key]: 'some value 1' })).toEqual({ [key]: `[${kind}]` });
  });

  it.each([
    'userId',
    'username',
    'requestId',
    'traceId',
    'statusCode',
    'id',
    'name',
    'function_name',
    'service',
    'tokenCount',
    'nextToken',
    'maxTokens',
    'zip',
    'membership',
    'tooltip',
    'emailVerified',
    'phoneVerified',
    'keyId',
    'macAddress',
    'processId',
    'classId',
    'addressId',
    'MessageSid',
    'AccountSid',
  ])('keeps values under %j', (key) => {
    expect(scrubber.isSensitiveKey(key)).toBe(false);
    expect(scrubber.scrub({ [key]: 'value-1' })).toEqual({ [key]: 'value-1' });
  });

  it('redacts whole objects and arrays under sensitive keys, keeps null/boolean/empty', () => {
    expect(scrubber.scrub({ address: { street: '1 Main St', city: 'Springfield' } })).toEqual({ address: '[address]' });
    expect(scrubber.scrub({ emails: ['a@b.co', 'c@d.co'] })).toEqual({ emails: '[email]' });
    expect(scrubber.scrub({ password: null, email: '', phone: false })).toEqual({
      password: null,
      email: '',
      phone: false,
    });
    expect(scrubber.scrub({ phone: 5551234567 })).toEqual({ phone: '[phone]' });
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
        customerId: 'Zanele Mbeki',
        plan: 'Pro Plus',
        customerTier: 'gold',
      }),
    ).toEqual({
      customer: '[name]',
      billing_details: { name: '[name]' },
      recipients: ['[name]'],
      customerId: 'Zanele Mbeki',
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

  it('walks a decoded JWT claims object (API Gateway authorizer) but keeps other token and session objects closed', () => {
    const claims = { sub: 'cfdecfda-4f34-48e2-ab99-427d1f9aac37', email: 'zoe@example.be', name: 'Zoë Van der Berg' };
    expect(scrubber.scrub({ authorizer: { jwt: { claims, scopes: ['openid'] } } })).toEqual({
      authorizer: { jwt: { claims: { sub: claims.sub, email: '[email]', name: '[name]' }, scopes: ['openid'] } },
    });
    expect(scrubber.scrub({ jwt: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln' })).toEqual({ jwt: '[token]' });
    expect(scrubber.scrub({ session: { data: 'opaque' }, token: { value: 'opaque' } })).toEqual({
      session: '[token]',
      token: '[token]',
    });
  });

  it('knows field names in the languages the app serves, accents or not', () => {
    const form = {
      vorname: 'Jürgen',
      nachname: 'Weißmüller',
      passwort: 'Sommer2024!',
      contraseña: 'Atleti1903$',
      mot_de_passe: 'Lyon69!',
      senha: 'Corinthians#1910',
      geburtsdatum: '1979-11-02',
      fecha_nacimiento: '1985-09-30',
      anschrift: 'Kastanienallee 27',
      direccion: 'Calle de Alcalá 142',
      teléfono: '612 845 390',
      correo: 'jose@example.es',
      prénom: 'Élodie',
      apellidos: 'Núñez',
      country: 'DE',
      inviteCode: 'INV-EQWSDNWM',
    };
    expect(scrubber.scrub(form)).toEqual({
      vorname: '[name]',
      nachname: '[name]',
      passwort: '[password]',
      contraseña: '[password]',
      mot_de_passe: '[password]',
      senha: '[password]',
      geburtsdatum: '[dob]',
      fecha_nacimiento: '[dob]',
      anschrift: '[address]',
      direccion: '[address]',
      teléfono: '[phone]',
      correo: '[email]',
      prénom: '[name]',
      apellidos: '[name]',
      country: 'DE',
      inviteCode: 'INV-EQWSDNWM',
    });
    expect(normalizeKey('Contraseña')).toBe('contrasena');
    // A bare translation of `name` is a person's only in a person's object, like `name` itself.
    expect(
      scrubber.scrub({ producto: { nombre: 'Camiseta Azul' }, usuario: { nombre: 'José Ángel', correo: 'j@x.es' } }),
    ).toEqual({
      producto: { nombre: 'Camiseta Azul' },
      usuario: { nombre: '[name]', correo: '[email]' },
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

  it('scrubs keys that are themselves PII', () => {
    expect(scrubber.scrub({ 'jane@example.com': { visits: 3 } })).toEqual({ '[email]': { visits: 3 } });
  });

  it('keeps a Twilio resource ID under a bare `sid`, redacts a session ID there', () => {
    expect(
      scrubber.scrub({ response: { status: 201, sid: 'SM9e4f2b7c1d8a6e3f0b5c2d9a7e4f1b8c' }, sid: 'a8f7d6s5q' }),
    ).toEqual({
      response: { status: 201, sid: 'SM9e4f2b7c1d8a6e3f0b5c2d9a7e4f1b8c' },
      sid: '[token]',
    });
  });

  it('normalizes keys in any script: marks dropped, letters and digits of every script kept', () => {
    expect(normalizeKey('Дата рождения')).toBe('датарождения');
    expect(normalizeKey('doğum_tarihi')).toBe(normalizeKey('doğum tarihi'));
    expect(normalizeKey('電話番号')).toBe('電話番号');
  });

  it.each([
    [{ użytkownik: { imię: 'Paweł', nazwisko: 'Wójcik', data_urodzenia: '1992-05-08', hasło: 'Wawel!2026' } }],
    [{ kullanıcı: { ad: 'Elif', soyad: 'Demir', eposta: 'e@x.tr', doğum_tarihi: '17.04.1998', şifre: 'Galata*1453' } }],
    [{ пользователь: { имя: 'Дмитрий', фамилия: 'Соколов', адрес: 'ул. Тверская, д. 7', пароль: 'Parol2026!' } }],
    [{ المستخدم: { الاسم: 'محمد عبد الله', العنوان: 'شارع الملك فهد', الهاتف: '+966 55 412 7730' } }],
    [{ उपयोगकर्ता: { नाम: 'अनन्या शर्मा', पता: 'Flat 4B, Varthur Road', जन्मतिथि: '05/08/1999' } }],
    [
      {
        ユーザー: {
          名前: '佐藤 花子',
          住所: '大阪府大阪市北区梅田3-1-3',
          生年月日: '1995年4月12日',
          パスワード: 'Sakura#0412',
        },
      },
    ],
    [
      {
        사용자: {
          이름: '김민준',
          주소: '서울특별시 강남구 테헤란로 152',
          생년월일: '1993.07.21',
          비밀번호: 'Hangang!2026',
        },
      },
    ],
    [{ 用户: { 姓名: '李伟', 地址: '北京市朝阳区建国路88号', 出生日期: '1990年3月15日', 密码: 'Shanghai@88' } }],
    [{ χρήστης: { όνομα: 'Νικόλαος Παπαδόπουλος', τηλέφωνο: '+30 691 234 5578' } }],
    [
      {
        支払い: {
          カード番号: '3530 2325 9487 8045',
          名義: 'TARO SUZUKI',
          有効期限: '10/28',
          セキュリティコード: '311',
        },
      },
    ],
    [
      {
        Zahlung: {
          Karteninhaber: 'Lukas Becker',
          Ablaufdatum: '03/29',
          Prüfnummer: '904',
          geheimerSchlüssel: 'RCqR/eXZTD2X',
        },
      },
    ],
    [{ pago: { titular: 'María José Ortega', vencimiento: '12/27' }, from_user: { 이름: '최서연' } }],
    [{ người_dùng: { họ_tên: 'Trần Thị Mai', ngày_sinh: '14/02/1993', địa_chỉ: '12 Ngõ 45 Phố Huế' } }],
    [{ user: { ชื่อ: 'สมชาย', นามสกุล: 'ใจดี', วันเกิด: '5 มีนาคม 2535' } }],
    [{ data: { nama_lengkap: 'Siti Nurhaliza', tanggal_lahir: '17-08-1990', alamat: 'Jl. Merdeka No. 17' } }],
    [{ משתמש: { שם_מלא: 'יעל כהן', כתובת: 'רחוב הרצל 25', תאריך_לידה: '03.09.1991' } }],
    [{ ব্যবহারকারী: { নাম: 'রহিম উদ্দিন', ঠিকানা: 'বাড়ি ১২, রোড ৫', জন্ম_তারিখ: '২১/০২/১৯৯৫' } }],
    [
      {
        uživatel: { jméno: 'Jiří', příjmení: 'Dvořák', datum_narození: '23. 5. 1988', adresa: 'Vinohradská 1511/230' },
      },
    ],
    [{ felhasználó: { vezetéknév: 'Kovács', keresztnév: 'Eszter', lakcím: '1052 Budapest, Váci utca 12' } }],
    [{ användare: { förnamn: 'Åsa', efternamn: 'Lindqvist', födelsedatum: '1989-10-03', lösenord: 'Sommar!2026' } }],
    [{ käyttäjä: { etunimi: 'Aino', sukunimi: 'Virtanen', syntymäaika: '21.6.1995', osoite: 'Mannerheimintie 14' } }],
  ])('knows field names in more languages and scripts: %j', (record) => {
    const out = JSON.stringify(scrubber.scrub(record));
    const values = Object.values(record).flatMap((inner) => Object.values(inner as Record<string, string>));
    for (const value of values) expect(out).not.toContain(value);
  });

  it('keeps foreign `name` words outside a person, a number under an email key, and a product name', () => {
    expect(scrubber.scrub({ product: { 名前: 'Valine Pro', nome: 'Plano' }, emails: 31907 })).toEqual({
      product: { 名前: 'Valine Pro', nome: 'Plano' },
      emails: 31907,
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
