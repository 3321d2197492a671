/** One problem found in a config, with where it is and how to fix it. */
export interface ValidationIssue {
  /** Dotted path into the config, e.g. `alarms.apiLatency.threshold` or `stages.prod.overrides.x`. */
  path: string;
  message: string;
  hint?: string;
}

/** Stable codes so callers (and the CLI's exit handling) can branch without parsing messages. */
export const ErrorCode = {
  Config: 'CONFIG',
  Validation: 'VALIDATION',
  Usage: 'USAGE',
  Aws: 'AWS',
  Internal: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * Base class of every error this package throws on purpose.
 *
 * @example
 * ```ts
 * try { await loadConfig('alarms.config.ts'); } catch (e) { if (e instanceof AlarmsError) console.error(e.code, e.message); }
 * ```
 */
export class AlarmsError extends Error {
  readonly code: ErrorCode;

  constructor(message: string, code: ErrorCode, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AlarmsError';
    this.code = code;
  }
}

/** The config file is missing, cannot be loaded, or exports nothing usable. */
export class AlarmsConfigError extends AlarmsError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, ErrorCode.Config, options);
    this.name = 'AlarmsConfigError';
  }
}

/** The config loaded but breaks CloudWatch's rules or its own references; `issues` lists every problem. */
export class AlarmsValidationError extends AlarmsError {
  readonly issues: ValidationIssue[];

  constructor(issues: ValidationIssue[], options?: { cause?: unknown }) {
    const count = issues.length;
    super(`alarms config is invalid: ${count} problem${count === 1 ? '' : 's'} found`, ErrorCode.Validation, options);
    this.name = 'AlarmsValidationError';
    this.issues = issues;
  }
}

/**
 * The CLI's one error class: the top-level handler in `run()` turns its `code`
 * into the exit status and its message into one line on stderr.
 */
export class AlarmsCliError extends AlarmsError {
  /** Exit status the CLI returns for this error. */
  readonly exitCode: number;

  constructor(message: string, code: ErrorCode = ErrorCode.Usage, options?: { cause?: unknown; exitCode?: number }) {
    super(message, code, options);
    this.name = 'AlarmsCliError';
    this.exitCode = options?.exitCode ?? 1;
  }
}
