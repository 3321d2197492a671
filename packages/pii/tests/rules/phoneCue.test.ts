import { scrubString } from '@valine/pii';
import { describe, expect, it } from 'vitest';

describe('phone numbers announced by a cue word', () => {
  it.each([
    ['or text 312 555 0147 today', 'or text [phone] today'],
    ['mi número es 55 4321 8765 y', 'mi número es [phone] y'],
    ['Berlin, Tel. 030 901820-0, ok', 'Berlin, Tel. [phone], ok'],
    ['and my number 345 678 9012 in her story', 'and my number [phone] in her story'],
    ['WhatsApp: 98765 43210', 'WhatsApp: [phone]'],
    // Indian mobiles typed 5-5 with a dash need no cue, like the spaced layout.
    ['contact karo 98765-43210 pe ya', 'contact karo [phone] pe ya'],
    // Chinese mobiles 3-4-4, and cue words in more languages.
    ['我的手机号是 138 0013 8425，邮箱', '我的手机号是 [phone]，邮箱'],
    ['Proszę o kontakt: 512 334 778 lub', 'Proszę o kontakt: [phone] lub'],
    ['Cześć, mój numer to 698-442-117, napisz', 'Cześć, mój numer to [phone], napisz'],
    ['manda o pix pra 11 98765-4321, cpf', 'manda o pix pra [phone], cpf'],
    ['Ring meg på 922 33 444. Mvh', 'Ring meg på [phone]. Mvh'],
    ['Booking: kari@foto.no / 912 34 567', 'Booking: [email] / [phone]'],
    ['Meine Handynummer ist 0664 1234567, Festnetz 01 5871234-15.', 'Meine Handynummer ist [phone], Festnetz [phone].'],
    ['appelez le 514 555-0182 poste 3', 'appelez le [phone] poste 3'],
    ['y mi cel 11 4567-8901', 'y mi cel [phone]'],
    ['min mejl är borta och mobilen 0739-88 77 66', 'min mejl är borta och mobilen [phone]'],
    ['call me on (02) 9374 4000', 'call me on [phone]'],
    ['text me 4155550132 tonight', 'text me [phone] tonight'],
    ['WhatsApp 98201-45673 ok', 'WhatsApp [phone] ok'],
    ['mon numéro est 06 12 34 56 78', 'mon numéro est [phone]'],
    // National layouts are phones without a cue too, unless they sit amid other numbers.
    ['switched it to his, 305 555 0161. Can you', 'switched it to his, [phone]. Can you'],
    ['purana wala 99100 88776 band aa raha hai', 'purana wala [phone] band aa raha hai'],
    ['Pedidos: ventas | 33 1234 5678 (Guadalajara)', 'Pedidos: ventas | [phone] (Guadalajara)'],
    ["The 'To' number 0151 2345 6789 is not valid", "The 'To' number [phone] is not valid"],
    ['Här är mitt nummer: 070-123 45 67. Eller', 'Här är mitt nummer: [phone]. Eller'],
    ['"to":"612 845 390","route"', '"to":"[phone]","route"'],
    ['llámame al 612 34 56 78 mañana', 'llámame al [phone] mañana'],
    ['escríbeme al 098450 27731 porfa', 'escríbeme al [phone] porfa'],
  ])('replaces %j', (input, expected) => {
    expect(scrubString(input)).toBe(expected);
  });

  it.each([
    'ALB statuses and sizes 200 200 412 1834 "POST /v2"',
    'columns 0.000 0.021 0.000 200 200 412 1834',
    'text/html 1234567',
    'phone verified 2026-11-28',
    'call took 1234567 ms',
    'sms sent at 12:30:11 to 3 users',
    'number of rows 1048576',
    'callId 1234567 done',
    'tel 12 34',
    // Without a cue, dashed 3-3-3 is an order number, and round numbers stay.
    'order 512-334-778 shipped',
    'ids 400 500 600',
  ])('keeps %j', (input) => {
    expect(scrubString(input)).toBe(input);
  });
});
