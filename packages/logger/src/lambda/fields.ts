import type { Scrubber } from '@valine/pii';
import { CORRELATION_ID_HEADER, EnvName, MAX_CORRELATION_ID_LENGTH } from '../constants.js';
import { readEnv } from '../env.js';
import { safeRead } from '../redaction/safeRead.js';
import type { LambdaContext } from '../types.js';

type Fields = Record<string, unknown>;

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

const objectAt = (value: unknown, key: string): object | undefined => {
  if (typeof value !== 'object' || value === null) return undefined;
  const inner = safeRead(value, key);
  return typeof inner === 'object' && inner !== null ? inner : undefined;
};

/** `Root=1-5759e988-bd862e3fe1be46a994272793;Parent=…;Sampled=1` → the Root, what X-Ray's console searches by. */
const xrayTraceId = (): string | undefined => {
  const header = readEnv(EnvName.XrayTraceId);
  if (header === undefined) return undefined;
  for (const part of header.split(';')) {
    if (part.startsWith('Root=')) return part.slice(5);
  }
  return undefined;
};

const headerValue = (headers: object | undefined, name: string): string | undefined => {
  if (headers === undefined) return undefined;
  try {
    for (const key of Object.keys(headers)) {
      if (key.toLowerCase() === name) return text(safeRead(headers, key));
    }
  } catch {
    return undefined;
  }
  return undefined;
};

/**
 * The caller's `x-correlation-id` header (any case), else API Gateway's
 * request ID (`requestContext.requestId`, HTTP API v2 and REST v1 alike).
 * The header comes from outside: capped and scrubbed.
 */
const correlationId = (event: unknown, scrubber: Scrubber): string | undefined => {
  const header = headerValue(objectAt(event, 'headers'), CORRELATION_ID_HEADER);
  if (header !== undefined) return scrubber.scrubString(header.slice(0, MAX_CORRELATION_ID_LENGTH));
  const requestContext = objectAt(event, 'requestContext');
  return requestContext === undefined ? undefined : text(safeRead(requestContext, 'requestId'));
};

/** The per-invocation fields, named as Powertools Logger names them so existing Logs Insights queries keep working. */
export const invocationFields = (
  event: unknown,
  context: LambdaContext | undefined,
  coldStart: boolean,
  sampleRate: number,
  scrubber: Scrubber,
): Fields => {
  const fields: Fields = {};
  const from = (key: keyof LambdaContext): unknown =>
    typeof context === 'object' && context !== null ? safeRead(context, key) : undefined;
  const assign = (key: string, value: unknown): void => {
    if (value !== undefined) fields[key] = value;
  };
  assign('function_name', text(from('functionName')));
  assign('function_version', text(from('functionVersion')));
  assign('function_arn', text(from('invokedFunctionArn')));
  const memory = Number(from('memoryLimitInMB'));
  assign('function_memory_size', Number.isFinite(memory) && memory > 0 ? memory : undefined);
  assign('function_request_id', text(from('awsRequestId')));
  fields.cold_start = coldStart;
  assign('xray_trace_id', xrayTraceId());
  assign('correlation_id', correlationId(event, scrubber));
  if (sampleRate > 0) fields.sampling_rate = sampleRate;
  return fields;
};
