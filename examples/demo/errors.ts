/** A demo step failed; `hint` tells the reader what to do about it. */
export class DemoStepError extends Error {
  readonly step: string;
  readonly hint: string | undefined;

  constructor(step: string, message: string, options?: { hint?: string; cause?: unknown }) {
    super(message, { cause: options?.cause });
    this.name = 'DemoStepError';
    this.step = step;
    this.hint = options?.hint;
  }
}
