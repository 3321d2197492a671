/** Name under which the integration registers; one per client. */
export const INTEGRATION_NAME = 'ValinePii';

/** What replaces a value removed by name (Sentry's own marker, so dashboards read the same). */
export const FILTERED = '[Filtered]';

/**
 * User fields that are PII whatever their value. `geo` is derived from the
 * IP address, so it goes with it.
 */
export const DROPPED_USER_KEYS: ReadonlySet<string> = new Set(['email', 'ip_address', 'name', 'geo']);

/**
 * Request headers and CGI variables whose values are credentials or client
 * addresses, normalized by `@valine/pii`'s `normalizeKey` (lower case, letters and digits only).
 * Listed here as well as in the scrubber so an app rule set that disables a
 * key rule cannot reopen these on Sentry events.
 */
export const SENSITIVE_REQUEST_KEYS: ReadonlySet<string> = new Set([
  'authorization',
  'proxyauthorization',
  'cookie',
  'setcookie',
  'xforwardedfor',
  'xrealip',
  'forwarded',
  'cfconnectingip',
  'trueclientip',
  'xclientip',
  'remoteaddr',
  'remotehost',
  'xapikey',
  'xamzsecuritytoken',
]);

/**
 * `sdkProcessingMetadata` keys that hold the raw incoming request or the
 * client address. The rest of that bag holds SDK internals (scopes, the
 * dynamic sampling context) and must keep its identity.
 */
export const METADATA_KEYS_TO_DROP = ['normalizedRequest', 'ipAddress', 'request'] as const;

/** Top-level event fields that carry no user data and are passed through untouched. */
export const PASSTHROUGH_EVENT_KEYS: ReadonlySet<string> = new Set([
  'event_id',
  'timestamp',
  'start_timestamp',
  'level',
  'platform',
  'logger',
  'server_name',
  'release',
  'dist',
  'environment',
  'sdk',
  'modules',
  'type',
  'measurements',
  'debug_meta',
  'transaction_info',
]);

/**
 * Span and log attributes the SDK fills from the user and the client
 * connection; dropped whatever their value (`user.id` and `user.name`
 * are judged like `id` and `username`).
 */
export const DROPPED_ATTRIBUTE_KEYS: ReadonlySet<string> = new Set([
  'user.email',
  'user.ip_address',
  'user.full_name',
  'user.geo.city',
  'user.geo.country_code',
  'user.geo.region',
  'client.address',
  'http.client_ip',
  'net.peer.ip',
  'net.sock.peer.addr',
  'network.peer.address',
]);

/** Attribute keys whose values are query strings rather than text. */
export const QUERY_ATTRIBUTE_KEYS: ReadonlySet<string> = new Set(['url.query', 'http.query']);

/** Prefixes of attributes holding one HTTP header each (`http.request.header.cookie`). */
export const HEADER_ATTRIBUTE_PREFIXES = ['http.request.header.', 'http.response.header.'] as const;

/** Stack frame fields kept verbatim so an error stays debuggable. */
export const FRAME_CODE_KEYS: ReadonlySet<string> = new Set([
  'filename',
  'abs_path',
  'function',
  'module',
  'lineno',
  'colno',
  'in_app',
  'platform',
  'instruction_addr',
  'addr_mode',
  'debug_id',
  'module_metadata',
]);

/** Environment variables read by the init helpers; an option in code wins over them. */
export const ENV_VARS = {
  environment: 'SENTRY_ENVIRONMENT',
  nodeEnv: 'NODE_ENV',
  release: 'SENTRY_RELEASE',
} as const;

/** The runbook's Sentry settings. */
export const RUNBOOK_DEFAULTS = {
  /** 10 % of traces. */
  tracesSampleRate: 0.1,
  /** Only this environment reports unless `enabled` is set. */
  productionEnvironment: 'production',
  /** Used when neither an option nor an environment variable names one. */
  fallbackEnvironment: 'development',
  /**
   * SDK 11's replacement for `sendDefaultPii: false`: no user fields or IP
   * derived from requests, no cookies. Headers and bodies stay collected
   * (and scrubbed) because they are what makes a server error debuggable.
   */
  dataCollection: { userInfo: false, cookies: false },
} as const;
