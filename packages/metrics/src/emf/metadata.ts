import type { Scrubber } from '@valine/pii';
import { DropReason } from '../constants.js';
import type { DropLog } from '../dropLog.js';

/**
 * Scrubs one metadata value and stores its JSON member fragment
 * (`,"key":value`), so the flush only concatenates. A key given twice keeps
 * the last value.
 */
export function addMetadataField(
  into: Map<string, string>,
  key: string,
  value: unknown,
  scrubber: Scrubber,
  drops: DropLog,
): void {
  const json = typeof key === 'string' && key.length > 0 ? JSON.stringify(scrubber.scrubField(key, value)) : undefined;
  if (json === undefined) drops.record(DropReason.InvalidMetadata, String(key));
  else into.set(key, `,${JSON.stringify(key)}:${json}`);
}

/** Concatenates the metadata fragments, dropping keys that `collides` says are taken. */
export function metadataFragment(
  metadata: Map<string, string> | undefined,
  collides: (key: string) => boolean,
  drops: DropLog,
): string {
  if (!metadata) return '';
  let fragment = '';
  for (const [key, member] of metadata) {
    if (collides(key)) drops.record(DropReason.KeyCollision, key);
    else fragment += member;
  }
  return fragment;
}
