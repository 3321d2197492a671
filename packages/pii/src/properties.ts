import { Marker } from './constants.js';

/** Reads a property; a throwing getter or proxy trap yields `[Unreadable]` for that value only. */
export function read(obj: object, key: PropertyKey): unknown {
  try {
    return (obj as Record<PropertyKey, unknown>)[key];
  } catch {
    return Marker.unreadable;
  }
}

/** Assigns without ever touching a prototype (`__proto__` arrives as an ordinary key from JSON.parse). */
export function put(out: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}
