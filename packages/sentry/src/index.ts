export { FILTERED, INTEGRATION_NAME } from './constants.js';
export { SentryOptionsError } from './errors.js';
export type { BeforeBreadcrumb, BeforeSend, BeforeSendLog, BeforeSendSpan, BeforeSendTransaction } from './hooks.js';
export {
  createBeforeBreadcrumb,
  createBeforeSend,
  createBeforeSendLog,
  createBeforeSendSpan,
  createBeforeSendTransaction,
} from './hooks.js';
export { piiIntegration } from './integration.js';
export type { RunbookInitOptions, RunbookManagedOptions } from './runbookOptions.js';
export { withRunbookDefaults } from './runbookOptions.js';
export { toSafeUser } from './safeUser.js';
export { scrubEvent } from './scrubEvent.js';
export type { ComposedHookOptions, PiiFilterOptions, SafeUser } from './types.js';
