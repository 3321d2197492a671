/**
 * One typical API log record, written to a null destination by each logger
 * side by side in one run; then heap use over a million lines.
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

const tasks: [string, () => void][] = [
  ['pino (no redaction)', () => pinoPlain.info(record, MESSAGE)],
  ['pino (redact paths)', () => pinoRedact.info(record, MESSAGE)],
  ['@valine/logger (full scrubbing)', () => valine.info(record, MESSAGE)],
  ['Powertools Logger', () => powertools.info(MESSAGE, record)],
  ['winston (json)', () => winstonJson.info(MESSAGE, record)],
];

// Short interleaved rounds and the median per logger: on a shared machine, load shifts between rounds
// hit every logger alike instead of whichever happened to run at that moment.
const ROUNDS = 7;
const samples = new Map<string, number[]>(tasks.map(([name]) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  const bench = new Bench({ time: 400, warmupTime: 100 });
  for (const [name, fn] of tasks) bench.add(name, fn);
  await bench.run();
  for (const task of bench.tasks) {
    const result = task.result as { period?: number } | undefined;
    samples.get(task.name)?.push(result?.period ? 1000 / result.period : 0);
  }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const opsPerSecond = new Map([...samples].map(([name, values]) => [name, median(values)]));
const ours = opsPerSecond.get('@valine/logger (full scrubbing)') ?? 0;
const format = (n: number) => Math.round(n).toLocaleString('en-US');
console.log(`\n| Logger | ops/s | @valine/logger vs this |`);
console.log('|---|---:|---:|');
for (const [name, ops] of opsPerSecond) console.log(`| ${name} | ${format(ops)} | ${(ours / ops).toFixed(2)}× |`);
console.log(
  `\nTargets: ≥ 0.60× pino (redact paths): ${(ours / (opsPerSecond.get('pino (redact paths)') ?? 1)).toFixed(2)}×; ` +
    `≥ 1.50× Powertools Logger: ${(ours / (opsPerSecond.get('Powertools Logger') ?? 1)).toFixed(2)}×`,
);

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const LINES = 1_000_000;
gc();
const before = process.memoryUsage().heapUsed;
for (let i = 0; i < LINES; i++) valine.info(record, MESSAGE);
gc();
const after = process.memoryUsage().heapUsed;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);
console.log(
  `\nHeap over ${LINES.toLocaleString('en-US')} lines: ${mb(before)} MB before, ${mb(after)} MB after (${mb(after - before)} MB)`,
);
