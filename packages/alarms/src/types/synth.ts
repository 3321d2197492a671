import type { PutCompositeAlarmInput, PutMetricAlarmInput } from '@aws-sdk/client-cloudwatch';
import type { PutMetricFilterRequest } from '@aws-sdk/client-cloudwatch-logs';

/**
 * What `synth` produces for one stage: the exact request payloads per region.
 * This is the contract between the definitions side (validate, synth) and the
 * reconciler (`@valine/alarms/sync`: plan, sync, destroy).
 */
export interface Ownership {
  /** Every owned alarm name starts with this (`<stack>-<stage>-`). */
  namePrefix: string;
  /** Tag that marks an alarm as owned by this stack and stage. */
  tagKey: string;
  tagValue: string;
}

export interface SynthesizedRegion {
  region: string;
  /** Full PutMetricAlarm payloads, `Tags` included (the ownership tag among them). */
  metricAlarms: PutMetricAlarmInput[];
  /** Full PutCompositeAlarm payloads, `Tags` included, children listed before parents. */
  compositeAlarms: PutCompositeAlarmInput[];
  /** Full PutMetricFilter payloads; `filterName` starts with `ownership.namePrefix`. */
  metricFilters: PutMetricFilterRequest[];
}

export interface SynthesizedStage {
  stack: string;
  stage: string;
  ownership: Ownership;
  regions: SynthesizedRegion[];
}
