/**
 * One simulated Lambda invocation = one extra dimension, five metrics, one
 * flush to a null destination; @valine/metrics, Powertools Metrics and
 * aws-embedded-metrics side by side in one run.
 * Run: `npx tsx bench/metrics.ts`
 */
import { Metrics as PowertoolsMetrics, MetricUnit as PowertoolsUnit } from '@aws-lambda-powertools/metrics';
import { Bench } from 'tinybench';
import { createMetrics, MetricUnit } from '../packages/metrics/src/index.js';

// aws-embedded-metrics reads its configuration when it is loaded: local (stdout) sink, same namespace and service.
process.env.AWS_EMF_ENVIRONMENT = 'Local';
process.env.AWS_EMF_NAMESPACE = 'Shop';
process.env.AWS_EMF_SERVICE_NAME = 'orders';
const { createMetricsLogger, Unit: EmfUnit } = await import('aws-embedded-metrics');

// Every library hands its finished EMF line to the same no-op write: what each costs, not what the pipe costs.
let bytes = 0;
const nullWrite = (chunk: string | Uint8Array): boolean => {
  bytes += chunk.length;
  return true;
};
const realWrite = process.stdout.write.bind(process.stdout);
const print = (text: string) => realWrite(`${text}\n`);

const ROUTE = 'POST /orders';

const valine = createMetrics({ namespace: 'Shop', service: 'orders', output: (line) => nullWrite(`${line}\n`) });
function valineInvocation(): void {
  valine.addDimensions({ route: ROUTE });
  valine.add('OrderCreated', MetricUnit.Count, 1);
  valine.add('OrderValue', MetricUnit.None, 129.9);
  valine.add('ItemsPerOrder', MetricUnit.Count, 3);
  valine.add('DbLatency', MetricUnit.Milliseconds, 12.4);
  valine.add('PaymentLatency', MetricUnit.Milliseconds, 230.5);
  valine.flush();
}

const powertools = new PowertoolsMetrics({ namespace: 'Shop', serviceName: 'orders' });
function powertoolsInvocation(): void {
  powertools.addDimension('route', ROUTE);
  powertools.addMetric('OrderCreated', PowertoolsUnit.Count, 1);
  powertools.addMetric('OrderValue', PowertoolsUnit.NoUnit, 129.9);
  powertools.addMetric('ItemsPerOrder', PowertoolsUnit.Count, 3);
  powertools.addMetric('DbLatency', PowertoolsUnit.Milliseconds, 12.4);
  powertools.addMetric('PaymentLatency', PowertoolsUnit.Milliseconds, 230.5);
  powertools.publishStoredMetrics();
}

async function embeddedMetricsInvocation(): Promise<void> {
  // A logger per invocation is how `metricScope` (the library's Lambda wrapper) uses it.
  const logger = createMetricsLogger();
  logger.putDimensions({ route: ROUTE });
  logger.putMetric('OrderCreated', 1, EmfUnit.Count);
  logger.putMetric('OrderValue', 129.9, EmfUnit.None);
  logger.putMetric('ItemsPerOrder', 3, EmfUnit.Count);
  logger.putMetric('DbLatency', 12.4, EmfUnit.Milliseconds);
  logger.putMetric('PaymentLatency', 230.5, EmfUnit.Milliseconds);
  await logger.flush();
}

const NAMES = {
  valine: '@valine/metrics',
  powertools: 'Powertools Metrics',
  emf: 'aws-embedded-metrics',
} as const;

process.stdout.write = nullWrite as typeof process.stdout.write;
const bench = new Bench({ time: 3_000, warmupTime: 500 });
bench
  .add(NAMES.valine, valineInvocation)
  .add(NAMES.powertools, powertoolsInvocation)
  .add(NAMES.emf, embeddedMetricsInvocation);
try {
  await bench.run();
} finally {
  process.stdout.write = realWrite as typeof process.stdout.write;
}

const opsPerSecond = new Map<string, number>();
for (const task of bench.tasks) {
  const result = task.result as { period?: number } | undefined;
  opsPerSecond.set(task.name, result?.period ? 1000 / result.period : 0);
}
const ours = opsPerSecond.get(NAMES.valine) ?? 0;
const format = (n: number) => Math.round(n).toLocaleString('en-US');
print(`\n| Library (one invocation: 1 dimension, 5 metrics, flush) | invocations/s | @valine/metrics vs this |`);
print('|---|---:|---:|');
for (const [name, ops] of opsPerSecond) print(`| ${name} | ${format(ops)} | ${(ours / ops).toFixed(2)}× |`);
const powertoolsOps = opsPerSecond.get(NAMES.powertools) ?? 1;
const emfOps = opsPerSecond.get(NAMES.emf) ?? 1;
print(
  `\nTarget ≥ 1.50× Powertools Metrics: ${(ours / powertoolsOps).toFixed(2)}×. ` +
    `Powertools vs aws-embedded-metrics: ${(powertoolsOps / emfOps).toFixed(2)}×. ` +
    `(${(bytes / 1024 / 1024).toFixed(0)} MB of EMF written to the null sink.)`,
);
