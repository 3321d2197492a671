import { MetricUnit } from '@valine/metrics';
import { BadRequestError } from '../errors.js';
import { type ApiHandler, callerId, json, readJson, requirePositiveNumber, requireString, router } from '../http.js';
import { instrument, logger, metrics } from '../observability.js';
import { newRecord, type Reel, store } from '../store.js';

const log = logger.child({ module: 'reels' });

const MAX_DURATION_SECONDS = 90;
// The video itself goes straight to S3 with a presigned URL; this is only its metadata.
const MAX_SIZE_BYTES = 500 * 1024 * 1024;

/** `POST /reels`: records an uploaded reel's metadata `{ title, durationSeconds, sizeBytes, contentType }`. */
const uploadReel: ApiHandler = async (event) => {
  const ownerId = callerId(event);
  const body = readJson(event);
  const contentType = requireString(body, 'contentType', 64);
  if (!contentType.startsWith('video/')) throw new BadRequestError('contentType must be a video type');
  const durationSeconds = requirePositiveNumber(body, 'durationSeconds');
  if (durationSeconds > MAX_DURATION_SECONDS) throw new BadRequestError(`reels are at most ${MAX_DURATION_SECONDS} s`);
  const sizeBytes = requirePositiveNumber(body, 'sizeBytes');
  if (sizeBytes > MAX_SIZE_BYTES) throw new BadRequestError('reel is too large');
  const reel: Reel = {
    ...newRecord(),
    ownerId,
    title: requireString(body, 'title', 140),
    durationSeconds,
    sizeBytes,
    contentType,
  };
  store.reels.set(reel.id, reel);
  metrics.add('ReelUploaded', MetricUnit.Count, 1);
  metrics.add('ReelSize', MetricUnit.Bytes, sizeBytes);
  metrics.addMetadata('contentType', contentType);
  // Titles are free text: a phone number typed into one is scrubbed from this line.
  log.info({ userId: ownerId, reelId: reel.id, title: reel.title, sizeBytes }, 'reel metadata stored');
  return json(201, { id: reel.id });
};

/** `GET /reels`: the signed-in user's reels. */
const listReels: ApiHandler = async (event) => {
  const me = callerId(event);
  const reels = [...store.reels.values()].filter((reel) => reel.ownerId === me);
  return json(200, { reels });
};

/** The `reels` function: reel metadata. */
export const handler = instrument(router({ 'POST /reels': uploadReel, 'GET /reels': listReels }));
