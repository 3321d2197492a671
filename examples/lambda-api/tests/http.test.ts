import type { Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { BadRequestError, ModerationError } from '../src/errors.js';
import { apiEvent, lambdaContext } from '../src/events.js';
import { callerId, json, readJson, requireString, router } from '../src/http.js';

const context: Context = lambdaContext('test');
const userId = '3f0c8a4e-5b7d-4c1e-9a2f-6d8e0b1c2a3f';

describe('router', () => {
  const handler = router({
    'POST /things': async (event) => json(201, { name: requireString(readJson(event), 'name') }),
    'GET /boom': async () => {
      throw new ModerationError('not an HttpError');
    },
  });

  it('dispatches on the route key', async () => {
    const result = await handler(apiEvent({ routeKey: 'POST /things', userId, body: { name: 'kite' } }), context);
    expect(result).toMatchObject({ statusCode: 201, body: '{"name":"kite"}' });
  });

  it('turns expected errors into JSON responses', async () => {
    const bad = await handler(apiEvent({ routeKey: 'POST /things', userId, body: '{not json' }), context);
    expect(bad.statusCode).toBe(400);
    expect(JSON.parse(bad.body!)).toEqual({ error: 'request body is not valid JSON' });
    const missing = await handler(apiEvent({ routeKey: 'POST /things', userId, body: {} }), context);
    expect(JSON.parse(missing.body!)).toEqual({ error: '"name" must be a non-empty string' });
    const unknown = await handler(apiEvent({ routeKey: 'DELETE /things', userId }), context);
    expect(unknown.statusCode).toBe(404);
  });

  it('rethrows unexpected errors for the observability wrapper', async () => {
    await expect(handler(apiEvent({ routeKey: 'GET /boom', userId }), context)).rejects.toBeInstanceOf(ModerationError);
  });
});

describe('request helpers', () => {
  it('reads the caller from the JWT authorizer claims', () => {
    expect(callerId(apiEvent({ routeKey: 'GET /x', userId }))).toBe(userId);
    expect(() => callerId(apiEvent({ routeKey: 'GET /x', userId: '' }))).toThrow('not signed in');
  });

  it('decodes base64 bodies and rejects non-objects', () => {
    const event = apiEvent({ routeKey: 'POST /x', userId, body: Buffer.from('{"a":1}').toString('base64') });
    expect(readJson({ ...event, isBase64Encoded: true })).toEqual({ a: 1 });
    expect(() => readJson(apiEvent({ routeKey: 'POST /x', userId, body: '[1]' }))).toThrow(BadRequestError);
  });
});
