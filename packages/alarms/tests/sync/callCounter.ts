import type { SyncClients } from '../../src/sync/index.js';

/** Counts the requests that reach the wire, by operation, for the clients of the given regions. */
export function countCalls(clients: SyncClients, regions: string[]) {
  const counts = new Map<string, number>();
  for (const region of regions) {
    for (const client of [clients.cloudWatch(region), clients.logs(region)]) {
      client.middlewareStack.add(
        (next, context) => (args) => {
          const op = String(context.commandName).replace(/Command$/, '');
          counts.set(op, (counts.get(op) ?? 0) + 1);
          return next(args);
        },
        { step: 'finalizeRequest', name: 'valineCallCounter' },
      );
    }
  }
  return {
    get: (op: string) => counts.get(op) ?? 0,
    all: () => Object.fromEntries([...counts].sort()),
    total: (ops?: string[]) => [...counts].filter(([op]) => !ops || ops.includes(op)).reduce((n, [, c]) => n + c, 0),
    reset: () => counts.clear(),
  };
}
