import { EnvVar } from './constants.js';

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
