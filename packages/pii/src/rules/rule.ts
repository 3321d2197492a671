import type { PiiKind } from '../types.js';

/** Reports one finding: `text.slice(start, end)` is replaced as `kind` (the rule's kind when omitted). */
export type Report = (start: number, end: number, kind?: PiiKind) => void;

/**
 * The compiled form of a value rule. `need` is a mask of `NEED_*` triggers: the rule runs
 * only when the string has one of its triggers (always when 0).
 */
export interface TextRule {
  name: string;
  kind: PiiKind;
  need: number;
  /** `triggers` is the string's trigger mask, for rules with parts gated separately. */
  find(text: string, report: Report, triggers: number): void;
  /** Findings are exact (the password inside URL user-info): overlapping findings are dropped, not merged in. */
  exact?: boolean;
}

/**
 * Runs a global regex over `text` and reports each match that `accept` keeps.
 * `accept` may return a narrower `[start, end]` (e.g. only the credential after `Bearer `).
 */
export function eachMatch(
  re: RegExp,
  text: string,
  report: Report,
  accept?: (m: RegExpExecArray) => boolean | readonly [number, number],
): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const verdict = accept ? accept(m) : true;
    if (verdict === true) report(m.index, m.index + m[0].length);
    else if (verdict !== false) report(verdict[0], verdict[1]);
  }
}
