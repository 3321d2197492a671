import { Marker, type Scrubber } from '@valine/pii';
import { stdSerializers } from 'pino';
import { isErrorLike, safeRead } from './safeRead.js';

type Fields = Record<string, unknown>;

// pino's result has a prototype carrying `raw` (the original error); the scrubber must only see the copy.
const toPlain = (serialized: Fields): Fields => {
  const plain: Fields = {};
  for (const key of Object.keys(serialized)) {
    const value = serialized[key];
    if (key === 'aggregateErrors' && Array.isArray(value)) {
      plain[key] = value.map((item: unknown) =>
        typeof item === 'object' && item !== null ? toPlain(item as Fields) : item,
      );
    } else if (value !== undefined) {
      plain[key] = value;
    }
  }
  return plain;
};

const textOf = (value: unknown): string => (typeof value === 'string' ? value : Marker.unreadable);

// When pino's serializer itself trips on the error (throwing getter, proxy), keep what can be read.
const fallbackRecord = (err: Error, scrubber: Scrubber): Fields => {
  const name = safeRead(err, 'name');
  return {
    type: typeof name === 'string' ? name : 'Error',
    message: scrubber.scrubString(textOf(safeRead(err, 'message'))),
    stack: scrubber.scrubString(textOf(safeRead(err, 'stack'))),
  };
};

/**
 * pino's standard error shape (`type`, `message` and `stack` with causes,
 * custom fields such as AWS SDK `$metadata` / `$fault`), then scrubbed: the
 * type and stack frames stay, PII in message text, stack text and custom
 * fields goes.
 */
export const serializeError = (value: unknown, scrubber: Scrubber): unknown => {
  if (!isErrorLike(value)) return scrubber.scrub(value);
  try {
    return scrubber.scrub(toPlain(stdSerializers.err(value) as unknown as Fields));
  } catch {
    return fallbackRecord(value, scrubber);
  }
};
