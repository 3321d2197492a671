import type { z } from 'zod';
import type { ValidationIssue } from '../errors.js';
import { PERIOD_HINT } from './payload/checks.js';
import { STATISTIC_HINT } from './payload/statistic.js';
import { closest } from './suggest.js';

const FIELD_HINTS: Record<string, string> = {
  period: `Write a duration such as '1m', '5m' or '1h', or a number of seconds. ${PERIOD_HINT}`,
  waitPeriod: "Write a duration such as '5m', or a number of seconds.",
  extensionPeriod: "Write a duration such as '5m', or a number of seconds.",
  statistic: STATISTIC_HINT,
  region: "Use a region code such as 'eu-west-1' or 'us-east-1'.",
  regions: "Use region codes such as 'eu-west-1' or 'us-east-1'.",
  severity: 'P0 and P1 page the on-call, P2 alerts the ops channel, P3 notifies nobody.',
  comparison: "Use '>', '>=', '<' or '<='.",
  threshold: 'Thresholds are plain numbers in the metric’s unit (5 for 5 %, 3000 for 3 s in milliseconds).',
  treatMissingData: "Lambda publishes no zero datapoints: error and throttle alarms want 'notBreaching'.",
  kind: "Use a preset (presets.lambdaErrorRate(…)) or set kind to 'metric', 'math', 'anomaly', 'composite' or 'logMetric'.",
  runbook: "Link the runbook page, e.g. 'https://wiki.example.com/runbooks/api-latency'.",
  rule: "Build rules with alarm('id'), ok('id'), all(...), any(...), not(...).",
  stack: "A short name such as 'valine'; it prefixes every alarm name.",
  evaluationPeriods: 'The N of "M out of N": how many periods CloudWatch looks at.',
  datapointsToAlarm: 'The M of "M out of N": at most evaluationPeriods.',
  logGroupName: "Name the log group, e.g. '/aws/lambda/{stack}-{stage}-users'.",
};

/** Every field name the config knows, for "did you mean" on a mistyped one. */
const KNOWN_KEYS = [
  'kind',
  'severity',
  'description',
  'runbook',
  'tags',
  'region',
  'enabled',
  'actionsEnabled',
  'actions',
  'period',
  'evaluationPeriods',
  'datapointsToAlarm',
  'treatMissingData',
  'namespace',
  'metricName',
  'dimensions',
  'statistic',
  'unit',
  'comparison',
  'threshold',
  'metrics',
  'expression',
  'label',
  'metric',
  'band',
  'rule',
  'actionsSuppressor',
  'logGroupName',
  'filterPattern',
  'metricNamespace',
  'metricValue',
  'defaultValue',
  'stack',
  'stages',
  'severities',
  'defaults',
  'alarms',
  'regions',
  'overrides',
  'alarm',
  'ok',
  'insufficientData',
  'waitPeriod',
  'extensionPeriod',
  'logMetricNamespace',
  'vars',
  'per',
];

export function joinPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/**
 * Turns zod's issues into ours: a dotted path, a sentence naming the field,
 * and a hint. Unknown keys become one issue each, with a "did you mean".
 *
 * @example
 * ```ts
 * fromZodIssues(configSchema.safeParse(value).error?.issues ?? []);
 * ```
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  return issues.flatMap((issue): ValidationIssue[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const suggestion = closest(key, KNOWN_KEYS);
        return {
          path: joinPath([...issue.path, key]),
          message: `unknown field '${key}'`,
          ...(suggestion ? { hint: `Did you mean '${suggestion}'?` } : {}),
        };
      });
    }
    const path = joinPath(issue.path);
    const field = [...issue.path].reverse().find((part) => typeof part === 'string' && part in FIELD_HINTS);
    const hint = field === undefined ? undefined : FIELD_HINTS[field as string];
    const message = issue.code === 'invalid_key' ? `key ${issue.issues[0]?.message ?? 'is invalid'}` : issue.message;
    return [{ path: path || '(config)', message: describe(issue.path, message), ...(hint ? { hint } : {}) }];
  });
}

function describe(path: readonly PropertyKey[], message: string): string {
  const last = path[path.length - 1];
  if (message.startsWith('Invalid input: expected')) return message.replace('Invalid input: ', '');
  return last === undefined ? message : `${String(last)} ${message}`;
}
