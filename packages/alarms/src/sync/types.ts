import type { PutCompositeAlarmInput, PutMetricAlarmInput } from '@aws-sdk/client-cloudwatch';
import type { PutMetricFilterRequest } from '@aws-sdk/client-cloudwatch-logs';
import type { Ownership } from '../types/synth.js';
import type { Operation } from './constants.js';

/** One field whose value differs between CloudWatch and the config, as the plan prints it. */
export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

/** Tags to add or overwrite (`TagResource`) and keys to drop (`UntagResource`). */
export interface TagChange {
  set: Record<string, string>;
  remove: string[];
}

export type AlarmKind = 'metric' | 'composite';

export type AlarmChange =
  | { action: 'create'; kind: 'metric'; name: string; input: PutMetricAlarmInput }
  | { action: 'create'; kind: 'composite'; name: string; input: PutCompositeAlarmInput }
  | {
      action: 'update';
      kind: 'metric';
      name: string;
      arn: string;
      /** `undefined` when only the tags differ (no PutMetricAlarm needed). */
      input: PutMetricAlarmInput | undefined;
      changes: FieldChange[];
      tags: TagChange;
    }
  | {
      action: 'update';
      kind: 'composite';
      name: string;
      arn: string;
      input: PutCompositeAlarmInput | undefined;
      changes: FieldChange[];
      tags: TagChange;
    }
  | { action: 'delete'; kind: AlarmKind; name: string };

export type MetricFilterChange =
  | { action: 'create'; name: string; logGroupName: string; input: PutMetricFilterRequest }
  | { action: 'update'; name: string; logGroupName: string; input: PutMetricFilterRequest; changes: FieldChange[] }
  /** `copies` > 1 only on emulators that keep duplicates under one name (moto); AWS has one. */
  | { action: 'delete'; name: string; logGroupName: string; copies: number };

/** A desired alarm whose name is taken by an alarm this stack does not own: never touched. */
export interface Conflict {
  name: string;
  reason: string;
}

export interface RegionPlan {
  region: string;
  alarms: AlarmChange[];
  metricFilters: MetricFilterChange[];
  conflicts: Conflict[];
  /** Log groups that hold desired metric filters but do not exist. */
  missingLogGroups: string[];
  /** Owned alarms and filters no longer in the config, left in place because `prune` is off. */
  orphans: string[];
  /** Alarms with the stack's name prefix but without its ownership tag: never changed or deleted. */
  unmanaged: string[];
  /** Alarms and filters whose definition already matches. */
  unchanged: number;
}

export interface PlanSummary {
  create: number;
  update: number;
  delete: number;
  conflicts: number;
}

export interface Plan {
  stack: string;
  stage: string;
  ownership: Ownership;
  /** `destroy` plans delete everything owned; `sync` plans converge on the config. */
  mode: 'sync' | 'destroy';
  prune: boolean;
  regions: RegionPlan[];
  summary: PlanSummary;
}

/** Calls per second allowed for each CloudWatch operation (per region). */
export type RateLimits = Partial<Record<Operation, number>>;

export interface ReadOptions {
  /** Delete owned alarms and filters that are no longer in the config. */
  prune?: boolean;
  /** Read every matched alarm's tags so tag drift on otherwise unchanged alarms is found (one call per alarm). */
  refreshTags?: boolean;
  /** Parallel requests at most (default 4). */
  concurrency?: number;
  /** Calls per second per operation; defaults to CloudWatch's default quotas. */
  rateLimits?: RateLimits;
  /** Retry attempts for throttling and transient errors (default 8). */
  maxAttempts?: number;
  /**
   * Name prefixes of other stages nested under this one (`app-prod-eu-` under
   * `app-prod-`): alarms and filters there belong to them and are skipped,
   * neither tag-read nor (for untagged metric filters) deleted.
   */
  excludePrefixes?: string[];
}

export interface ApplyOptions {
  concurrency?: number;
  rateLimits?: RateLimits;
  maxAttempts?: number;
  /** Create log groups that do not exist instead of failing their metric filters. */
  createLogGroups?: boolean;
  /** Called after every write, for progress output. */
  onProgress?: (event: ProgressEvent) => void;
}

export interface ProgressEvent {
  done: number;
  total: number;
  region: string;
  name: string;
  action: string;
  ok: boolean;
}

/** The AWS error behind a failed write, as reported to the user. */
export interface ReportedError {
  name: string;
  message: string;
  /** A service quota (`LimitExceeded`) rather than throttling: retrying will not help. */
  quota: boolean;
}

export interface ItemResult {
  region: string;
  /** Alarm name, or `<logGroup>:<filterName>` for metric filters. */
  name: string;
  action: 'create' | 'update' | 'delete' | 'tag' | 'create-log-group';
  target: 'alarm' | 'metric-filter' | 'log-group';
  ok: boolean;
  error?: ReportedError;
}

export interface ApplyResult {
  ok: boolean;
  results: ItemResult[];
  failed: ItemResult[];
}
