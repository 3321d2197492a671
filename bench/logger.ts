/**
 * A typical API log record written to a null destination by each logger side
 * by side in one run, in two scenarios: the same record on every line, and a
 * stream of different records (fresh request and user IDs, emails, IPs, phones
 * and notes on every line, as in production, so no logger profits from
 * repetition); then heap use over a million lines.
 * Run: `npx tsx bench/logger.ts`
 */
import { Console } from 'node:console';
import { Writable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';
import { pino } from 'pino';
import { Bench } from 'tinybench';
import winston from 'winston';
import { createLogger } from '../packages/logger/src/index.js';

const record = {
  requestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
  route: 'POST /users/{id}/invites',
  status: 201,
  durationMs: 42.7,
  user: { id: '6f1c2d1e-9a4b-4c55-8d2e-1f0a9b3c7d10', email: 'ana.lima@example.com', ip: '203.0.113.42' },
  headers: {
    authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl',
    'content-type': 'application/json',
    'user-agent': 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15',
  },
  note: 'Customer asked to be called back at +1 415-555-0132 or mailed at ana.lima@example.com',
};
const MESSAGE = 'request completed';

/** Deterministic, so every run and every logger sees the same stream. */
function* randomInts(seed: number): Generator<number, never> {
  let state = seed;
  for (;;) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    yield state >>> 8;
  }
}
const ints = randomInts(20261129);
const int = (below: number) => (ints.next().value as number) % below;
const pick = <T>(items: readonly T[]) => items[int(items.length)] as T;
const hex = (length: number) => Array.from({ length }, () => int(16).toString(16)).join('');
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
const FIRST = ['ana', 'li', 'omar', 'jo', 'priya', 'lukas', 'mei', 'sam', 'noah', 'zoe'];
const LAST = ['lima', 'wei', 'haddad', 'becker', 'rao', 'novak', 'ito', 'reyes', 'berg', 'okoro'];
const DOMAINS = ['example.com', 'mail.example.org', 'example.net', 'corp.example.io'];
const ROUTES = [
  'GET /posts/{id}',
  'POST /users/{id}/invites',
  'GET /connections?page=2',
  'POST /reels/{id}/likes',
  'POST /messages',
  'GET /notifications?unread=true',
];
const NOTES = [
  (email: string, phone: string) => `Customer asked to be called back at ${phone} or mailed at ${email}`,
  (email: string, phone: string) => `invite sent to ${email}; SMS fallback ${phone}`,
  (email: string) => `password reset requested for ${email}`,
  (_: string, phone: string) => `2FA code delivered to ${phone} after 2 retries`,
  () => `cache miss for feed page ${int(50)}, rebuilt in ${int(900)} ms`,
];
const VARIED_POOL = 16_384;
const variedRecords = Array.from({ length: VARIED_POOL }, () => {
  const email = `${pick(FIRST)}.${pick(LAST)}${int(1000)}@${pick(DOMAINS)}`;
  const phone = `+1 ${200 + int(700)}-555-${String(int(10_000)).padStart(4, '0')}`;
  return {
    requestId: uuid(),
    route: pick(ROUTES),
    status: pick([200, 200, 200, 201, 204, 400, 404, 500]),
    durationMs: int(300_000) / 100,
    user: { id: uuid(), email, ip: `203.0.${int(256)}.${int(256)}` },
    headers: {
      authorization: `Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI${hex(12)}In0.${hex(32)}`,
      'content-type': 'application/json',
      'user-agent': record.headers['user-agent'],
    },
    note: pick(NOTES)(email, phone),
  };
});
let nextRecord = 0;
/** Every logger walks the same stream; the pool is larger than any cache in the loggers under test. */
const varied = () => variedRecords[nextRecord++ & (VARIED_POOL - 1)] as typeof record;

// Plain objects with a no-op write: what each logger does, not what a stream costs.
const nullDestination = { write: (_line: string) => undefined };
const nullWritable = new Writable({ write: (_chunk, _encoding, done) => done() });

const pinoPlain = pino({ level: 'info' }, nullDestination);
const pinoRedact = pino(
  { level: 'info', redact: ['user.email', 'user.ip', 'headers.authorization', 'headers.cookie'] },
  nullDestination,
);
const valine = createLogger({ service: 'users', level: 'info', destination: nullDestination });
const powertools = new PowertoolsLogger({ serviceName: 'users', logLevel: 'INFO' });
// Powertools prints through its own Console on process.stdout; point that Console at a null sink instead.
(powertools as unknown as { console: Console }).console = new Console({ stdout: nullWritable, stderr: nullWritable });
const winstonJson = winston.createLogger({
  level: 'info',
  format: winston.format.combine(winston.format.timestamp(), winston.format.json()),
  transports: [new winston.transports.Stream({ stream: nullWritable })],
});

type Next = () => typeof record;
const tasks = (next: Next): [string, () => void][] => [
  ['pino (no redaction)', () => pinoPlain.info(next(), MESSAGE)],
  ['pino (redact paths)', () => pinoRedact.info(next(), MESSAGE)],
  ['@valine/logger (full scrubbing)', () => valine.info(next(), MESSAGE)],
  ['Powertools Logger', () => powertools.info(MESSAGE, next())],
  ['winston (json)', () => winstonJson.info(MESSAGE, next())],
];

// Short interleaved rounds, each in a rotated order, and the median per logger: on a shared machine, load
// shifts between rounds hit every logger alike instead of whichever happened to run at that moment, and no
// logger always pays for the garbage of the one before it. The targets are the median of the ratios taken
// within each round, where the two loggers ran seconds apart.
const ROUNDS = 9;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const format = (n: number) => Math.round(n).toLocaleString('en-US');
const OURS = '@valine/logger (full scrubbing)';

async function scenario(title: string, next: Next) {
  const samples = new Map<string, number[]>();
  const all = tasks(next);
  for (let round = 0; round < ROUNDS; round++) {
    const bench = new Bench({ time: 400, warmupTime: 100 });
    const shift = round % all.length;
    for (const [name, fn] of [...all.slice(shift), ...all.slice(0, shift)]) bench.add(name, fn);
    await bench.run();
    for (const task of bench.tasks) {
      const result = task.result as { period?: number } | undefined;
      samples.set(task.name, [...(samples.get(task.name) ?? []), result?.period ? 1000 / result.period : 0]);
    }
  }
  const opsPerSecond = new Map(all.map(([name]) => [name, median(samples.get(name) ?? [])]));
  const perRound = (peer: string) =>
    (samples.get(OURS) ?? []).map((ops, round) => ops / (samples.get(peer)?.[round] ?? Number.NaN));
  const ratio = (peer: string) => median(perRound(peer));
  console.log(`\n### ${title}\n\n| Logger | ops/s (median) | @valine/logger vs this (median of per-round ratios) |`);
  console.log('|---|---:|---:|');
  for (const [name, ops] of opsPerSecond) console.log(`| ${name} | ${format(ops)} | ${ratio(name).toFixed(2)}× |`);
  console.log(
    `\nTargets: ≥ 0.60× pino (redact paths): ${ratio('pino (redact paths)').toFixed(2)}×; ` +
      `≥ 1.50× Powertools Logger: ${ratio('Powertools Logger').toFixed(2)}× ` +
      `(per-round ratios ${perRound('Powertools Logger')
        .map((r) => r.toFixed(2))
        .join(', ')})`,
  );
}

console.log(`Node ${process.version}, ${new Date().toISOString()}`);
await scenario('The same record on every line', () => record);
await scenario(`A different record on every line (${VARIED_POOL.toLocaleString('en-US')} in rotation)`, varied);

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const LINES = 1_000_000;
gc();
const before = process.memoryUsage().heapUsed;
for (let i = 0; i < LINES; i++) valine.info(varied(), MESSAGE);
gc();
const after = process.memoryUsage().heapUsed;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);
console.log(
  `\nHeap over ${LINES.toLocaleString('en-US')} varied lines: ${mb(before)} MB before, ${mb(after)} MB after (${mb(after - before)} MB)`,
);
