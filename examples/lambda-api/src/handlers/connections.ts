import { MetricUnit } from '@valine/metrics';
import { BadRequestError, ConflictError, HttpError, NotFoundError } from '../errors.js';
import { type ApiHandler, callerId, json, pathParam, readJson, requireString, router } from '../http.js';
import { instrument, logger, metrics } from '../observability.js';
import { type Connection, newRecord, notify, store } from '../store.js';

const log = logger.child({ module: 'connections' });

function between(a: string, b: string): Connection | undefined {
  for (const c of store.connections.values()) {
    if ((c.fromId === a && c.toId === b) || (c.fromId === b && c.toId === a)) return c;
  }
  return undefined;
}

/** `POST /connections`: asks `{ toUserId }` to connect. */
const requestConnection: ApiHandler = async (event) => {
  const fromId = callerId(event);
  const toId = requireString(readJson(event), 'toUserId', 64);
  if (toId === fromId) throw new BadRequestError('cannot connect to yourself');
  if (!store.users.has(toId)) throw new NotFoundError('user not found');
  if (between(fromId, toId)) throw new ConflictError('connection already exists');
  const connection: Connection = { ...newRecord(), fromId, toId, status: 'pending' };
  store.connections.set(connection.id, connection);
  notify(store, toId, 'connection_request', connection.id);
  metrics.add('ConnectionRequested', MetricUnit.Count, 1);
  log.info({ userId: fromId, toUserId: toId, connectionId: connection.id }, 'connection requested');
  return json(201, { id: connection.id, status: connection.status });
};

/** `POST /connections/{id}/accept`: the recipient accepts a pending request. */
const acceptConnection: ApiHandler = async (event) => {
  const me = callerId(event);
  const connection = store.connections.get(pathParam(event, 'id'));
  if (!connection) throw new NotFoundError('connection not found');
  if (connection.toId !== me) throw new HttpError(403, 'only the recipient can accept');
  if (connection.status === 'accepted') return json(200, { id: connection.id, status: connection.status });
  connection.status = 'accepted';
  notify(store, connection.fromId, 'connection_accepted', connection.id);
  metrics.add('ConnectionAccepted', MetricUnit.Count, 1);
  log.info({ userId: me, connectionId: connection.id }, 'connection accepted');
  return json(200, { id: connection.id, status: connection.status });
};

/** `GET /connections`: the signed-in user's connections and pending requests. */
const listConnections: ApiHandler = async (event) => {
  const me = callerId(event);
  const connections = [...store.connections.values()].filter((c) => c.fromId === me || c.toId === me);
  return json(200, { connections });
};

/** The `connections` function: requests, acceptances and the list. */
export const handler = instrument(
  router({
    'POST /connections': requestConnection,
    'POST /connections/{id}/accept': acceptConnection,
    'GET /connections': listConnections,
  }),
);
