import { randomUUID } from 'node:crypto';

/**
 * In-memory records standing in for the app's PostgreSQL tables. On Lambda
 * each function would have its own copy; in the local invoke script and the
 * tests all handlers share this one, which lets a connection request show
 * up as the other user's notification.
 */

export interface User {
  id: string;
  username: string;
  fullName: string;
  email: string;
  phone?: string;
  createdAt: string;
}

export interface Post {
  id: string;
  authorId: string;
  text: string;
  createdAt: string;
}

export type ConnectionStatus = 'pending' | 'accepted';

export interface Connection {
  id: string;
  fromId: string;
  toId: string;
  status: ConnectionStatus;
  createdAt: string;
}

export interface Reel {
  id: string;
  ownerId: string;
  title: string;
  durationSeconds: number;
  sizeBytes: number;
  contentType: string;
  createdAt: string;
}

export interface Message {
  id: string;
  fromId: string;
  toId: string;
  text: string;
  sentAt: string;
}

export type DevicePlatform = 'ios' | 'android' | 'web';

export interface Device {
  id: string;
  userId: string;
  platform: DevicePlatform;
  pushToken: string;
  createdAt: string;
}

export interface Notification {
  id: string;
  userId: string;
  kind: 'connection_request' | 'connection_accepted' | 'message';
  /** The record the notification points at (a connection or message id), never its content. */
  refId: string;
  createdAt: string;
}

export interface Store {
  users: Map<string, User>;
  posts: Map<string, Post>;
  connections: Map<string, Connection>;
  reels: Map<string, Reel>;
  messages: Map<string, Message>;
  devices: Map<string, Device>;
  notifications: Map<string, Notification>;
}

/**
 * An empty store.
 *
 * @example
 * ```ts
 * const db = createStore();
 * db.users.size; // 0
 * ```
 */
export function createStore(): Store {
  return {
    users: new Map(),
    posts: new Map(),
    connections: new Map(),
    reels: new Map(),
    messages: new Map(),
    devices: new Map(),
    notifications: new Map(),
  };
}

const STORE_KEY = Symbol.for('valine.examples.lambda-api.store');
const holder = globalThis as { [STORE_KEY]?: Store };

/**
 * The store every handler of this process uses. Kept on `globalThis` so a
 * function bundle (which carries its own copy of this module) and the local
 * runtime that loads it share one database, as the functions share RDS.
 */
export const store: Store = holder[STORE_KEY] ?? createStore();
holder[STORE_KEY] = store;

/**
 * A fresh record id and creation time.
 *
 * @example
 * ```ts
 * const { id, createdAt } = newRecord();
 * ```
 */
export function newRecord(): { id: string; createdAt: string } {
  return { id: randomUUID(), createdAt: new Date().toISOString() };
}

/**
 * Records a notification for `userId`.
 *
 * @example
 * ```ts
 * notify(store, recipientId, 'message', message.id);
 * ```
 */
export function notify(db: Store, userId: string, kind: Notification['kind'], refId: string): Notification {
  const notification: Notification = { ...newRecord(), userId, kind, refId };
  db.notifications.set(notification.id, notification);
  return notification;
}

/** The store's records as plain arrays, to hand from one function's process to the next. */
export type StoreSnapshot = { [K in keyof Store]: Store[K] extends Map<string, infer V> ? V[] : never };

/**
 * Copies every record out of `db`.
 *
 * @example
 * ```ts
 * worker.send({ snapshot: snapshotStore(store) });
 * ```
 */
export function snapshotStore(db: Store): StoreSnapshot {
  return {
    users: [...db.users.values()],
    posts: [...db.posts.values()],
    connections: [...db.connections.values()],
    reels: [...db.reels.values()],
    messages: [...db.messages.values()],
    devices: [...db.devices.values()],
    notifications: [...db.notifications.values()],
  };
}

/**
 * Replaces the records of `db` with those of `snapshot`.
 *
 * @example
 * ```ts
 * restoreStore(store, message.snapshot);
 * ```
 */
export function restoreStore(db: Store, snapshot: StoreSnapshot): void {
  const fill = <V extends { id: string }>(map: Map<string, V>, records: V[]) => {
    map.clear();
    for (const record of records) map.set(record.id, record);
  };
  fill(db.users, snapshot.users);
  fill(db.posts, snapshot.posts);
  fill(db.connections, snapshot.connections);
  fill(db.reels, snapshot.reels);
  fill(db.messages, snapshot.messages);
  fill(db.devices, snapshot.devices);
  fill(db.notifications, snapshot.notifications);
}
