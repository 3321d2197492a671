import { isUuid, isWordAt, NEED_ESCAPED, triggers } from './chars.js';
import { CLEAN_CACHE_MAX_LENGTH, CUT_BACKTRACK, truncatedChars } from './constants.js';
import { decodeEscapes } from './decode.js';
import type { Replacer } from './replacement.js';
import type { Report, TextRule } from './rules/rule.js';
import type { PiiKind, PiiMatch, ValueRule } from './types.js';

interface Finding {
  start: number;
  end: number;
  kind: PiiKind;
  rule: string;
  exact: boolean | undefined;
}

/** Turns a public `ValueRule` into the internal form; user code is fenced so it cannot throw through. */
export function compileValueRule(rule: ValueRule): TextRule {
  const { pattern, validate, quickCheck } = rule;
  const re = pattern instanceof RegExp ? new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`) : null;
  const fn = typeof pattern === 'function' ? pattern : null;
  return {
    name: rule.name,
    kind: rule.kind,
    need: 0,
    find(text, report) {
      try {
        if (quickCheck && !quickCheck(text)) return;
        if (re) {
          re.lastIndex = 0;
          for (let m = re.exec(text); m !== null; m = re.exec(text)) {
            if (m[0].length === 0) re.lastIndex++;
            else if (!validate || validate(m[0])) report(m.index, m.index + m[0].length);
          }
          return;
        }
        const matches: PiiMatch[] = fn ? fn(text) : [];
        for (const { start, end, kind } of matches) {
          if (start >= 0 && end > start && end <= text.length && (!validate || validate(text.slice(start, end)))) {
            report(start, end, kind);
          }
        }
      } catch {
        // A broken custom rule must not take logging down; its matches are simply lost.
      }
    },
  };
}

export interface TextScanner {
  /** Replaces every finding; returns the same string instance when nothing matched. */
  scrub(text: string, key?: string): string;
  has(text: string): boolean;
}

/** Passwords and secrets shorter than this are not looked for again (`pw=abc` would match too much). */
const MIN_ECHO = 6;
const MAX_ECHO_FINDINGS = 16;

/** `2026-11-29T01:02:03Z`, `2026-11-29T01:02:03.456+01:00`: no built-in rule finds anything in one. */
const ISO_TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:?\d\d)?$/;

/**
 * Whole strings of a safe shape (a UUID, an ISO timestamp), which no built-in rule can match: kept
 * without a scan. Custom rules may want them (an app's own UUID-shaped secret), so this is off then.
 */
const isSafeShape = (text: string): boolean =>
  text.length === 36
    ? isUuid(text)
    : text.length >= 16 && text.length <= 35 && text.charCodeAt(10) === 84 && ISO_TIMESTAMP.test(text);

export function createTextScanner(
  rules: readonly TextRule[],
  replace: Replacer,
  maxLength: number,
  cacheSize: number,
  safeShapes: boolean,
): TextScanner {
  const cacheLength = cacheSize > 0 ? Math.min(CLEAN_CACHE_MAX_LENGTH, maxLength) : 0;
  // Strings with no finding, oldest first out: reordering on every hit would cost more than it saves.
  const clean = new Set<string>();

  interface Sink {
    found: Finding[];
    rule: TextRule;
    report: Report;
  }
  const newSink = (): Sink => {
    const sink: Sink = {
      found: [],
      rule: rules[0] as TextRule,
      report: (start, end, kind) => {
        const { rule } = sink;
        sink.found.push({ start, end, kind: kind ?? rule.kind, rule: rule.name, exact: rule.exact });
      },
    };
    return sink;
  };
  // One sink reused across strings, so a string costs no closure; a custom rule scrubbing from
  // inside its own match (re-entry) finds it taken and gets a fresh one.
  let spare: Sink | null = newSink();

  function collect(text: string, firstOnly: boolean): Finding[] | null {
    const has = triggers(text);
    let sink: Sink | null = null;
    for (const rule of rules) {
      if (rule.need !== 0 && (has & rule.need) === 0) continue;
      if (sink === null) {
        sink = spare ?? newSink();
        spare = null;
        sink.found = [];
      }
      sink.rule = rule;
      rule.find(text, sink.report, has);
      if (firstOnly && sink.found.length > 0) break;
    }
    if (sink === null) return null;
    const { found } = sink;
    spare = sink;
    if ((has & NEED_ESCAPED) !== 0 && !(firstOnly && found.length > 0)) collectDecoded(text, found);
    if (found.length === 0) return null;
    if (!firstOnly) collectEchoes(text, found);
    return found;
  }

  /**
   * A password or secret found by its key and spelled again in the same string (`password=…&confirm=…`):
   * every whole copy goes too. The first few such findings only, so the work stays linear.
   */
  function collectEchoes(text: string, found: Finding[]): void {
    const n = found.length;
    for (let i = 0, seen = 0; i < n && seen < MAX_ECHO_FINDINGS; i++) {
      const f = found[i] as Finding;
      if ((f.kind !== 'password' && f.kind !== 'secret') || f.end - f.start < MIN_ECHO) continue;
      seen++;
      const value = text.slice(f.start, f.end);
      for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + value.length)) {
        const end = at + value.length;
        if (at === f.start || isWordAt(text, at - 1) || isWordAt(text, end)) continue;
        found.push({ start: at, end, kind: f.kind, rule: f.rule, exact: f.exact });
      }
    }
  }

  /**
   * Runs the rules once more over the decoded view of escaped text (`&#64;`, `\u0040`, `%2540`, `=40`) and maps
   * what they find back onto the escaped spans. One level only: the view is not decoded again.
   */
  function collectDecoded(text: string, found: Finding[]): void {
    const view = decodeEscapes(text);
    if (view === null) return;
    const has = triggers(view.text);
    for (const rule of rules) {
      if (rule.need !== 0 && (has & rule.need) === 0) continue;
      rule.find(
        view.text,
        (start, end, kind) => {
          found.push({
            start: view.map[start] as number,
            end: view.map[end] as number,
            kind: kind ?? rule.kind,
            rule: rule.name,
            exact: rule.exact,
          });
        },
        has,
      );
    }
  }

  function replaceAll(text: string, found: Finding[], key: string | undefined): string {
    // Stable sorts: at equal starts the earlier rule (more specific, e.g. URL password before email) names
    // the kind. A few findings (the usual case) take an insertion sort; `sort` with a callback costs more.
    if (found.length > 16) found.sort((a, b) => a.start - b.start);
    else
      for (let i = 1; i < found.length; i++) {
        const f = found[i] as Finding;
        let j = i;
        for (; j > 0 && (found[j - 1] as Finding).start > f.start; j--) found[j] = found[j - 1] as Finding;
        found[j] = f;
      }
    let out = '';
    let pos = 0;
    for (let i = 0; i < found.length; i++) {
      const f = found[i] as Finding;
      // Overlapping findings (`card_number=5105 1051 …` seen by the key/value and the card rule) are
      // merged, so the union goes and no tail of either survives; the first finding names the kind.
      let end = f.end;
      while (i + 1 < found.length && (found[i + 1] as Finding).start < end) {
        const next = found[++i] as Finding;
        // An exact finding (a URL password) keeps its bounds; the host after it is not part of it.
        if (!f.exact) end = Math.max(end, next.end);
      }
      if (f.start < pos) continue;
      const value = text.slice(f.start, end);
      const context =
        key === undefined ? { kind: f.kind, value, rule: f.rule } : { kind: f.kind, value, rule: f.rule, key };
      out += text.slice(pos, f.start) + replace(context);
      pos = end;
    }
    return out + text.slice(pos);
  }

  /** Where to cut an over-long string: at a separator, so no half of an address or card number survives. */
  function cutPoint(text: string): number {
    for (let i = maxLength; i > maxLength - CUT_BACKTRACK && i > 0; i--) {
      const c = text.charCodeAt(i - 1);
      if (c === 32 || c === 10 || c === 9 || c === 44 || c === 59 || c === 38) return i;
    }
    return maxLength;
  }

  return {
    scrub(text, key) {
      if (text.length === 0 || (safeShapes && isSafeShape(text))) return text;
      if (text.length <= cacheLength) {
        if (clean.has(text)) return text;
        const found = collect(text, false);
        if (found !== null) return replaceAll(text, found, key);
        if (clean.size >= cacheSize) clean.delete(clean.values().next().value as string);
        clean.add(text);
        return text;
      }
      const end = text.length > maxLength ? cutPoint(text) : text.length;
      const scanned = end === text.length ? text : text.slice(0, end);
      const found = collect(scanned, false);
      const out = found === null ? scanned : replaceAll(scanned, found, key);
      return end === text.length ? out : out + truncatedChars(text.length - end);
    },
    has(text) {
      if (text.length <= cacheLength && clean.has(text)) return false;
      const scanned = text.length > maxLength ? text.slice(0, maxLength) : text;
      return collect(scanned, true) !== null;
    },
  };
}
