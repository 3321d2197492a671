import type { Integration } from '@sentry/core';
import { ENV_VARS, INTEGRATION_NAME, RUNBOOK_DEFAULTS } from './constants.js';
import { SentryOptionsError } from './errors.js';
import { piiIntegration } from './integration.js';
import type { PiiFilterOptions } from './types.js';

type IntegrationsOption = Integration[] | ((defaults: Integration[]) => Integration[]);

/** The options every Sentry SDK's `init` shares and the runbook sets. */
export interface RunbookManagedOptions {
  enabled?: boolean;
  environment?: string;
  release?: string;
  tracesSampleRate?: number;
  tracesSampler?: unknown;
  sendDefaultPii?: boolean;
  integrations?: IntegrationsOption;
  dataCollection?: object;
}

/**
 * An SDK's init options as `initSentry` takes them: `sendDefaultPii` (SDK 10)
 * is not negotiable, `pii` configures the PII integration (the same rule set as the
 * logger: pass its `scrubber`).
 */
export type RunbookInitOptions<SdkOptions> = Omit<SdkOptions, 'sendDefaultPii'> & {
  pii?: PiiFilterOptions;
};

function readEnv(name: string): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const value = env?.[name];
  return value === '' ? undefined : value;
}

function withPii(integrations: IntegrationsOption | undefined, pii: Integration): IntegrationsOption {
  const add = (list: Integration[]) => [...list.filter((i) => i.name !== INTEGRATION_NAME), pii];
  if (typeof integrations === 'function') return (defaults) => add(integrations(defaults));
  return add(integrations ?? []);
}

/**
 * Applies the runbook to an SDK's init options: reports only from
 * production (or with `enabled: true`), names the environment and release
 * (option, then `SENTRY_ENVIRONMENT` / `NODE_ENV` and `SENTRY_RELEASE`),
 * samples 10 % of traces, never sends default PII (`sendDefaultPii: false`
 * on SDK 10; `dataCollection` without user info and cookies on SDK 11,
 * unless the caller's `dataCollection` says otherwise), and appends the PII
 * integration. Use it with an SDK that has no `initSentry` helper here.
 *
 * @example
 * ```ts
 * import * as Sentry from '@sentry/aws-serverless';
 * Sentry.init(withRunbookDefaults({ dsn: process.env.SENTRY_DSN, release: '1.4.2' }));
 * ```
 */
export function withRunbookDefaults<SdkOptions extends RunbookManagedOptions>(
  options: RunbookInitOptions<SdkOptions>,
): SdkOptions {
  const { pii, ...rest } = options;
  const sdkOptions = rest as unknown as SdkOptions;
  const rate = sdkOptions.tracesSampleRate;
  if (rate !== undefined && !(rate >= 0 && rate <= 1)) {
    throw new SentryOptionsError(`tracesSampleRate must be between 0 and 1, got ${String(rate)}`);
  }
  const environment =
    sdkOptions.environment ??
    readEnv(ENV_VARS.environment) ??
    readEnv(ENV_VARS.nodeEnv) ??
    RUNBOOK_DEFAULTS.fallbackEnvironment;
  return {
    ...sdkOptions,
    environment,
    enabled: sdkOptions.enabled ?? environment === RUNBOOK_DEFAULTS.productionEnvironment,
    release: sdkOptions.release ?? readEnv(ENV_VARS.release),
    tracesSampleRate: rate ?? (sdkOptions.tracesSampler === undefined ? RUNBOOK_DEFAULTS.tracesSampleRate : undefined),
    sendDefaultPii: false,
    dataCollection: { ...RUNBOOK_DEFAULTS.dataCollection, ...sdkOptions.dataCollection },
    integrations: withPii(sdkOptions.integrations, piiIntegration(pii)),
  };
}
