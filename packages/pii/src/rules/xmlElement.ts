import { normalizeKey } from '../keyRules.js';
import type { KeyHit } from './keyValue.js';
import type { TextRule } from './rule.js';

/**
 * Text of XML elements whose name a key rule knows (SOAP and WS-Security
 * headers, XML payment requests, SAML attributes written as elements):
 * `<wsse:Password Type="PasswordText">Bl4ckF0rest#88</wsse:Password>`,
 * `<email>ana@example.com</email>`. Found from each closing tag, whose name
 * is read forwards and whose text is read backwards to the `>` before it;
 * both reads are bounded, so the work per `</` is too.
 */
const MAX_NAME = 64;
const MAX_TEXT = 1024;
const MAX_OPEN_TAG = 512;

const isNameCode = (c: number) =>
  (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 95 || c === 45 || c === 46 || c === 58;

export function createXmlElementRule(classify: (normalizedKey: string) => KeyHit | null): TextRule {
  return {
    name: 'xmlElement',
    kind: 'secret',
    need: 0,
    find(text, report) {
      for (let close = text.indexOf('</'); close >= 0; close = text.indexOf('</', close + 2)) {
        let end = close + 2;
        while (end < text.length && end - close <= MAX_NAME && isNameCode(text.charCodeAt(end))) end++;
        if (text.charCodeAt(end) !== 62 || end === close + 2) continue;
        const name = text.slice(close + 2, end);
        const colon = name.lastIndexOf(':');
        const hit = classify(normalizeKey(colon < 0 ? name : name.slice(colon + 1)));
        if (hit === null) continue;
        // The element's text runs back to the `>` that ends its opening tag.
        let gt = close - 1;
        while (gt >= 0 && close - gt <= MAX_TEXT && text.charCodeAt(gt) !== 62 && text.charCodeAt(gt) !== 60) gt--;
        if (gt < 0 || text.charCodeAt(gt) !== 62 || gt + 1 === close) continue;
        // …and that opening tag must be this element's: `<name` or `<name …>`.
        let lt = gt - 1;
        while (lt >= 0 && gt - lt <= MAX_OPEN_TAG && text.charCodeAt(lt) !== 60 && text.charCodeAt(lt) !== 62) lt--;
        if (lt < 0 || text.charCodeAt(lt) !== 60 || !text.startsWith(name, lt + 1)) continue;
        const after = text.charCodeAt(lt + 1 + name.length);
        if (after !== 62 && after !== 32 && after !== 9 && after !== 10) continue;
        report(gt + 1, close, hit.kind);
      }
    },
  };
}
