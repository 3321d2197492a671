import { MetricUnit } from '@valine/metrics';
import { BadRequestError } from '../errors.js';
import { type ApiHandler, callerId, json, readJson, requireString, router } from '../http.js';
import { instrument, logger, metrics } from '../observability.js';
import { type Device, type DevicePlatform, newRecord, store } from '../store.js';

const log = logger.child({ module: 'notifications' });

const PLATFORMS: readonly DevicePlatform[] = ['ios', 'android', 'web'];

function isPlatform(value: string): value is DevicePlatform {
  return (PLATFORMS as readonly string[]).includes(value);
}

/** `POST /notifications/devices`: registers a push token `{ platform, pushToken }`. */
const registerDevice: ApiHandler = async (event) => {
  const userId = callerId(event);
  const body = readJson(event);
  const platform = requireString(body, 'platform', 16);
  if (!isPlatform(platform)) throw new BadRequestError(`platform must be one of ${PLATFORMS.join(', ')}`);
  const pushToken = requireString(body, 'pushToken', 4096);
  for (const device of store.devices.values()) {
    if (device.pushToken === pushToken) store.devices.delete(device.id);
  }
  const device: Device = { ...newRecord(), userId, platform, pushToken };
  store.devices.set(device.id, device);
  metrics.addDimensions({ platform });
  metrics.add('DeviceRegistered', MetricUnit.Count, 1);
  log.info({ userId, deviceId: device.id, platform }, 'device registered');
  return json(201, { id: device.id });
};

/** `GET /notifications`: the signed-in user's notifications, newest first. */
const listNotifications: ApiHandler = async (event) => {
  const me = callerId(event);
  const notifications = [...store.notifications.values()]
    .filter((n) => n.userId === me)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  metrics.add('NotificationsListed', MetricUnit.Count, notifications.length);
  return json(200, { notifications });
};

/** The `notifications` function: push devices and the notification list. */
export const handler = instrument(
  router({ 'POST /notifications/devices': registerDevice, 'GET /notifications': listNotifications }),
);
