import { DEFAULT_NAMESPACE } from './catalog/index.js';
import { EnvVar, MAX_NAMESPACE_LENGTH } from './constants.js';

/** Reads one environment variable, treating empty as unset. */
export function readEnv(name: (typeof EnvVar)[keyof typeof EnvVar]): string | undefined {
  const value = typeof process === 'undefined' ? undefined : process.env[name];
  return value === undefined || value === '' ? undefined : value;
}

/** The Lambda function name, when running on Lambda. */
export function lambdaFunctionName(): string | undefined {
  return readEnv(EnvVar.FunctionName);
}

/** Provisioned concurrency initializes ahead of traffic, so its first invocation is not a user-facing cold start. */
export function isProvisionedConcurrency(): boolean {
  return readEnv(EnvVar.InitializationType) === 'provisioned-concurrency';
}

/** Option, then `VALINE_METRICS_NAMESPACE`, then the catalog's default; an unusable namespace falls back too. */
export function resolveNamespace(namespace: unknown): string {
  const candidate = typeof namespace === 'string' ? namespace : readEnv(EnvVar.Namespace);
  if (candidate === undefined || candidate.trim() === '' || candidate.length > MAX_NAMESPACE_LENGTH) {
    return DEFAULT_NAMESPACE;
  }
  return candidate;
}

/** Option, then `VALINE_SERVICE_NAME`, then the Lambda function name. */
export function resolveService(service: unknown): string {
  if (typeof service === 'string' && service.trim() !== '') return service;
  return readEnv(EnvVar.Service) ?? lambdaFunctionName() ?? 'unknown_service';
}
