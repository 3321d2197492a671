import { createScrubber, normalizeKey } from '@valine/pii';
import { describe, expect, it } from 'vitest';

const scrubber = createScrubber();

describe('key rules in other languages and scripts', () => {
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

  it('normalizes keys in any script: marks dropped, letters and digits of every script kept', () => {
    expect(normalizeKey('Дата рождения')).toBe('датарождения');
    expect(normalizeKey('doğum_tarihi')).toBe(normalizeKey('doğum tarihi'));
    expect(normalizeKey('電話番号')).toBe('電話番号');
  });

  it('reads letters with a stroke as their base, as people type them without diacritics', () => {
    expect(normalizeKey('hasło')).toBe('haslo');
    expect(normalizeKey('Fødselsdato')).toBe('fodselsdato');
    expect(createScrubber().scrub({ dane: { haslo: 'Sommer$342x', hasło: 'Zima#2026', kullanıcı: 'ayse_k' } })).toEqual(
      {
        dane: { haslo: '[password]', hasło: '[password]', kullanıcı: 'ayse_k' },
      },
    );
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
});
