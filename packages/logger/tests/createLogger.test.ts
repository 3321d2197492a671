import { createLogger, LoggerConfigurationError } from '@valine/logger';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLineSink } from './helpers/lineSink.js';

afterEach(() => {
  vi.unstubAllEnvs();
});

const clearLevelEnv = () => {
  for (const name of ['AWS_LAMBDA_LOG_LEVEL', 'LOG_LEVEL', 'POWERTOOLS_LOG_LEVEL', 'POWERTOOLS_SERVICE_NAME']) {
    vi.stubEnv(name, '');
  }
};

describe('output format', () => {
  it('writes Lambda JSON log format fields: upper-case level, ISO timestamp, service, message', () => {
    clearLevelEnv();
    const sink = createLineSink();
    const logger = createLogger({ service: 'users', destination: sink.destination });
    logger.info({ status: 200 }, 'done');
    expect(sink.raw).toHaveLength(1);
    expect(sink.raw[0]).toMatch(
      /^\{"level":"INFO","timestamp":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z","service":"users",/,
    );
    expect(sink.raw[0]?.endsWith('\n')).toBe(true);
    const [record] = sink.records();
    expect(record).toEqual({
      level: 'INFO',
      timestamp: expect.any(String),
      service: 'users',
      status: 200,
      message: 'done',
    });
    expect(Number.isNaN(Date.parse(record?.timestamp as string))).toBe(false);
  });

  it('stamps each line with the time it was written, across milliseconds', () => {
    vi.useFakeTimers();
    try {
      const sink = createLineSink();
      const logger = createLogger({ destination: sink.destination });
      vi.setSystemTime(Date.UTC(2026, 0, 2, 3, 4, 5, 6));
      logger.info('first');
      logger.info('same millisecond');
      vi.setSystemTime(Date.UTC(2026, 0, 2, 3, 4, 5, 7));
      logger.info('next millisecond');
      expect(sink.records().map((record) => record.timestamp)).toEqual([
        '2026-01-02T03:04:05.006Z',
        '2026-01-02T03:04:05.006Z',
        '2026-01-02T03:04:05.007Z',
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('labels every level the way Lambda filters them', () => {
    const sink = createLineSink();
    const logger = createLogger({ level: 'trace', destination: sink.destination });
    for (const level of ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const) logger[level](level);
    expect(sink.records().map((r) => r.level)).toEqual(['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL']);
  });

  it('takes the service from POWERTOOLS_SERVICE_NAME when not given', () => {
    vi.stubEnv('POWERTOOLS_SERVICE_NAME', 'posts');
    const sink = createLineSink();
    createLogger({ destination: sink.destination }).info('x');
    expect(sink.records()[0]?.service).toBe('posts');
  });
});

describe('level precedence: option > AWS_LAMBDA_LOG_LEVEL > LOG_LEVEL > POWERTOOLS_LOG_LEVEL > info', () => {
  const levelOf = (options: Parameters<typeof createLogger>[0] = {}) =>
    createLogger({ destination: createLineSink().destination, ...options }).level;

  it('defaults to info', () => {
    clearLevelEnv();
    expect(levelOf()).toBe('info');
  });

  it('reads each variable in order', () => {
    clearLevelEnv();
    vi.stubEnv('POWERTOOLS_LOG_LEVEL', 'ERROR');
    expect(levelOf()).toBe('error');
    vi.stubEnv('LOG_LEVEL', 'warning');
    expect(levelOf()).toBe('warn');
    vi.stubEnv('AWS_LAMBDA_LOG_LEVEL', 'DEBUG');
    expect(levelOf()).toBe('debug');
    expect(levelOf({ level: 'FATAL' })).toBe('fatal');
  });

  it('skips a value that is not a level', () => {
    clearLevelEnv();
    vi.stubEnv('AWS_LAMBDA_LOG_LEVEL', 'loud');
    vi.stubEnv('LOG_LEVEL', 'critical');
    expect(levelOf()).toBe('fatal');
  });

  it('filters below the level', () => {
    const sink = createLineSink();
    const logger = createLogger({ level: 'warn', destination: sink.destination });
    logger.info('hidden');
    logger.warn('shown');
    expect(sink.records().map((r) => r.message)).toEqual(['shown']);
  });
});

describe('configuration errors', () => {
  it('rejects a sample rate outside 0–1 and a non-positive buffer size', () => {
    expect(() => createLogger({ sampleRate: 2 })).toThrow(LoggerConfigurationError);
    expect(() => createLogger({ buffer: { maxLines: 0 } })).toThrow(/maxLines/);
  });
});
