import { Marker } from '@valine/pii';

/** Reads a property that may be a throwing getter or sit behind a hostile proxy. */
export const safeRead = (target: object, key: PropertyKey): unknown => {
  try {
    return (target as Record<PropertyKey, unknown>)[key];
  } catch {
    return Marker.unreadable;
  }
};

/** `value instanceof Error` that survives proxies whose `getPrototypeOf` trap throws. */
export const isErrorLike = (value: unknown): value is Error => {
  try {
    return value instanceof Error;
  } catch {
    return false;
  }
};
