import { scrubString } from '@valine/pii';
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
    ['Cookie: sid=abc; theme=dark', 'Cookie: [credential]'],
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
