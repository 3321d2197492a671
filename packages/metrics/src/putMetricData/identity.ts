import { DimensionKey } from '../catalog/index.js';
import { DropReason, MetricResolution } from '../constants.js';
import type { DropLog } from '../dropLog.js';
import { collectDimensions } from '../emf/dimensions.js';
import type { Dimensions, MetricUnitValue } from '../types.js';
import { acceptedTimestamp, isValidMetricName, isValidResolution, isValidUnit } from '../validate.js';
import type { DatumIdentity } from './buffer.js';
import type { PutMetricOptions } from './types.js';

interface DimensionSet {
  list: ReadonlyArray<{ Name: string; Value: string }>;
  key: string;
}

function toSet(dimensions: Map<string, string>): DimensionSet {
  const list = [...dimensions]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([Name, Value]) => ({ Name, Value }));
  return { list, key: list.map((d) => `${d.Name}=${d.Value}`).join('\u0001') };
}

/**
 * Turns `add()` arguments into the identity of the datum they aggregate
 * into (name, unit, resolution, sorted dimensions, time bucket), or
 * undefined after tallying why the value is dropped. Default dimensions are
 * scrubbed and sorted once.
 */
export function createIdentityResolver(
  service: string | undefined,
  defaultDimensions: Dimensions | undefined,
  scrub: (key: string, value: string) => string,
  drops: DropLog,
) {
  const defaults = new Map<string, string>();
  if (service !== undefined) defaults.set(DimensionKey.Service, scrub(DimensionKey.Service, service));
  if (defaultDimensions) collectDimensions(defaultDimensions, defaults, undefined, scrub, drops);
  const defaultSet = toSet(defaults);

  return (name: string, unit: MetricUnitValue, options: PutMetricOptions | undefined): DatumIdentity | undefined => {
    if (!isValidMetricName(name)) return void drops.record(DropReason.InvalidName, String(name));
    if (!isValidUnit(unit)) return void drops.record(DropReason.InvalidUnit, name);
    const resolution = options?.resolution ?? MetricResolution.Standard;
    if (!isValidResolution(resolution)) return void drops.record(DropReason.InvalidResolution, name);
    const now = Date.now();
    const at = options?.timestamp === undefined ? now : acceptedTimestamp(options.timestamp, now);
    if (at === undefined) return void drops.record(DropReason.InvalidTimestamp, name);
    let set = defaultSet;
    if (options?.dimensions) {
      const extra = new Map<string, string>();
      collectDimensions(options.dimensions, extra, defaults, scrub, drops);
      if (extra.size > 0) set = toSet(new Map([...defaults, ...extra]));
    }
    const bucketMs = resolution * 1000;
    const timestamp = at - (at % bucketMs);
    return {
      key: `${name}\u0000${unit}\u0000${resolution}\u0000${timestamp}\u0000${set.key}`,
      name,
      unit,
      resolution,
      dimensions: set.list,
      timestamp,
    };
  };
}
