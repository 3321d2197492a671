import { MetricUnit } from '@valine/metrics';
import { BadRequestError, ConflictError, NotFoundError } from '../errors.js';
import {
  type ApiHandler,
  callerId,
  json,
  optionalString,
  pathParam,
  readJson,
  requireString,
  router,
} from '../http.js';
import { instrument, logger, metrics } from '../observability.js';
import { newRecord, store, type User } from '../store.js';

const log = logger.child({ module: 'users' });

// Usernames are safe to log only because they can never be an email address.
const USERNAME = /^[a-z0-9_.]{3,30}$/;

/** `POST /users`: creates the signed-in user's profile from `{ username, name, email, phone? }`. */
const createUser: ApiHandler = async (event) => {
  const id = callerId(event);
  const body = readJson(event);
  const username = requireString(body, 'username', 30).toLowerCase();
  if (!USERNAME.test(username)) throw new BadRequestError('username may only contain a-z, 0-9, "_" and "."');
  const email = requireString(body, 'email', 254);
  if (!email.includes('@')) throw new BadRequestError('email is not valid');
  if (store.users.has(id)) throw new ConflictError('profile already exists');
  for (const other of store.users.values()) {
    if (other.username === username) throw new ConflictError('username is taken');
  }
  const user: User = {
    ...newRecord(),
    id,
    username,
    fullName: requireString(body, 'fullName', 120),
    email,
    phone: optionalString(body, 'phone', 32),
  };
  store.users.set(id, user);
  metrics.add('UserSignedUp', MetricUnit.Count, 1);
  // A careless but common line: the scrubber turns the address into a label before it is written.
  log.info({ userId: id, username, email }, 'profile created, sending welcome email to %s', email);
  return json(201, { id, username });
};

/** `GET /users/{id}`: a profile; contact details only on one's own. */
const getUser: ApiHandler = async (event) => {
  const me = callerId(event);
  const id = pathParam(event, 'id');
  const user = store.users.get(id);
  if (!user) throw new NotFoundError('user not found');
  log.info({ userId: me, profileId: id }, 'profile viewed');
  if (id !== me) return json(200, { id, username: user.username, fullName: user.fullName });
  return json(200, user);
};

/** The `users` function: profile sign-up and lookup. */
export const handler = instrument(router({ 'POST /users': createUser, 'GET /users/{id}': getUser }));
