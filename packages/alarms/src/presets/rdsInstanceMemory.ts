/**
 * Memory (GiB) of common RDS instance classes, for PostgreSQL's default
 * `max_connections = LEAST(DBInstanceClassMemory / 9531392, 5000)`.
 * Graviton (`g`) and Intel/AMD variants of a size share the same memory.
 */
const BURSTABLE = { micro: 1, small: 2, medium: 4, large: 8, xlarge: 16, '2xlarge': 32 } as const;
const GENERAL = {
  large: 8,
  xlarge: 16,
  '2xlarge': 32,
  '4xlarge': 64,
  '8xlarge': 128,
  '12xlarge': 192,
  '16xlarge': 256,
  '24xlarge': 384,
} as const;
const MEMORY = {
  large: 16,
  xlarge: 32,
  '2xlarge': 64,
  '4xlarge': 128,
  '8xlarge': 256,
  '12xlarge': 384,
  '16xlarge': 512,
  '24xlarge': 768,
} as const;

const FAMILIES: Record<string, Record<string, number>> = {
  t3: BURSTABLE,
  t4g: BURSTABLE,
  m5: GENERAL,
  m6g: GENERAL,
  m6i: GENERAL,
  m7g: GENERAL,
  m7i: GENERAL,
  r5: MEMORY,
  r6g: MEMORY,
  r6i: MEMORY,
  r7g: MEMORY,
  r7i: MEMORY,
};

/** Bytes per connection in PostgreSQL's default formula. */
export const POSTGRES_BYTES_PER_CONNECTION = 9_531_392;
/** PostgreSQL's default cap on max_connections in RDS. */
export const POSTGRES_MAX_CONNECTIONS_CAP = 5000;

/**
 * Memory in GiB of an RDS instance class such as `db.t4g.medium`, or
 * `undefined` when the class is not in the table.
 *
 * @example
 * ```ts
 * instanceClassMemoryGiB('db.t4g.medium'); // 4
 * ```
 */
export function instanceClassMemoryGiB(instanceClass: string): number | undefined {
  const [prefix, family, size] = instanceClass.split('.');
  if (prefix !== 'db' || !family || !size) return undefined;
  return FAMILIES[family]?.[size];
}

/** Instance classes the table knows, for error hints. */
export function knownInstanceClasses(): string[] {
  return Object.entries(FAMILIES).flatMap(([family, sizes]) =>
    Object.keys(sizes).map((size) => `db.${family}.${size}`),
  );
}

/**
 * PostgreSQL's default `max_connections` on RDS for an instance class,
 * computed from the class's nominal memory. RDS's `DBInstanceClassMemory`
 * is that memory minus what the OS and RDS reserve, so the real value is
 * somewhat lower; pass the exact figure (`SHOW max_connections`) when you have it.
 *
 * @example
 * ```ts
 * postgresMaxConnections('db.t4g.medium'); // 450
 * ```
 */
export function postgresMaxConnections(instanceClass: string): number | undefined {
  const gib = instanceClassMemoryGiB(instanceClass);
  if (gib === undefined) return undefined;
  return Math.min(Math.floor((gib * 1024 ** 3) / POSTGRES_BYTES_PER_CONNECTION), POSTGRES_MAX_CONNECTIONS_CAP);
}
