import { EnvName } from '../constants.js';
import { readEnv } from '../env.js';

// Module state on purpose: one execution environment loads this module once, so the first call is the cold start.
let invoked = false;

/**
 * True on the first invocation of this execution environment, false after.
 * Provisioned-concurrency environments were initialized before any request
 * arrived, so no caller waited for their init: never a cold start.
 */
export const takeColdStart = (): boolean => {
  if (invoked) return false;
  invoked = true;
  return readEnv(EnvName.InitializationType) !== 'provisioned-concurrency';
};
