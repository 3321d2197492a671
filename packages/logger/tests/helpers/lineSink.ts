/** A destination that keeps every line pino writes, and parses them as the tests read them. */
export interface LineSink {
  destination: { write(line: string): void };
  /** Raw lines, as written. */
  raw: string[];
  /** Each line parsed; a line that is not JSON fails the test here. */
  records(): Record<string, unknown>[];
  /** The one record whose message is `message`. */
  find(message: string): Record<string, unknown>;
}

export const createLineSink = (): LineSink => {
  const raw: string[] = [];
  const records = () => raw.map((line) => JSON.parse(line) as Record<string, unknown>);
  return {
    destination: { write: (line: string) => void raw.push(line) },
    raw,
    records,
    find(message) {
      const found = records().filter((record) => record.message === message);
      if (found.length !== 1) throw new Error(`expected one record "${message}", found ${found.length}`);
      return found[0] as Record<string, unknown>;
    },
  };
};

/** Fixture values that must never appear in output. */
export const PII = {
  email: 'ana.lima@example.com',
  phone: '+1 415-555-0132',
  ip: '203.0.113.42',
  card: '4111 1111 1111 1111',
  password: 'hunter2-S3cret!',
  bearer: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl',
} as const;

/** True when none of the fixture values (nor the email's local part) appears in the text. */
export const assertNoPii = (text: string): void => {
  for (const [kind, value] of Object.entries(PII)) {
    if (text.includes(value)) throw new Error(`${kind} leaked: ${text}`);
  }
  if (text.includes('ana.lima')) throw new Error(`email local part leaked: ${text}`);
};
