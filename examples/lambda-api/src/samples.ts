import { apiEvent } from './events.js';
import type { ApiEvent } from './http.js';

/** The example's functions, one bundle and one Lambda each. */
export const FUNCTIONS = ['users', 'posts', 'connections', 'reels', 'messages', 'notifications'] as const;
export type FunctionName = (typeof FUNCTIONS)[number];

/** Safe to log: user ids are UUIDs, usernames are never emails. */
export const JANE = { id: '3f0c8a4e-5b7d-4c1e-9a2f-6d8e0b1c2a3f', username: 'jane_d' } as const;
export const SAM = { id: '8b1e2d3c-4f5a-4b6c-8d7e-9f0a1b2c3d4e', username: 'sam.lee' } as const;

/**
 * Every piece of personal data or secret the sample events carry. None of
 * these strings may appear in anything the functions write (tests and the
 * demo check every line against this list).
 */
export const PLANTED_PII = {
  emails: ['jane.doe@example.com', 'sam.lee@example.org'],
  phones: ['+1 415-555-0132', '(212) 555-0199', '+44 20 7946 0958'],
  cards: ['4111 1111 1111 1111'],
  names: ['Jane Doe', 'Sam Lee'],
  ips: ['203.0.113.42', '198.51.100.7'],
  secrets: [
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIzZjBjOGE0ZSJ9.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk',
    'sess_9f8e7d6c5b4a39281706',
    'ExponentPushToken[xk7Qm2LpR9vT4wZ8yB1cD3]',
  ],
} as const;

const [janeEmail, samEmail] = PLANTED_PII.emails;
const [janeName, samName] = PLANTED_PII.names;
const [janePhone, samPhone, samUkPhone] = PLANTED_PII.phones;
const [card] = PLANTED_PII.cards;
const [janeIp, samIp] = PLANTED_PII.ips;
const [jwt, sessionId, pushToken] = PLANTED_PII.secrets;

const janeRequest = {
  userId: JANE.id,
  sourceIp: janeIp,
  headers: { authorization: `Bearer ${jwt}` },
  cookies: [`session=${sessionId}`, 'theme=dark'],
};
const samRequest = { userId: SAM.id, sourceIp: samIp, headers: { authorization: `Bearer ${jwt}` } };

/** What earlier steps returned, by step id (parsed JSON bodies). */
export type PriorResults = Record<string, Record<string, unknown>>;

export interface SampleInvocation {
  /** Lets a later step use this step's response (`prior.request.id`). */
  id?: string;
  fn: FunctionName;
  title: string;
  event(prior: PriorResults): ApiEvent;
  /** The status the step should get; `'throws'` when the handler fails on purpose. */
  expect: number | 'throws';
}

/**
 * A short session of two users across all six functions: every function is
 * invoked at least twice (a cold start, then warm starts), every event
 * carries PII in its headers, and most carry it in the body too.
 *
 * @example
 * ```ts
 * for (const step of SCENARIO) await handlers[step.fn](step.event(prior), lambdaContext(step.fn));
 * ```
 */
export const SCENARIO: readonly SampleInvocation[] = [
  {
    fn: 'users',
    title: 'Jane signs up (email, phone and name in the body)',
    event: () =>
      apiEvent({
        ...janeRequest,
        routeKey: 'POST /users',
        body: { username: JANE.username, fullName: janeName, email: janeEmail, phone: janePhone },
      }),
    expect: 201,
  },
  {
    fn: 'users',
    title: 'Sam signs up',
    event: () =>
      apiEvent({
        ...samRequest,
        routeKey: 'POST /users',
        body: { username: SAM.username, fullName: samName, email: samEmail, phone: samPhone },
      }),
    expect: 201,
  },
  {
    fn: 'users',
    title: "Jane views Sam's profile",
    event: () =>
      apiEvent({
        ...janeRequest,
        routeKey: 'GET /users/{id}',
        path: `/users/${SAM.id}`,
        pathParameters: { id: SAM.id },
      }),
    expect: 200,
  },
  {
    fn: 'posts',
    title: 'Jane posts her phone number and email',
    event: () =>
      apiEvent({
        ...janeRequest,
        routeKey: 'POST /posts',
        body: { text: `Selling my bike! Call ${janePhone} or write to ${janeEmail}` },
      }),
    expect: 201,
  },
  {
    fn: 'posts',
    title: 'Jane posts a card number: moderation throws an error quoting it',
    event: () =>
      apiEvent({
        ...janeRequest,
        routeKey: 'POST /posts',
        body: { text: `Pay the meetup deposit with ${card}, exp 09/29` },
      }),
    expect: 'throws',
  },
  {
    fn: 'posts',
    title: "Sam reads Jane's posts",
    event: () => apiEvent({ ...samRequest, routeKey: 'GET /posts', query: { author: JANE.id } }),
    expect: 200,
  },
  {
    id: 'request',
    fn: 'connections',
    title: 'Jane asks Sam to connect',
    event: () => apiEvent({ ...janeRequest, routeKey: 'POST /connections', body: { toUserId: SAM.id } }),
    expect: 201,
  },
  {
    fn: 'connections',
    title: 'Sam accepts',
    event: (prior) => {
      const id = String(prior.request?.id);
      return apiEvent({
        ...samRequest,
        routeKey: 'POST /connections/{id}/accept',
        path: `/connections/${id}/accept`,
        pathParameters: { id },
      });
    },
    expect: 200,
  },
  {
    fn: 'reels',
    title: 'Sam uploads a reel whose title has his phone number',
    event: () =>
      apiEvent({
        ...samRequest,
        routeKey: 'POST /reels',
        body: {
          title: `Beach day, text me ${samPhone}`,
          durationSeconds: 42,
          sizeBytes: 18_350_080,
          contentType: 'video/mp4',
        },
      }),
    expect: 201,
  },
  {
    fn: 'reels',
    title: 'Sam lists his reels',
    event: () => apiEvent({ ...samRequest, routeKey: 'GET /reels' }),
    expect: 200,
  },
  {
    fn: 'messages',
    title: 'Sam messages Jane his new number and email',
    event: () =>
      apiEvent({
        ...samRequest,
        routeKey: 'POST /messages',
        body: { toUserId: JANE.id, text: `New number: ${samUkPhone}. Or mail ${samEmail}` },
      }),
    expect: 201,
  },
  {
    fn: 'messages',
    title: 'Jane opens the conversation',
    event: () => apiEvent({ ...janeRequest, routeKey: 'GET /messages', query: { with: SAM.id } }),
    expect: 200,
  },
  {
    fn: 'notifications',
    title: "Jane registers her phone's push token",
    event: () =>
      apiEvent({
        ...janeRequest,
        routeKey: 'POST /notifications/devices',
        body: { platform: 'ios', pushToken },
      }),
    expect: 201,
  },
  {
    fn: 'notifications',
    title: 'Jane lists her notifications',
    event: () => apiEvent({ ...janeRequest, routeKey: 'GET /notifications' }),
    expect: 200,
  },
];

/**
 * The planted values found in `text` (empty when it is clean).
 *
 * @example
 * ```ts
 * plantedIn('{"email":"[email]"}'); // []
 * ```
 */
export function plantedIn(text: string): string[] {
  return Object.values(PLANTED_PII)
    .flat()
    .filter((value) => text.includes(value));
}
