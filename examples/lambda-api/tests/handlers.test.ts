import { piiMatchers } from '@valine/pii/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReceivedEnvelope, type SentryEndpoint, startSentryEndpoint } from '../../../tools/test/sentryEndpoint.js';
import { type CloudWatchLine, splitInvocations } from '../src/cloudWatchLines.js';
import { type InvocationReport, invokeScenario } from '../src/invoke.js';
import { FUNCTIONS, type FunctionName, JANE, plantedIn, SAM, SCENARIO } from '../src/samples.js';
import { emfProblems, metricNames } from './emf.js';

/**
 * Runs the whole sample scenario once, each function in its own process as
 * on Lambda, with Sentry pointed at a local endpoint, and checks what the
 * functions wrote to stdout/stderr (what CloudWatch Logs would receive) and
 * what the Sentry SDK sent.
 */

interface SentryEvent {
  exception: { values: { type: string; value: string; stacktrace: { frames: { function?: string }[] } }[] };
  user: Record<string, unknown>;
  tags: Record<string, string>;
}

piiMatchers();

let sentry: SentryEndpoint;
let reports: InvocationReport[];
const rawLines: string[] = [];
const byRequest = new Map<string, CloudWatchLine[]>();
let envelope: ReceivedEnvelope;

beforeAll(async () => {
  sentry = await startSentryEndpoint();
  const linesByFn = new Map<FunctionName, string[]>();
  reports = await invokeScenario({
    env: { SENTRY_DSN: sentry.dsn, STAGE: 'test' },
    onLogLine: (line, fn) => {
      rawLines.push(line);
      linesByFn.set(fn, [...(linesByFn.get(fn) ?? []), line]);
    },
  });
  for (const lines of linesByFn.values()) {
    for (const invocation of splitInvocations(lines)) byRequest.set(invocation.requestId, invocation.lines);
  }
  envelope = await sentry.waitForEvent(10_000);
}, 90_000);

afterAll(() => sentry?.close());

const linesOf = (report: InvocationReport, kind: CloudWatchLine['kind']) =>
  (byRequest.get(report.requestId) ?? []).filter((line) => line.kind === kind);

describe('the sample scenario', () => {
  it('gets the expected response from every invocation, including the deliberate failure', () => {
    expect(reports).toHaveLength(SCENARIO.length);
    expect(reports.filter((r) => !r.ok)).toEqual([]);
    expect(reports.find((r) => r.fn === 'posts' && r.status === 'error')?.title).toMatch(/card number/);
  });

  it('writes no planted email, phone, card, name, IP or token to any line', () => {
    expect(rawLines.length).toBeGreaterThan(50);
    const leaks = rawLines.filter((line) => plantedIn(line).length > 0);
    expect(leaks).toEqual([]);
  });

  it('writes records in which the default rule set finds nothing left to scrub', () => {
    const records = [...byRequest.values()].flat().filter((line) => line.record);
    expect(records.length).toBeGreaterThan(30);
    for (const { record } of records) expect(record).toContainNoPII();
  });

  it('writes only JSON records between the runtime lines', () => {
    const stray = rawLines.filter((line) => !/^(START|END|REPORT) RequestId/.test(line) && !line.startsWith('{'));
    expect(stray).toEqual([]);
  });
});

describe('log records', () => {
  it('carry the request id, function fields and safe ids', () => {
    for (const report of reports) {
      const logs = linesOf(report, 'log').map((l) => l.record!);
      expect(logs.length, `[${report.step}] has log lines`).toBeGreaterThan(0);
      for (const log of logs) {
        expect(log.function_request_id).toBe(report.requestId);
        expect(log.function_name).toBe(`valine-api-${report.fn}`);
        expect(log.service).toBe('valine-api');
      }
    }
    const signup = reports[0]!;
    const created = linesOf(signup, 'log').find((l) => l.record?.message?.toString().startsWith('profile created'));
    expect(created?.record).toMatchObject({ userId: JANE.id, username: JANE.username });
    expect(rawLines.some((line) => line.includes(SAM.id))).toBe(true);
  });

  it('mark the first invocation of each function as a cold start and the others warm', () => {
    for (const fn of FUNCTIONS) {
      const mine = reports.filter((r) => r.fn === fn);
      expect(mine.length).toBeGreaterThanOrEqual(2);
      const coldFlags = mine.map((r) => linesOf(r, 'log').map((l) => l.record!.cold_start));
      expect(
        coldFlags[0]!.every((flag) => flag === true),
        `${fn} first invocation cold`,
      ).toBe(true);
      for (const flags of coldFlags.slice(1)) expect(flags.every((flag) => flag === false)).toBe(true);
    }
  });

  it('log the request with headers, IP, cookies and body fields redacted', () => {
    const request = linesOf(reports[0]!, 'log').find((l) => l.record?.message === 'request received')?.record
      ?.request as Record<string, Record<string, unknown>>;
    expect(request.headers!.authorization).not.toMatch(/^Bearer eyJ/);
    expect(request.headers!['x-forwarded-for']).not.toContain('203.0.113.42');
    expect(request.body).toMatchObject({ username: JANE.username });
    expect(request.body!.email).not.toContain('@');
  });

  it('log the deliberate failure once, as an error whose name survives and message is scrubbed', () => {
    const failure = reports.find((r) => r.status === 'error')!;
    const errors = linesOf(failure, 'log').filter((l) => String(l.record!.level).toLowerCase() === 'error');
    expect(errors).toHaveLength(1);
    const err = errors[0]!.record!.err as Record<string, unknown>;
    expect(err.name ?? err.type).toBe('ModerationError');
    expect(String(err.message)).toMatch(/rejected/);
    expect(String(err.stack)).toMatch(/at createPost \(.*\/posts\//);
  });
});

describe('EMF metric documents', () => {
  it('are valid Embedded Metric Format', () => {
    const docs = reports.flatMap((r) => linesOf(r, 'emf').map((l) => l.record!));
    expect(docs.length).toBeGreaterThanOrEqual(reports.length);
    for (const doc of docs) expect(emfProblems(doc)).toEqual([]);
  });

  it('emit ColdStart once per function, in its first invocation, and the business metrics', () => {
    for (const fn of FUNCTIONS) {
      const counts = reports
        .filter((r) => r.fn === fn)
        .map((r) => linesOf(r, 'emf').filter((l) => metricNames(l.record!).includes('ColdStart')).length);
      expect(counts[0], fn).toBe(1);
      expect(
        counts.slice(1).every((n) => n === 0),
        fn,
      ).toBe(true);
    }
    const names = (step: number) => linesOf(reports[step]!, 'emf').flatMap((l) => metricNames(l.record!));
    expect(names(0)).toContain('UserSignedUp');
    expect(names(4)).toContain('PostRejected');
    expect(names(10)).toContain('MessageSent');
  });
});

describe('the Sentry event of the failure', () => {
  it('arrives over HTTP without any planted value, keeping the error type, user id and stack', () => {
    expect(plantedIn(envelope.raw)).toEqual([]);
    const event = envelope.items.find((item) => item.header.type === 'event')!.payload as SentryEvent;
    const exception = event.exception.values[0]!;
    expect(exception.type).toBe('ModerationError');
    expect(exception.value).toMatch(/rejected/);
    expect(exception.stacktrace.frames.some((f) => f.function === 'createPost')).toBe(true);
    expect(event.user).toEqual({ id: JANE.id });
    expect(event.tags.function).toBe('valine-api-posts');
  });
});
