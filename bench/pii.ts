/**
 * @valine/pii side by side with @redactpii/node, redact-pii (its synchronous
 * API: the async one only adds Google DLP), @pinojs/redact (key paths only)
 * and JSON.stringify as the floor, on the same inputs in one run:
 * mixed log text (MB/s) — the PII-dense detection corpus, and an ordinary Lambda log stream
 * (bench/fixtures/logStream.ts, about 1.7 % of its lines carrying PII) —, typical log objects (ops/s), worst time on 50 KB
 * adversarial strings, and detection quality on bench/fixtures/piiCorpus.ts and
 * on every held-out set, bench/fixtures/piiHoldout.ts and piiHoldout2.ts … piiHoldoutN.ts
 * (one row per set, then all of them pooled).
 * Run: `npx tsx bench/pii.ts`
 */
import { readdirSync } from 'node:fs';
import pinoRedact from '@pinojs/redact';
import { Redactor } from '@redactpii/node';
import { SyncRedactor } from 'redact-pii';
import { Bench } from 'tinybench';
import { createScrubber } from '../packages/pii/src/index.js';
import { logStream } from './fixtures/logStream.js';
import type { CorpusEntry } from './fixtures/piiCorpus.js';
import { piiCorpus } from './fixtures/piiCorpus.js';
import { piiHoldout } from './fixtures/piiHoldout.js';

const valine = createScrubber();
/** The same rules with the clean-string cache off: what a stream of never-repeated strings costs. */
const valineNoCache = createScrubber({ limits: { cleanCacheSize: 0 } });
const redactpii = new Redactor();
const redactPii = new SyncRedactor();
/** What a typical pino `redact` config lists; it can only act on these paths. */
const pinoPaths = pinoRedact({
  paths: [
    'password',
    'email',
    '*.password',
    '*.email',
    'user.email',
    'headers.authorization',
    'headers.cookie',
    'req.headers.authorization',
    'payment.cardNumber',
  ],
  strict: false,
});

const lines = piiCorpus.map((e) => (typeof e.input === 'string' ? e.input : JSON.stringify(e.input)));
const events = piiCorpus.filter((e) => typeof e.input !== 'string').map((e) => e.input as Record<string, unknown>);
const textBytes = lines.reduce((n, l) => n + Buffer.byteLength(l), 0);
const streamBytes = logStream.reduce((n, l) => n + Buffer.byteLength(l), 0);

type TextFn = (s: string) => string;
type ObjectFn = (o: Record<string, unknown>) => string;

const textLibs: Record<string, TextFn> = {
  '@valine/pii': (s) => valine.scrubString(s),
  '@valine/pii (cache off)': (s) => valineNoCache.scrubString(s),
  '@redactpii/node': (s) => redactpii.redact(s),
  'redact-pii': (s) => redactPii.redact(s),
  'JSON.stringify (floor)': (s) => JSON.stringify(s),
};
const objectLibs: Record<string, ObjectFn> = {
  '@valine/pii': (o) => JSON.stringify(valine.scrub(o)),
  '@valine/pii (cache off)': (o) => JSON.stringify(valineNoCache.scrub(o)),
  '@redactpii/node': (o) => JSON.stringify(redactpii.redactObject(o)),
  'redact-pii': (o) => redactPii.redact(JSON.stringify(o)),
  '@pinojs/redact (keys only)': (o) => pinoPaths(o) as string,
  'JSON.stringify (floor)': (o) => JSON.stringify(o),
};

const fmt = (n: number, digits = 1) => n.toLocaleString('en-US', { maximumFractionDigits: digits });

async function throughput() {
  const bench = new Bench({ time: 1500, warmupTime: 300 });
  for (const [name, fn] of Object.entries(textLibs)) {
    bench.add(`text ${name}`, () => {
      for (const l of lines) fn(l);
    });
  }
  for (const [name, fn] of Object.entries(textLibs)) {
    bench.add(`stream ${name}`, () => {
      for (const l of logStream) fn(l);
    });
  }
  for (const [name, fn] of Object.entries(objectLibs)) {
    bench.add(`objects ${name}`, () => {
      for (const e of events) fn(e);
    });
  }
  await bench.run();
  const mean = (name: string) => {
    const r = bench.getTask(name)?.result;
    return r && 'latency' in r ? r.latency.mean : Number.NaN;
  };
  const textTable = (task: string, title: string, bytes: number) => {
    const ours = mean(`${task} @valine/pii`);
    console.log(title);
    console.log('| library | MB/s | speed relative to @valine/pii |\n|---|---:|---:|');
    for (const name of Object.keys(textLibs)) {
      const ms = mean(`${task} ${name}`);
      console.log(`| ${name} | ${fmt(bytes / 1e6 / (ms / 1000))} | ${fmt(ours / ms, 2)}× |`);
    }
    const peer = mean(`${task} @redactpii/node`);
    console.log(
      `\nTarget ≥ 2× @redactpii/node: ${fmt(peer / ours, 2)}× (cache on), ${fmt(peer / mean(`${task} @valine/pii (cache off)`), 2)}× (cache off)`,
    );
  };
  textTable(
    'text',
    `### Mixed log text: the detection corpus (${lines.length} lines, ${fmt(textBytes / 1024)} KB per pass)\n`,
    textBytes,
  );
  textTable(
    'stream',
    `\n### Mixed log text: an ordinary Lambda log stream (bench/fixtures/logStream.ts, ${logStream.length} lines, ${fmt(streamBytes / 1024)} KB per pass)\n`,
    streamBytes,
  );
  const oursObj = mean('objects @valine/pii');
  console.log(`\n### Typical log objects (${events.length} events, scrubbed and serialized)\n`);
  console.log('| library | events/s | speed relative to @valine/pii |\n|---|---:|---:|');
  for (const name of Object.keys(objectLibs)) {
    const ms = mean(`objects ${name}`);
    console.log(`| ${name} | ${fmt((events.length * 1000) / ms, 0)} | ${fmt(oursObj / ms, 2)}× |`);
  }
}

const SIZE = 50_000;
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
const ADVERSARIAL: Record<string, string> = {
  'digits 1111…': fill('1'),
  'spaced digits 1 1 1…': fill('1 '),
  'dashed 12-12-…': fill('12-'),
  'dots ….': fill('.'),
  'dotted 1.1.1.1.…': fill('1.'),
  'ats @@@…': fill('@'),
  'aaaa@aaaa@…': fill('aaaa@'),
  'a@a.a@a.…': fill('a@a.'),
  'colons ::::…': fill(':'),
  'hex colons a1:a1:…': fill('a1:'),
  'eyJ.eyJ.…': fill('eyJ.'),
  '+1 +1 +1…': fill('+1 '),
  '(555) (555)…': fill('(555) '),
  'password=password=…': fill('password='),
  'a://b:c@…': fill('a://b:c'),
  'BEGIN BEGIN…': fill('-----BEGIN '),
  'Bearer Bearer…': fill('Bearer '),
  'AKIA1AKIA1…': fill('AKIA1'),
  'John John…': fill('John '),
  'mixed near-misses': fill('a1.B2-c3@d4:e5=f6/7%40 '),
};

function worstCase() {
  console.log(
    `\n### Worst time on ${SIZE / 1000} KB adversarial strings (median of 5 runs per input; one run when it takes over 250 ms)\n`,
  );
  console.log('| library | worst input | worst ms | all inputs total ms |\n|---|---|---:|---:|');
  for (const [name, fn] of Object.entries(textLibs)) {
    let worst = 0;
    let worstName = '';
    let total = 0;
    for (const [label, text] of Object.entries(ADVERSARIAL)) {
      const runs: number[] = [];
      // Peers can take seconds per input: one run is enough to show that.
      while (runs.length < 5 && !(runs.length > 0 && (runs[0] as number) > 250)) {
        const start = performance.now();
        fn(text);
        runs.push(performance.now() - start);
      }
      const median = runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)] as number;
      total += median;
      if (median > worst) {
        worst = median;
        worstName = label;
      }
    }
    console.log(`| ${name} | ${worstName} | ${fmt(worst, 2)} | ${fmt(total, 1)} |`);
  }
}

type Quality = { removed: number; kept: number };
type Scorer = (input: string | Record<string, unknown>) => string;
const scorers: Record<string, Scorer> = {
  '@valine/pii': (i) => (typeof i === 'string' ? valine.scrubString(i) : JSON.stringify(valine.scrub(i))),
  '@redactpii/node': (i) => (typeof i === 'string' ? redactpii.redact(i) : JSON.stringify(redactpii.redactObject(i))),
  'redact-pii': (i) => redactPii.redact(typeof i === 'string' ? i : JSON.stringify(i)),
  '@pinojs/redact (keys only)': (i) => (typeof i === 'string' ? i : (pinoPaths(i) as string)),
};
const contains = (out: string, needle: string) =>
  out.includes(needle) || out.includes(JSON.stringify(needle).slice(1, -1));
const totals = (set: CorpusEntry[]) => ({
  pii: set.reduce((n, e) => n + e.pii.length, 0),
  safe: set.reduce((n, e) => n + e.safe.length, 0),
});

function score(set: CorpusEntry[], fn: Scorer): Quality {
  let removed = 0;
  let kept = 0;
  for (const entry of set) {
    const out = fn(entry.input);
    removed += entry.pii.filter((p) => !contains(out, p)).length;
    kept += entry.safe.filter((t) => contains(out, t)).length;
  }
  return { removed, kept };
}

const pct = (part: number, whole: number) => `${fmt((100 * part) / whole, 2)} %`;

function quality(title: string, set: CorpusEntry[]) {
  const { pii, safe } = totals(set);
  console.log(`\n### ${title} (${set.length} log lines and events, ${pii} planted PII, ${safe} safe tokens)\n`);
  console.log('| library | PII removed | safe kept |\n|---|---:|---:|');
  for (const [name, fn] of Object.entries(scorers)) {
    const q = score(set, fn);
    console.log(`| ${name} | ${pct(q.removed, pii)} | ${pct(q.kept, safe)} |`);
  }
}

/** Every `bench/fixtures/piiHoldout<N>.ts`, in order: sets are added without touching this file. */
async function heldOutSets(): Promise<[string, CorpusEntry[]][]> {
  const sets: [string, CorpusEntry[]][] = [['piiHoldout', piiHoldout]];
  const numbers = readdirSync(new URL('./fixtures/', import.meta.url))
    .map((file) => /^piiHoldout(\d+)\.ts$/.exec(file)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
  for (const n of numbers) {
    const name = `piiHoldout${n}`;
    const mod = (await import(`./fixtures/${name}.js`)) as Record<string, CorpusEntry[]>;
    sets.push([name, mod[name] as CorpusEntry[]]);
  }
  return sets;
}

/** One row per held-out set (PII removed / safe kept for each library), then all sets pooled. */
async function heldOut() {
  const sets = await heldOutSets();
  const names = Object.keys(scorers);
  const all = sets.flatMap(([, set]) => set);
  const { pii, safe } = totals(all);
  console.log(
    `\n### Detection quality on the ${sets.length} blind held-out sets (bench/fixtures/piiHoldout*.ts; ${all.length} log lines and events, ${pii} planted PII, ${safe} safe tokens)\n`,
  );
  console.log('PII removed / safe kept, per set and pooled:\n');
  console.log(`| set | ${names.join(' | ')} |\n|---|${names.map(() => '---:|').join('')}`);
  const pooled = new Map(names.map((name) => [name, { removed: 0, kept: 0 }]));
  for (const [file, set] of sets) {
    const t = totals(set);
    const cells = names.map((name) => {
      const q = score(set, scorers[name] as Scorer);
      const sum = pooled.get(name) as Quality;
      sum.removed += q.removed;
      sum.kept += q.kept;
      return `${pct(q.removed, t.pii)} / ${pct(q.kept, t.safe)}`;
    });
    console.log(`| ${file} | ${cells.join(' | ')} |`);
  }
  const cells = names.map((name) => {
    const q = pooled.get(name) as Quality;
    return `**${pct(q.removed, pii)} / ${pct(q.kept, safe)}**`;
  });
  console.log(`| **all sets** | ${cells.join(' | ')} |`);
}

console.log(`Node ${process.version}, ${new Date().toISOString()}\n`);
await throughput();
worstCase();
quality('Detection quality on the in-repo corpus (bench/fixtures/piiCorpus.ts)', piiCorpus);
await heldOut();
