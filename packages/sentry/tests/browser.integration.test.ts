import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SentryEndpoint, startSentryEndpoint } from '../../../tools/test/sentryEndpoint.js';

const CHROMIUM = '/usr/bin/chromium';
const APP_DIR = fileURLToPath(new URL('../../../examples/react-app/', import.meta.url));
const PLANTED = ['jane.doe@example.com', 'jane.doe%40example.com', '4111 1111 1111 1111', '4111111111111111'];
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

interface Frame {
  filename?: string;
  function?: string;
  lineno?: number;
}
interface BrowserEvent {
  exception?: { values?: Array<{ value?: string; stacktrace?: { frames?: Frame[] } }> };
  breadcrumbs?: Array<{ category?: string; data?: { url?: string } }>;
  request?: { url?: string };
}

/** The example's static build plus the API route its page calls. */
function appRoutes(outDir: string) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path.startsWith('/api/customers')) {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"c_1"}');
      return true;
    }
    const file = join(outDir, normalize(path === '/' ? 'index.html' : path).replace(/^(\.\.[/\\])+/, ''));
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
    return true;
  };
}

describe('@sentry/react with initSentry from @valine/sentry/react, in Chromium', () => {
  let sink: SentryEndpoint;
  let browser: Browser | undefined;
  let outDir: string;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium) to run this test`);
    }
    outDir = await mkdtemp(join(tmpdir(), 'valine-react-app-'));
    sink = await startSentryEndpoint(appRoutes(outDir));
    process.env.VITE_SENTRY_DSN = sink.dsn;
    try {
      await build({
        configFile: join(APP_DIR, 'vite.config.ts'),
        mode: 'production',
        logLevel: 'warn',
        build: { outDir, emptyOutDir: true, minify: false },
      });
    } finally {
      delete process.env.VITE_SENTRY_DSN;
    }
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await sink?.close();
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it('reports the render error with a usable stack and none of the planted PII', async () => {
    const page = await browser!.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.goto(`http://127.0.0.1:${sink.port}/?ref=jane.doe%40example.com&utm_source=newsletter`);
    await page.waitForSelector('#lookup', { timeout: 10_000 }).catch(() => {
      throw new Error(`the example did not render: ${pageErrors.join(' | ') || 'no page error'}`);
    });
    await page.click('#lookup');
    await page.waitForSelector('#status:has-text("lookup 200")');
    await page.click('#pay');
    await page.waitForSelector('#fallback');
    await sink.waitFor((items) => items.some((item) => item.header.type === 'event'));

    const text = sink.text();
    for (const value of PLANTED) {
      const at = text.indexOf(value);
      expect(at, `planted ${value} reached Sentry: …${text.slice(Math.max(0, at - 200), at + 60)}…`).toBe(-1);
    }

    const event = sink.items().find((item) => item.header.type === 'event')!.payload as BrowserEvent;
    const exception = event.exception?.values?.[0];
    expect(exception?.value).toMatch(/^Checkout failed for /);
    const frames = exception?.stacktrace?.frames ?? [];
    const own = frames.find((frame) => frame.function === 'PaymentSummary');
    expect(own?.filename).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${sink.port}/assets/index-.+\\.js$`));
    expect(own?.lineno).toBeGreaterThan(0);

    const fetchCrumb = event.breadcrumbs?.find((crumb) => crumb.category === 'fetch');
    expect(fetchCrumb?.data?.url).toMatch(/^\/api\/customers\?email=.+&page=2$/);
    expect(event.request?.url).toContain('utm_source=newsletter');
  });
});
