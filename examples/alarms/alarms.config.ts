import { type AlarmDefinition, defineAlarms, presets } from '@valine/alarms';

/**
 * The runbook's alarms for Valine: six Lambda functions behind an HTTP API,
 * a PostgreSQL instance on RDS and the SPA's CloudFront distribution, for
 * staging and prod. Run `npx alarms validate` / `npx alarms synth` here.
 */
const functions = ['users', 'posts', 'connections', 'reels', 'messages', 'notifications'] as const;

/** Configured timeouts (seconds), for the duration-near-timeout alarms. */
const timeouts: Record<(typeof functions)[number], number> = {
  users: 10,
  posts: 10,
  connections: 10,
  reels: 30,
  messages: 10,
  notifications: 15,
};

const runbook = 'https://wiki.valine.example/runbooks/alarms';

function lambdaAlarms(name: (typeof functions)[number]): Record<string, AlarmDefinition> {
  const functionName = `valine-{stage}-${name}`;
  return {
    [`${name}ErrorRate`]: presets.lambdaErrorRate({ functionName, runbook: `${runbook}#lambda-errors` }),
    [`${name}ColdStarts`]: presets.lambdaColdStartRate({ functionName, service: name }),
    [`${name}Throttles`]: presets.lambdaThrottles({ functionName }),
    [`${name}NearTimeout`]: presets.lambdaDurationNearTimeout({ functionName, timeoutSeconds: timeouts[name] }),
    [`${name}OutOfMemory`]: presets.lambdaOutOfMemory({ functionName }),
  };
}

export default defineAlarms({
  stack: 'valine',
  defaults: { region: 'eu-west-1' },
  tags: { app: 'valine', team: 'platform' },
  // P0/P1 page the on-call, P2 goes to the ops channel, P3 is recorded only.
  // '{region}' because an alarm can only notify a topic in its own region.
  severities: {
    P0: {
      alarm: ['arn:aws:sns:{region}:123456789012:valine-{stage}-oncall'],
      ok: ['arn:aws:sns:{region}:123456789012:valine-{stage}-oncall'],
    },
    P1: {
      alarm: ['arn:aws:sns:{region}:123456789012:valine-{stage}-oncall'],
      ok: ['arn:aws:sns:{region}:123456789012:valine-{stage}-oncall'],
    },
    P2: { alarm: ['arn:aws:sns:{region}:123456789012:valine-{stage}-ops'] },
    P3: {},
  },
  stages: {
    staging: {
      vars: { apiId: 'st4g1ngap1', distributionId: 'E1STAGINGCDN01' },
      // Nobody is paged for staging: its P0/P1 go to the ops channel.
      severities: {
        P0: { alarm: ['arn:aws:sns:{region}:123456789012:valine-staging-ops'] },
        P1: { alarm: ['arn:aws:sns:{region}:123456789012:valine-staging-ops'] },
      },
      overrides: {
        // Staging runs on a smaller database and a cold cache: relax latency, keep the alarm.
        apiLatencyP95: { threshold: 5000 },
        // Staging traffic is too thin for a meaningful cold-start or cache-hit rate.
        cdnCacheHitRate: { enabled: false },
        ...Object.fromEntries(functions.map((name) => [`${name}ColdStarts`, { enabled: false }])),
      },
    },
    prod: {
      vars: { apiId: 'pr0dap1xyz', distributionId: 'E2PRODCDN0001' },
    },
  },
  alarms: {
    ...Object.assign({}, ...functions.map(lambdaAlarms)),
    accountConcurrency: presets.lambdaConcurrentExecutions({ limit: 1000 }),
    apiLatencyP95: presets.apiLatencyP95({ apiId: '{apiId}', runbook: `${runbook}#api-latency` }),
    api5xxRate: presets.api5xxRate({ apiId: '{apiId}', runbook: `${runbook}#api-5xx` }),
    dbConnections: presets.rdsConnections({
      dbInstanceIdentifier: 'valine-{stage}',
      instanceClass: 'db.t4g.medium',
      runbook: `${runbook}#db-connections`,
    }),
    dbCpu: presets.rdsCpu({ dbInstanceIdentifier: 'valine-{stage}' }),
    cdnCacheHitRate: presets.cloudFrontCacheHitRate({ distributionId: '{distributionId}' }),
    cdn5xxRate: presets.cloudFront5xxRate({ distributionId: '{distributionId}' }),
    apiUnhealthy: presets.serviceUnhealthy({
      alarms: ['apiLatencyP95', 'api5xxRate', 'dbConnections'],
      severity: 'P0',
      runbook: `${runbook}#service-unhealthy`,
    }),
  },
});
