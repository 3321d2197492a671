import { MetricUnit } from '@valine/metrics';
import { BadRequestError, NotFoundError } from '../errors.js';
import { type ApiHandler, callerId, json, readJson, requireString, router } from '../http.js';
import { instrument, logger, metrics } from '../observability.js';
import { type Message, newRecord, notify, store } from '../store.js';

const log = logger.child({ module: 'messages' });

/** `POST /messages`: sends `{ toUserId, text }`; the text often carries a phone number or an email. */
const sendMessage: ApiHandler = async (event) => {
  const fromId = callerId(event);
  const body = readJson(event);
  const toId = requireString(body, 'toUserId', 64);
  if (toId === fromId) throw new BadRequestError('cannot message yourself');
  if (!store.users.has(toId)) throw new NotFoundError('recipient not found');
  const text = requireString(body, 'text', 4000);
  const message: Message = { id: newRecord().id, fromId, toId, text, sentAt: new Date().toISOString() };
  store.messages.set(message.id, message);
  notify(store, toId, 'message', message.id);
  metrics.add('MessageSent', MetricUnit.Count, 1);
  metrics.add('MessageLength', MetricUnit.Count, text.length);
  // Debug lines are buffered by the logger and written only if this invocation fails.
  log.debug({ messageId: message.id, text }, 'message body');
  log.info({ userId: fromId, toUserId: toId, messageId: message.id }, 'message sent');
  return json(201, { id: message.id });
};

/** `GET /messages?with=<userId>`: the conversation with one user, oldest first. */
const listMessages: ApiHandler = async (event) => {
  const me = callerId(event);
  const other = event.queryStringParameters?.with;
  if (!other) throw new BadRequestError('query parameter "with" is required');
  const messages = [...store.messages.values()]
    .filter((m) => (m.fromId === me && m.toId === other) || (m.fromId === other && m.toId === me))
    .sort((a, b) => a.sentAt.localeCompare(b.sentAt));
  return json(200, { messages });
};

/** The `messages` function: direct messages. */
export const handler = instrument(router({ 'POST /messages': sendMessage, 'GET /messages': listMessages }));
