import { scrubString } from '@valine/pii';
import { describe, expect, it } from 'vitest';

describe('XML elements named like a sensitive key', () => {
  it.each([
    [
      '<wsse:Username>svc_billing</wsse:Username><wsse:Password Type="PasswordText">Bl4ckF0rest#88</wsse:Password>',
      '<wsse:Username>svc_billing</wsse:Username><wsse:Password Type="PasswordText">[password]</wsse:Password>',
    ],
    ['<card><cvc>552</cvc><holder>ok</holder></card>', '<card><cvc>[card]</cvc><holder>[name]</holder></card>'],
    ['<dob>1991-07-08</dob><id>42</id>', '<dob>[dob]</dob><id>42</id>'],
  ])('replaces %j', (input, expected) => {
    expect(scrubString(input)).toBe(expected);
  });

  it.each(['<status>OK</status><count>3</count>', '<password></password>', 'a </password> without an opening tag'])(
    'keeps %j',
    (input) => {
      expect(scrubString(input)).toBe(input);
    },
  );
});
