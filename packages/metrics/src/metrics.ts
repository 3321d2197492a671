import { createScrubber, Marker, type Scrubber } from '@valine/pii';
import { DimensionKey } from './catalog/index.js';
import { DropReason, MetricResolution } from './constants.js';
import { createDropLog, type DropLog } from './dropLog.js';
import { collectDimensions, createDimensionState, type DimensionState } from './emf/dimensions.js';
import { addMetadataField, metadataFragment } from './emf/metadata.js';
import {
  defineMetric,
  documentHead,
  type MetricDefinition,
  type MetricEntry,
  serializeDocuments,
} from './emf/serialize.js';
import { resolveNamespace, resolveService } from './env.js';
import { stdoutOutput } from './output.js';
import { createDimensionScrubber } from './scrubCache.js';
import type { AddOptions, Dimensions, LineOutput, Metrics, MetricsOptions, MetricUnitValue } from './types.js';
import { acceptedTimestamp, isValidMetricName, isValidResolution, isValidUnit, isValidValue } from './validate.js';
import { safeWarn, stderrLogger } from './warnLogger.js';

const MAX_CACHED_DEFINITIONS = 1000;
const AWS_KEY = '_aws';

interface Shared {
  namespace: string;
  namespaceJson: string;
  service: string;
  output: LineOutput;
  scrubber: Scrubber;
  scrubDimension: (key: string, value: string) => string;
  drops: DropLog;
}

function createShared(options: MetricsOptions): Shared {
  const scrubber = options.scrubber ?? createScrubber();
  const logger = safeWarn(options.logger ?? stderrLogger(scrubber), scrubber);
  const namespace = resolveNamespace(options.namespace);
  const userOutput = options.output ?? stdoutOutput;
  const output: LineOutput = (line) => {
    try {
      userOutput(line);
    } catch {
      // The host's output failing must not fail the request; the line is lost.
    }
  };
  return {
    namespace,
    namespaceJson: JSON.stringify(namespace),
    service: resolveService(options.service),
    output,
    scrubber,
    scrubDimension: createDimensionScrubber(scrubber),
    drops: createDropLog(logger),
  };
}

function build(shared: Shared, extraDefaults: Dimensions | undefined): Metrics {
  const { drops } = shared;
  const defaults = new Map<string, string>([
    [DimensionKey.Service, shared.scrubDimension(DimensionKey.Service, shared.service)],
  ]);
  if (extraDefaults) collectDimensions(extraDefaults, defaults, undefined, shared.scrubDimension, drops);
  const dimensions: DimensionState = createDimensionState(defaults);
  const definitions = new Map<string, MetricDefinition>();
  let entries = new Map<string, MetricEntry>();
  let metadata: Map<string, string> | undefined;
  let timestamp: number | undefined;

  function definitionFor(name: string, unit: MetricUnitValue, resolution: number): MetricDefinition | undefined {
    const cached = definitions.get(name);
    if (cached && cached.unit === unit && cached.resolution === resolution) return cached;
    if (!isValidMetricName(name)) return void drops.record(DropReason.InvalidName, String(name));
    if (!isValidUnit(unit)) return void drops.record(DropReason.InvalidUnit, name);
    if (!isValidResolution(resolution)) return void drops.record(DropReason.InvalidResolution, name);
    const definition = defineMetric(name, unit, resolution);
    if (definitions.size >= MAX_CACHED_DEFINITIONS) definitions.clear();
    definitions.set(name, definition);
    return definition;
  }

  function write(): void {
    const current = dimensions.current();
    const accepted: MetricEntry[] = [];
    for (const entry of entries.values()) {
      const { name } = entry.definition;
      if (name === AWS_KEY || dimensions.has(name)) drops.record(DropReason.KeyCollision, name);
      else accepted.push(entry);
    }
    if (accepted.length === 0) return;
    const tail =
      current.root +
      metadataFragment(metadata, (key) => key === AWS_KEY || dimensions.has(key) || entries.has(key), drops);
    const head = documentHead(timestamp ?? Date.now(), shared.namespaceJson, current.keys);
    serializeDocuments(head, tail, accepted, shared.output);
  }

  const metrics: Metrics = {
    namespace: shared.namespace,
    service: shared.service,
    add(name, unit, value, options?: AddOptions) {
      try {
        const resolution = options?.resolution ?? MetricResolution.Standard;
        const definition = definitionFor(name, unit, resolution);
        if (!definition) return;
        if (!isValidValue(value)) return drops.record(DropReason.InvalidValue, name);
        const entry = entries.get(name);
        if (!entry) entries.set(name, { definition, values: [value] });
        else if (entry.definition.unit === unit && entry.definition.resolution === resolution) entry.values.push(value);
        else drops.record(DropReason.ConflictingDefinition, name);
      } catch {
        drops.record(DropReason.InvalidName, Marker.unreadable);
      }
    },
    addDimensions(input) {
      try {
        dimensions.add(input, shared.scrubDimension, drops);
      } catch {
        drops.record(DropReason.InvalidDimension, Marker.unreadable);
      }
    },
    addMetadata(key, value) {
      try {
        metadata ??= new Map();
        addMetadataField(metadata, key, value, shared.scrubber, drops);
      } catch {
        drops.record(DropReason.InvalidMetadata, Marker.unreadable);
      }
    },
    setTimestamp(input) {
      const accepted = acceptedTimestamp(input, Date.now());
      if (accepted === undefined)
        drops.record(DropReason.InvalidTimestamp, typeof input === 'number' ? String(input) : 'Date');
      else timestamp = accepted;
    },
    flush() {
      try {
        if (entries.size > 0) write();
      } catch {
        drops.record(DropReason.InvalidMetadata, '[unserializable]');
      } finally {
        entries = new Map();
        metadata = undefined;
        timestamp = undefined;
        dimensions.clear();
        drops.report();
      }
    },
    singleMetric(extra) {
      const single = build(shared, undefined);
      if (extra) single.addDimensions(extra);
      return single;
    },
  };
  return metrics;
}

/**
 * Creates an EMF metrics buffer. `flush()` writes one JSON line per
 * document to stdout synchronously; CloudWatch Logs turns the lines into
 * metrics, so recording a metric costs no API call on the request path.
 * Dimension values and metadata are scrubbed with `@valine/pii` (EMF lines
 * are log lines). Bad input is dropped with one warning per kind per flush.
 *
 * @example
 * ```ts
 * import { createMetrics, MetricUnit } from '@valine/metrics';
 *
 * const metrics = createMetrics({ namespace: 'Shop', service: 'orders' });
 * metrics.addDimensions({ route: 'POST /orders' });
 * metrics.add('OrderCreated', MetricUnit.Count, 1);
 * metrics.add('Latency', MetricUnit.Milliseconds, 87, { resolution: MetricResolution.High });
 * metrics.flush();
 * ```
 */
export function createMetrics(options: MetricsOptions = {}): Metrics {
  const shared = createShared(options ?? {});
  return build(shared, options?.defaultDimensions);
}
