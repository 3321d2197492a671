import { scrubString } from '@valine/pii';
import { describe, expect, it } from 'vitest';

describe('phone rule', () => {
  it.each([
    '+44 20 7946 0958',
    '+1-202-555-0147',
    '+1 (415) 555-0132',
    '+4915112345678',
    '+33 1 23 45 67 89',
    '(555) 123-4567',
    '(555)123-4567',
    '555-123-4567',
    '555.123.4567',
    '1-800-555-0199',
    '020 7946 0958',
    '06 12 34 56 78',
    '07700 900123',
  ])('replaces %j', (phone) => {
    expect(scrubString(`call ${phone} today`)).toBe('call [phone] today');
  });

  it('finds a phone after dates, times and ids that hold long digit runs', () => {
    expect(scrubString('at 2025-03-14T09:26:53Z req a3bb189e-8bf9-3888-9912-ace4e6543002 call 555.123.4567')).toBe(
      'at 2025-03-14T09:26:53Z req a3bb189e-8bf9-3888-9912-ace4e6543002 call [phone]',
    );
    expect(scrubString('2025-03-14 09:26:53 %2B44 20 7946 0958')).toBe('2025-03-14 09:26:53 [phone]');
  });

  it('reads only from where the first start cue is: a shape that begins before its cue is still found whole', () => {
    // The cue of `1 (555) …` is its `(`, of `1-800-…` its `800-`: each shape starts up to two characters earlier.
    const prefix = 'batch 1234 5678 9012 3456 7890 1234 5678 9012 3456 7890 done at 2025-03-14 09:26:53, ';
    expect(scrubString(`${prefix}call 1 (555) 123-4567`)).toBe(`${prefix}call [phone]`);
    expect(scrubString(`${prefix}call 1-800-555-0199`)).toBe(`${prefix}call [phone]`);
    expect(scrubString(`${prefix}call %2B44 20 7946 0958 or +1 415-555-0132`)).toBe(`${prefix}call [phone] or [phone]`);
  });

  it('reads URL-encoded plus signs', () => {
    expect(scrubString('From=%2B14155550173&To=%2B442079460958&Body=hi')).toBe('From=[phone]&To=[phone]&Body=hi');
  });

  it('takes the extension with the number', () => {
    expect(scrubString('desk 555-123-4567 ext. 204, cell')).toBe('desk [phone], cell');
    expect(scrubString('desk (555) 123-4567 x12')).toBe('desk [phone]');
  });

  it.each([
    'epoch 1700000000',
    'ms 1700000000123',
    'id 5551234567',
    'date 2024-01-15',
    'date 15.01.2024',
    'at 12:30:45',
    'version 1.2.3',
    'uuid 3f1c2d3e-9b8a-4c4c-8a8a-1234567890ab',
    'range 100-200-300',
    'host ip-10-20-30-40',
    'offset +01:00',
    'score +12',
    '1e+10',
    'Duration: 123.45 ms Billed Duration: 124 ms',
    'build 555-123-4567-8901',
    'codes 200 200 8080 412',
  ])('keeps %j', (input) => {
    expect(scrubString(input)).toBe(input);
  });
});

describe('phones in more national formats and URL-encoded bodies', () => {
  it('finds a URL-encoded phone inside an encoded sentence', () => {
    expect(scrubString('/messages/x?prefill=Hi%2C%20my%20number%20is%20%2B44%207700%20900583&from=profile')).toBe(
      '/messages/x?prefill=Hi%2C%20my%20number%20is%20[phone]&from=profile',
    );
    expect(scrubString('q=page%20is%2012%20of%2050')).toBe('q=page%20is%2012%20of%2050');
  });

  it.each([
    ['mobile 0151 23456789 (de)', 'mobile [phone] (de)'],
    ['sms to (11) 91234-5678 ok', 'sms to [phone] ok'],
    ['tel +33 (0)6 98 76 54 32.', 'tel [phone].'],
    // The `00` international prefix with the trunk `(0)`.
    ['Sample: "0049 (0)30 12345678", next', 'Sample: "[phone]", next'],
    // A trunk digit, the area code in parentheses, then 3-2-2: Russian and Turkish numbers.
    ['получатель 8 (912) 334-51-07 ok', 'получатель [phone] ok'],
    ['numaram 0 (542) 318 77 20, e-posta', 'numaram [phone], e-posta'],
    ['Tolong hubungi saya di 0812-9876-5432 atau', 'Tolong hubungi saya di [phone] atau'],
    ['From=%2B44%2020%207946%200321&To=x', 'From=[phone]&To=x'],
    ['To=06%2012%2034%2056%2078&s=1', 'To=[phone]&s=1'],
    ['to=(21)%2092345-6789', 'to=[phone]'],
    ['From=0151%2023456789', 'From=[phone]'],
    ['notify failed for dest=+49%20176%2012345678', 'notify failed for dest=[phone]'],
  ])('redacts %j', (input, expected) => {
    expect(scrubString(input)).toBe(expected);
  });

  it.each([
    'q=release%201.2.3%20notes',
    'q=order%20100%20of%20200',
    'range=2025%2003%2014',
    'label=(2025)%20report',
    'codes (200) 404 500',
    'page=1%202%203%204%205',
    'zero 0000-0000-0000 id',
    'ts 09 12 44 123 456',
    'batch 0049 (0) retried',
  ])('keeps %j', (input) => {
    expect(scrubString(input)).toBe(input);
  });
});
