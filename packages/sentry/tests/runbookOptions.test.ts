import type { Integration } from '@sentry/core';
import { INTEGRATION_NAME, SentryOptionsError, toSafeUser, withRunbookDefaults } from '@valine/sentry';
import { afterEach, describe, expect, it, vi } from 'vitest';

type Options = Parameters<typeof withRunbookDefaults>[0] & { dsn?: string };
const run = (options: Options) => withRunbookDefaults(options);
const names = (integrations: unknown) => (integrations as Integration[]).map((i) => i.name);

describe('withRunbookDefaults', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('reports only from production, samples 10 % and keeps user info and cookies out', () => {
    vi.stubEnv('SENTRY_ENVIRONMENT', '');
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('SENTRY_RELEASE', 'api@2.0.0');
    const options = run({});
    expect(options).toMatchObject({
      enabled: true,
      environment: 'production',
      release: 'api@2.0.0',
      tracesSampleRate: 0.1,
      sendDefaultPii: false,
      dataCollection: { userInfo: false, cookies: false },
    });
    expect(names(options.integrations)).toEqual([INTEGRATION_NAME]);
  });

  it('stays off outside production unless enabled explicitly', () => {
    vi.stubEnv('NODE_ENV', 'test');
    vi.stubEnv('SENTRY_ENVIRONMENT', 'staging');
    expect(run({})).toMatchObject({ enabled: false, environment: 'staging' });
    expect(run({ environment: 'dev', enabled: true })).toMatchObject({ enabled: true, environment: 'dev' });
  });

  it('lets code override the defaults but never turns default PII back on', () => {
    const options = run({
      environment: 'production',
      tracesSampleRate: 0.5,
      dataCollection: { cookies: true },
      sendDefaultPii: true,
    } as Options);
    expect(options).toMatchObject({
      tracesSampleRate: 0.5,
      sendDefaultPii: false,
      dataCollection: { userInfo: false, cookies: true },
    });
  });

  it('leaves sampling to a tracesSampler when one is given', () => {
    expect(run({ tracesSampler: () => 1 }).tracesSampleRate).toBeUndefined();
  });

  it('appends the PII integration to a list or a function of the defaults, once', () => {
    const other = { name: 'Other' };
    expect(names(run({ integrations: [other, { name: INTEGRATION_NAME }] }).integrations)).toEqual([
      'Other',
      INTEGRATION_NAME,
    ]);
    const fn = run({ integrations: (defaults) => defaults.filter((i) => i.name !== 'Drop') }).integrations;
    expect(typeof fn).toBe('function');
    expect(names((fn as (d: Integration[]) => Integration[])([{ name: 'Keep' }, { name: 'Drop' }]))).toEqual([
      'Keep',
      INTEGRATION_NAME,
    ]);
  });

  it('rejects a sample rate outside 0..1 at start-up', () => {
    expect(() => run({ tracesSampleRate: 2 })).toThrow(SentryOptionsError);
  });
});

describe('toSafeUser', () => {
  it('keeps an id and a non-email username only', () => {
    const user = { id: 'b7e0c1d2', username: 'night_owl', email: 'x@example.com' } as Parameters<typeof toSafeUser>[0];
    expect(toSafeUser(user)).toEqual({ id: 'b7e0c1d2', username: 'night_owl' });
  });

  it('drops an email username and an email used as id', () => {
    expect(toSafeUser({ id: 'jane@example.com', username: 'jane@example.com' })).toEqual({});
    expect(toSafeUser({ id: 42 })).toEqual({ id: 42 });
  });
});
