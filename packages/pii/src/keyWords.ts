import { normalizeKey } from './normalize.js';

/**
 * Field names in more languages and scripts than the English, German, French,
 * Spanish, Italian, Portuguese and Dutch lists of `keyRules.ts` carry (Polish,
 * Turkish, Russian, Ukrainian, Greek, Arabic, Persian, Urdu, Hebrew, Hindi,
 * Bengali, Tamil, Thai, Vietnamese, Indonesian, Malay, Filipino, Swahili,
 * Czech, Hungarian, Romanian, Swedish, Norwegian, Danish, Finnish, Japanese,
 * Korean, Chinese), written as people write them and normalized on load like
 * any key, so `Дата рождения`, `生年月日` and `doğum_tarihi` meet their rule.
 */
const WORDS = {
  email:
    'adres e-mail|e-posta|eposta|почта|электронная почта|эл. почта|пошта|електронна пошта|البريد الإلكتروني|البريد|الايميل|ईमेल|メール|メールアドレス|電子メール|이메일|메일|邮箱|电子邮件|郵箱|電子郵件|ηλεκτρονικό ταχυδρομείο|thư điện tử|อีเมล|surel|emel|barua pepe|דוא״ל|אימייל|ایمیل|ای میل|ইমেইল|மின்னஞ்சல்|e-post|sähköposti|pošta',
  phone:
    'numer telefonu|komórka|cep telefonu|gsm|телефон|мобильный|номер телефона|الهاتف|هاتف|الجوال|رقم الهاتف|फ़ोन|फोन|मोबाइल|電話番号|電話|携帯電話|携帯|전화번호|휴대폰|전화|연락처|手机号|手机|电话|手機|联系电话|τηλέφωνο|κινητό|số điện thoại|điện thoại|sđt|โทรศัพท์|เบอร์โทร|เบอร์โทรศัพท์|มือถือ|nomor hp|no hp|nohp|nomor telepon|telepon|no telefon|nombor telefon|telepono|simu|טלפון|נייד|موبایل|تلفن|شماره تلفن|شماره موبایل|فون|موبائل|ফোন|মোবাইল|கைபேசி|தொலைபேசி|telefonszám|mobilnummer|telefonnummer|puhelin|puhelinnumero',
  personName:
    'imię|imię i nazwisko|nazwisko|ad soyad|soyad|soyadı|фио|фамилия|отчество|прізвище|الاسم الكامل|पूरा नाम|氏名|名義|カード名義|성명|姓名|持卡人|επώνυμο|ονοματεπώνυμο|titular|nome titular|karteninhaber|inhaber|holder|họ tên|họ và tên|ชื่อ-นามสกุล|นามสกุล|nama lengkap|buong pangalan|jina kamili|שם מלא|שם פרטי|שם משפחה|نام خانوادگی|نام کامل|پورا نام|পুরো নাম|முழு பெயர்|příjmení|celé jméno|vezetéknév|keresztnév|teljes név|prenume|nume complet|förnamn|efternamn|fornavn|etternavn|efternavn|etunimi|sukunimi|given names',
  address:
    'ulica|адрес|адреса|العنوان|पता|住所|주소|地址|διεύθυνση|straße|địa chỉ|ที่อยู่|alamat|tirahan|anwani|כתובת|آدرس|نشانی|پتہ|ঠিকানা|முகவரி|adresa|lakcím|cím|adresă|adress|osoite|address formatted',
  dob: 'data urodzenia|doğum tarihi|дата рождения|дата народження|تاريخ الميلاد|जन्मतिथि|जन्म तिथि|生年月日|誕生日|생년월일|생일|出生日期|生日|ημερομηνία γέννησης|ngày sinh|วันเกิด|tanggal lahir|tarikh lahir|kaarawan|petsa ng kapanganakan|tarehe ya kuzaliwa|תאריך לידה|تاریخ تولد|تاریخ پیدائش|জন্ম তারিখ|பிறந்த தேதி|datum narození|születési dátum|data nașterii|födelsedatum|fødselsdato|fødselsdag|syntymäaika',
  password:
    'hasło|şifre|parola|пароль|كلمة المرور|كلمة السر|पासवर्ड|パスワード|비밀번호|암호|密码|密碼|κωδικός|κωδικός πρόσβασης|mật khẩu|รหัสผ่าน|kata sandi|kata laluan|nenosiri|סיסמה|رمز عبور|گذرواژه|پاس ورڈ|পাসওয়ার্ড|கடவுச்சொல்|heslo|jelszó|parolă|lösenord|passord|adgangskode|salasana',
  card: 'kartennummer|prüfnummer|kartenprüfnummer|numero tarjeta|numero de tarjeta|numero cartao|numero do cartao|numero carta|numero carte|numer karty|kart numarası|номер карты|カード番号|セキュリティコード|카드번호|卡号|银行卡号|安全码|nomor kartu|nombor kad|číslo karty|kortnummer',
  secret: 'geheimer schlüssel|geheimschlüssel',
  /** `name` in other languages: a person's only in a person's object, like `name`. */
  nameWord:
    'ad|имя|імя|الاسم|नाम|名前|이름|名字|όνομα|tên|ชื่อ|nama|pangalan|jina|שם|نام|নাম|பெயர்|jméno|név|nume|navn|nimi|імʼя',
  /** Objects whose `name` is a person's: `user`, `customer`, `author` in other languages. */
  personContext:
    'usuario|usuário|utilisateur|benutzer|utente|cliente|kunde|użytkownik|kullanıcı|пользователь|користувач|المستخدم|उपयोगकर्ता|ユーザー|사용자|用户|用戶|χρήστης|作者|autor|auteur|người dùng|khách hàng|ผู้ใช้|pengguna|pelanggan|mtumiaji|mteja|משתמש|לקוח|کاربر|صارف|ব্যবহারকারী|பயனர்|uživatel|zákazník|felhasználó|ügyfél|utilizator|användare|kund|bruker|bruger|käyttäjä|asiakas|gebruiker|klant',
  /** A card's expiry in other languages: a month/year under these keys is a card's, as under `exp…`. */
  expiry:
    'vencimiento|caducidad|validade|ablaufdatum|gültig bis|scadenza|data ważności|son kullanma|срок действия|有効期限|유효기간|有效期|kadaluarsa|kedaluwarsa|tarikh luput|utløp|udløb|giltig till|voimassa|platnost|lejárat|hết hạn',
} as const;

/** The normalized words of one kind, `|`-joined for the key-rule tables. */
export const keyWords = (kind: keyof typeof WORDS): string => WORDS[kind].split('|').map(normalizeKey).join('|');
