import { Marker, TRUNCATED_KEY, truncatedItems } from './constants.js';
import { scrubCookies } from './cookies.js';
import { type Echoes, remember, replaceEchoes } from './echoes.js';
import { isCredentialMeta, isCredentialsKey, isKeptAddressPart, isSessionMeta, keptUnderKey } from './keptParts.js';
import { withPrismaParams } from './prismaParams.js';
import { put, read } from './properties.js';
import { label } from './replacement.js';
import type { KeyHit } from './rules/keyValue.js';
import {
  CARD_HIT,
  FIELD_NAME,
  FULL_NAME,
  IDENTIFIER,
  isCapital,
  isError,
  isPlain,
  isScalar,
  type KeyInfo,
  NAME_HIT,
  nests,
  opens,
  ownKeys,
  PAIR_NAME,
  PAIR_VALUE,
  PERSONAL_KINDS,
  replaceValue,
  valueHit,
  type Walker,
  type WalkOptions,
} from './walkShapes.js';

interface State {
  nodes: number;
  /** The objects being walked, outermost first: a short stack, cheaper than a Set at log depths. */
  ancestors: object[];
  /** Values removed by key, removed again where the record repeats them (`echoes.ts`). */
  echoes?: Echoes;
}

/**
 * Builds the structure walk. Recursion is cut at `maxDepth` (capped) before
 * descending, so very deep input cannot exhaust the stack; every read that
 * can run foreign code (getters, proxy traps, toJSON) is fenced.
 */
export function createWalker(o: WalkOptions): Walker {
  function redactByKey(value: unknown, hit: KeyHit, key: string, st?: State): unknown {
    if (value === null || value === undefined || typeof value === 'boolean' || value === '') return value;
    // `emails: 31907` is a count: no address is a number.
    if (hit.kind === 'email' && typeof value === 'number') return value;
    if (typeof value === 'string' && st !== undefined) st.echoes = remember(st.echoes, value, hit, key);
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') {
      return replaceValue(o.replace, hit, String(value), key);
    }
    return label(hit.kind);
  }

  /**
   * What a key rule does to its value. An object under an email key or `jwt` is walked, not blanked:
   * `mail` in an SES event is metadata (account ID, message ID), and `jwt: { claims }` from an API
   * Gateway authorizer is the decoded, unsigned claims (the caller's `sub`), not a usable token; their
   * personal leaves are found by their own keys and shapes. Other kinds, whose values have no reliable
   * shape (names, phones, addresses, passwords, sessions, cookies), stay closed.
   */
  function byKey(value: unknown, hit: KeyHit, key: string, info: KeyInfo, depth: number, st: State): unknown {
    const { normalized } = info;
    // A handle as a display name, Twilio's `sid`, `PWD: '/var/task'`, a payload signature (`keptParts.ts`);
    // `address: 'aws_lambda_function.messages'`, one identifier, is no street: scanned like any text.
    if (
      typeof value === 'string' &&
      (keptUnderKey(normalized, hit, value) || (hit.kind === 'address' && IDENTIFIER.test(value)))
    ) {
      return o.scanText(value, key);
    }
    // `cookies: ['vsid=…', 'theme=dark']`, `Cookie: 'vsid=…; theme=dark'`: read cookie by cookie (`cookies.ts`).
    const cookies = hit.rule === 'cookie' ? scrubCookies(value, (v) => replaceValue(o.replace, hit, v, key)) : null;
    if (cookies !== null) return cookies;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return redactByKey(value, hit, key, st);
    if (opens(hit, key)) return walk(value, depth, key, st);
    if (hit.kind === 'address' && isPlain(value)) return walkParts(value, hit, depth, key, st, isKeptAddressPart);
    if (hit.rule === 'session' && isPlain(value)) return walkParts(value, hit, depth, key, st, isSessionMeta);
    if (isCredentialsKey(normalized) && isPlain(value)) return walkParts(value, hit, depth, key, st, isCredentialMeta);
    // `auth: { status, idToken, user: { … } }`, a client's auth state, nests; a credential (`auth: { user, pass }`)
    // is flat. The walk decides, so each field is read once; a flat result is dropped for the closed label.
    if (normalized === 'auth') {
      const walked = walk(value, depth, key, st);
      if (nests(walked)) return walked;
    }
    return redactByKey(value, hit, key, st);
  }

  /**
   * An object under a sensitive key, opened: the parts `keep` names stay (strings scanned like any text), every
   * other part goes under the parent's kind. `address: { line1, city, postal_code }`, `session: { id, expiresAt }`.
   */
  function walkParts(
    obj: object,
    hit: KeyHit,
    depth: number,
    key: string,
    st: State,
    keep: (k: string, value: unknown) => boolean,
  ) {
    if (depth >= o.maxDepth) return Marker.depth;
    const out: Record<string, unknown> = {};
    const keys = ownKeys(obj);
    if (keys === null) return label(hit.kind);
    const n = Math.min(keys.length, o.maxBreadth);
    for (let i = 0; i < n; i++) {
      const k = keys[i] as string;
      const value = read(obj, k);
      const info = o.keyInfo(k);
      const kept = info.hit === null && isScalar(value) && keep(info.normalized, value);
      put(
        out,
        info.out,
        kept ? (typeof value === 'string' ? o.scanText(value, k) : value) : redactByKey(value, hit, key, st),
      );
    }
    if (keys.length > n) put(out, TRUNCATED_KEY, truncatedItems(keys.length - n));
    return out;
  }

  function walk(value: unknown, depth: number, key: string | undefined, st: State): unknown {
    if (++st.nodes > o.maxNodes) return Marker.size;
    switch (typeof value) {
      case 'string':
        // `customer: 'Jane Roe'`, `recipients: ['Jane Roe']`: a full name under a person-like key.
        if (
          key !== undefined &&
          o.contextualNames &&
          isCapital(value) &&
          o.keyInfo(key).person &&
          FULL_NAME.test(value)
        ) {
          return redactByKey(value, NAME_HIT, key, st);
        }
        return o.scanText(value, key);
      case 'number': {
        // Card numbers stored as JSON numbers: only integers long enough to be one are scanned.
        if (!Number.isInteger(value) || Math.abs(value) < 1e12) return value;
        const text = String(value);
        const out = o.scanText(text, key);
        return out === text ? value : out;
      }
      case 'bigint':
        return o.scanText(value.toString(), key);
      case 'symbol':
        return Marker.symbol;
      case 'function':
        return Marker.function;
      case 'object':
        return value === null ? null : walkObject(value, depth, key, st);
      default:
        return value;
    }
  }

  function walkObject(obj: object, depth: number, key: string | undefined, st: State): unknown {
    if (depth >= o.maxDepth) return Marker.depth;
    if (st.ancestors.includes(obj)) return Marker.circular;
    st.ancestors.push(obj);
    try {
      return convert(obj, depth, key, st);
    } catch {
      return Marker.unreadable;
    } finally {
      st.ancestors.pop();
    }
  }

  function convert(obj: object, depth: number, key: string | undefined, st: State): unknown {
    // Plain objects, most of a log record, skip the probes for special types below.
    const proto = Object.getPrototypeOf(obj);
    if ((proto === Object.prototype || proto === null) && !('toJSON' in obj)) {
      const keys = Object.keys(obj);
      if (keys.length >= 2 && keys.length <= 4) {
        const pair = walkPair(obj, keys, depth, st, key);
        if (pair !== undefined) return pair;
      }
      const out = walkProps(obj, keys, {}, depth, key, st);
      // A Prisma query event: the bind parameters of sensitive columns go (see `prismaParams.ts`).
      if (!('query' in out && 'params' in out)) return out;
      return withPrismaParams(
        out,
        (column) => o.keyInfo(column).hit,
        (v, hit, column) => redactByKey(v, hit, column),
      );
    }
    if (Array.isArray(obj)) return walkList(obj, obj.length, depth, key, st);
    if (ArrayBuffer.isView(obj) || obj instanceof ArrayBuffer) {
      const size = (obj as { length?: number }).length ?? obj.byteLength;
      return `[${obj.constructor?.name ?? 'ArrayBuffer'}(${size})]`;
    }
    if (obj instanceof Date) return Number.isNaN(obj.getTime()) ? Marker.invalidDate : obj.toISOString();
    if (isError(obj)) return walkError(obj, depth, st);
    if (obj instanceof Map) return walkMap(obj, depth, key, st);
    if (obj instanceof Set) return walkList(obj, obj.size, depth, key, st);
    if (obj instanceof RegExp) return o.scanText(String(obj), key);
    if (obj instanceof Number || obj instanceof String || obj instanceof Boolean || obj instanceof BigInt) {
      return walk(obj.valueOf(), depth, key, st);
    }
    const toJSON = (obj as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') {
      const json: unknown = toJSON.call(obj, key ?? '');
      if (json !== obj) return walk(json, depth + 1, key, st);
    }
    return walkProps(obj, Object.keys(obj), {}, depth, key, st);
  }

  /**
   * `{ Name: 'given_name', Value: 'Sofía' }` (Cognito attributes, AWS tags `{ Key, Value }`, HAR headers,
   * CodeBuild and ECS environment `{ name, value, type }`): the value is judged by the name it is paired
   * with, as if it sat under that key; other fields of the pair are walked as usual.
   */
  function walkPair(
    obj: object,
    keys: string[],
    depth: number,
    st: State,
    parentKey: string | undefined,
  ): Record<string, unknown> | undefined {
    // Most objects have no `value` key: a length check settles it before any regex runs.
    const valueKey = keys.find((k) => k.length === 5 && PAIR_VALUE.test(k));
    if (valueKey === undefined) return undefined;
    const nameKey = keys.find((k) => k.length <= 5 && PAIR_NAME.test(k));
    if (nameKey === undefined) return undefined;
    const name = read(obj, nameKey);
    // A field's name is one token (`given_name`, `SENTRY_AUTH_TOKEN`, `Content-Type`); `{ name: 'Jane Roe', … }` is a person.
    if (typeof name !== 'string' || !FIELD_NAME.test(name)) return undefined;
    const value = read(obj, valueKey);
    const info = o.keyInfo(name);
    const hit = info.hit ?? valueHit(info, value);
    const out: Record<string, unknown> = {};
    // In the object's own key order, so the output reads like the input.
    for (const k of keys) {
      if (k === nameKey) put(out, k, walk(name, depth + 1, k, st));
      else if (k === valueKey)
        put(out, k, hit ? byKey(value, hit, name, info, depth + 1, st) : walk(value, depth + 1, name, st));
      else walkProps(obj, [k], out, depth, parentKey, st);
    }
    return out;
  }

  function walkList(items: Iterable<unknown>, size: number, depth: number, key: string | undefined, st: State) {
    const n = Math.min(size, o.maxBreadth);
    const out: unknown[] = [];
    if (Array.isArray(items)) {
      // Index access, not iteration: a sparse array with length 1e9 costs only `maxBreadth` reads.
      for (let i = 0; i < n; i++) out.push(walk(read(items, i), depth + 1, key, st));
    } else {
      for (const item of items) {
        if (out.length >= n) break;
        out.push(walk(item, depth + 1, key, st));
      }
    }
    if (size > n) out.push(truncatedItems(size - n));
    return out;
  }

  function walkMap(map: Map<unknown, unknown>, depth: number, key: string | undefined, st: State): unknown {
    const plain: Record<string, unknown> = {};
    let i = 0;
    for (const [k, v] of map) {
      if (i++ === o.maxBreadth) break;
      // Entries with other keys stay pairs (`[[key, value], …]`); string and number keys get key rules.
      if (typeof k !== 'string' && typeof k !== 'number') return walkList(map, map.size, depth, key, st);
      put(plain, String(k), v);
    }
    const out = walkProps(plain, Object.keys(plain), {}, depth, key, st);
    if (map.size > o.maxBreadth) put(out, TRUNCATED_KEY, truncatedItems(map.size - o.maxBreadth));
    return out;
  }

  function walkError(err: Error, depth: number, st: State): unknown {
    // The name (`TypeError`) and the stack frames are what debugging needs; the text inside is scanned like any string.
    const out: Record<string, unknown> = {
      name: o.scanText(String(read(err, 'name'))),
      message: o.scanText(String(read(err, 'message'))),
    };
    const stack = read(err, 'stack');
    if (typeof stack === 'string') out.stack = o.scanText(stack);
    if ('cause' in err) out.cause = walk(read(err, 'cause'), depth + 1, 'cause', st);
    const errors = read(err, 'errors');
    if (Array.isArray(errors)) out.errors = walk(errors, depth + 1, 'errors', st);
    // Own fields not written above (`code`, `statusCode`, …) are walked like any object's.
    const own = Object.keys(err).filter((k) => !(k in out));
    return walkProps(err, own, out, depth, undefined, st);
  }

  function walkProps(
    obj: object,
    keys: string[],
    out: Record<string, unknown>,
    depth: number,
    parentKey: string | undefined,
    st: State,
  ): Record<string, unknown> {
    const n = Math.min(keys.length, o.maxBreadth);
    let personal: boolean | undefined;
    for (let i = 0; i < n; i++) {
      const k = keys[i] as string;
      const info = o.keyInfo(k);
      const value = read(obj, k);
      let hit = info.hit ?? valueHit(info, value);
      if (hit === null && info.numberWord && parentKey !== undefined && o.keyInfo(parentKey).cardContext)
        hit = CARD_HIT;
      if (hit === null && o.contextualNames && info.nameWord) {
        personal ??= isPersonal(keys, n, parentKey);
        if (personal) hit = NAME_HIT;
      }
      put(out, info.out, hit ? byKey(value, hit, k, info, depth + 1, st) : walk(value, depth + 1, k, st));
    }
    if (keys.length > n) put(out, TRUNCATED_KEY, truncatedItems(keys.length - n));
    return out;
  }

  /** `name` is a person's when its object sits under `user`/`customer`/… or carries other personal fields. */
  function isPersonal(keys: string[], n: number, parentKey: string | undefined): boolean {
    if (parentKey !== undefined && o.keyInfo(parentKey).person) return true;
    for (let i = 0; i < n; i++) {
      const hit = o.keyInfo(keys[i] as string).hit;
      if (hit !== null && PERSONAL_KINDS.has(hit.kind)) return true;
    }
    return false;
  }

  const state = (): State => ({ nodes: 0, ancestors: [] });
  const finish = (result: unknown, st: State) =>
    st.echoes === undefined ? result : replaceEchoes(result, st.echoes, o.replace);
  return {
    value(value) {
      const st = state();
      return finish(walk(value, 0, undefined, st), st);
    },
    field(key, value) {
      const info = o.keyInfo(key);
      const st = state();
      return finish(info.hit === null ? walk(value, 0, key, st) : byKey(value, info.hit, key, info, 0, st), st);
    },
  };
}
