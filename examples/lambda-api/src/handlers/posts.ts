import { MetricUnit } from '@valine/metrics';
import { ModerationError, NotFoundError } from '../errors.js';
import { type ApiHandler, callerId, json, readJson, requireString, router } from '../http.js';
import { containsCardNumber } from '../moderation.js';
import { instrument, logger, metrics } from '../observability.js';
import { newRecord, type Post, store } from '../store.js';

const log = logger.child({ module: 'posts' });
const PAGE_SIZE = 20;

/**
 * `POST /posts`: publishes `{ text }`. A post quoting a payment card number
 * is refused with an error whose message quotes the author's email and the
 * text, the kind of message real code writes: it shows that the log line
 * and the Sentry event carry neither.
 */
const createPost: ApiHandler = async (event) => {
  const authorId = callerId(event);
  const author = store.users.get(authorId);
  if (!author) throw new NotFoundError('create a profile before posting');
  const text = requireString(readJson(event), 'text', 2000);
  if (containsCardNumber(text)) {
    metrics.add('PostRejected', MetricUnit.Count, 1);
    throw new ModerationError(`post by ${author.email} rejected: "${text}" contains a payment card number`);
  }
  const post: Post = { ...newRecord(), authorId, text };
  store.posts.set(post.id, post);
  metrics.add('PostCreated', MetricUnit.Count, 1);
  metrics.add('PostLength', MetricUnit.Count, text.length);
  log.info({ userId: authorId, postId: post.id, length: text.length }, 'post created');
  return json(201, { id: post.id });
};

/** `GET /posts`: the newest posts, optionally by one author (`?author=<id>`). */
const listPosts: ApiHandler = async (event) => {
  const author = event.queryStringParameters?.author;
  const posts = [...store.posts.values()]
    .filter((post) => !author || post.authorId === author)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .slice(0, PAGE_SIZE);
  log.debug({ count: posts.length }, 'posts listed');
  return json(200, { posts });
};

/** The `posts` function: publish and read the feed. */
export const handler = instrument(router({ 'POST /posts': createPost, 'GET /posts': listPosts }));
