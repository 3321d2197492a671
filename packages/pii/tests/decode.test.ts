import { scrubString } from '@valine/pii';
import { describe, expect, it } from 'vitest';
import { decodeEscapes } from '../src/decode.js';

describe('escaped text', () => {
  it('decodes entities, unicode escapes, double URL encoding and quoted-printable @, and maps each character back', () => {
    const source = 'a&#64;b &#x40; &nbsp;x \\u0040 %2540 c=40d';
    const view = decodeEscapes(source);
    expect(view?.text).toBe('a@b @  x @ %40 c@d');
    // Every view character points at where it starts in the source; the last entry is the source length.
    expect(source.slice(view?.map[1], view?.map[2])).toBe('&#64;');
    expect(view?.map[view.text.length]).toBe(source.length);
    expect(decodeEscapes('no escapes here, a=40 retries & 100% done')).toBeNull();
  });

  it.each([
    ['invitee akiko.yamamoto\\u0040docomo.ne.jp, call \\u002b34 612 345 678', 'invitee [email], call [phone]'],
    [
      '<td>camille&#46;dubois&#64;free&#46;fr</td><td>+33&nbsp;6&nbsp;12&nbsp;34&nbsp;56&nbsp;78</td>',
      '<td>[email]</td><td>[phone]</td>',
    ],
    ['Contact: j.oconnor&#x40;eircom.net', 'Contact: [email]'],
    ['u=…%253Femail%253Dkwame.mensah%252540gmail.com%2526src', 'u=…%253Femail%253D[email]%2526src'],
    ['bitte antworten Sie an petra.mueller=40t-online.de oder', 'bitte antworten Sie an [email] oder'],
    ['draft=my%20card%20is%204657%206886%200397%201029 at', 'draft=my%20card%20is%20[card] at'],
    ['view?q=my+number+is+%2B61+2+9374+4000&x=1', 'view?q=my+number+is+[phone]&x=1'],
  ])('finds PII behind escapes in %j', (input, expected) => {
    expect(scrubString(input)).toBe(expected);
  });

  it.each([
    'Tom &amp; Jerry &lt;3',
    'retries=40 timeout=2500',
    'cpu 100%25 load',
    'path C:\\users\\ana',
    'q=page%202%20of%2050',
  ])('keeps %j', (input) => {
    expect(scrubString(input)).toBe(input);
  });
});
