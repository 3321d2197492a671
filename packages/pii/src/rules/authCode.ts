import { Cue, cues } from './gate.js';
import type { TextRule } from './rule.js';

/** `?code=…` of an OAuth or magic-link callback: a one-time credential in the URL. */
const AUTH_CODE = /[?&;]code=([A-Za-z0-9._~%-]{16,512})/g;
/** The path words of a sign-in callback; `/invite/accept?code=` is an app's own reference, kept. */
const AUTH_PATH = /callback|oauth|auth|login|signin|sign-in|sso|verify|magic|token/i;

/** A code long enough to be generated: `code=P2002` or `code=ECONNRESET` is an error code, not this. */
const isGenerated = (value: string): boolean => /\d/.test(value) && /[A-Za-z]/.test(value);

export const authCodeRule: TextRule = {
  name: 'authCode',
  kind: 'token',
  need: 0,
  find(text, report) {
    if ((cues(text) & Cue.code) === 0) return;
    AUTH_CODE.lastIndex = 0;
    for (let m = AUTH_CODE.exec(text); m !== null; m = AUTH_CODE.exec(text)) {
      const value = m[1] as string;
      // The URL's path: back from the `?` to the start of the URL token.
      let start = m.index;
      while (start > 0 && start > m.index - 512 && !/[\s"'<(]/.test(text[start - 1] as string)) start--;
      if (isGenerated(value) && AUTH_PATH.test(text.slice(start, m.index))) {
        report(m.index + m[0].length - value.length, m.index + m[0].length);
      }
    }
  },
};
