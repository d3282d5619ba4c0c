import { z } from 'zod';
import { EXAMPLE_PEOPLE, PLAYGROUND_PEOPLE } from '../core/example-forum/members';
import { checkTimeZone } from '../core/time/time-zone';

const boolean = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const positiveInt = z.coerce.number().int().positive();

/** Every environment variable the server reads, with its default. README's configuration table mirrors this. */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().optional(),
  PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BOT_ID: z.string().optional(),
  BOT_PASSWORD: z.string().optional(),
  BOT_TENANT_ID: z.string().optional(),
  BOT_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMsi']).default('MultiTenant'),
  DATABASE_URL: z.string().optional(),
  /** How the app signs in to PostgreSQL: the URL's password, or an Entra token of its managed identity. */
  DATABASE_AUTH: z.enum(['password', 'entra']).default('password'),
  /** Client id of the user-assigned managed identity (DATABASE_AUTH=entra); unset: the system-assigned one. */
  AZURE_CLIENT_ID: z.string().optional(),
  /** Set by App Service when the app has a managed identity (never an app setting). */
  IDENTITY_ENDPOINT: z.string().optional(),
  IDENTITY_HEADER: z.string().optional(),
  SQLITE_PATH: z.string().default('data/samskab.sqlite'),
  PG_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/, 'lowercase letters, digits and _ only')
    .optional(),
  TEAMS_APP_ID: z.string().optional(),
  AAD_APP_CLIENT_ID: z.string().optional(),
  AAD_APP_TENANT_ID: z.string().optional(),
  ALLOWED_TENANT_IDS: z.string().optional(),
  DEV_AUTH: boolean.optional(),
  /** Test seam (SECURITY.md): SSO signing keys from a loopback JWKS, only with SAMSKAB_TEST_SEAMS=1. */
  TEST_SSO_JWKS_URL: z.string().optional(),
  SAMSKAB_TEST_SEAMS: boolean.optional(),
  SEED_EXAMPLE: boolean.optional(),
  BOOTSTRAP_ORGANIZERS: z
    .string()
    .regex(/^[0-9a-f-]{36}(,\s*[0-9a-f-]{36})*$/i, 'comma-separated Entra object ids')
    .optional(),
  DEFAULT_TIME_ZONE: z
    .string()
    .default('Europe/Copenhagen')
    .refine((zone) => checkTimeZone(zone).ok, 'not a known IANA time zone (e.g. Europe/Copenhagen)'),
  SCHEDULER_ENABLED: boolean.default(true),
  SCHEDULER_TICK_MS: positiveInt.default(1000),
  SCHEDULER_BATCH_SIZE: positiveInt.default(50),
  SCHEDULER_LEASE_MS: positiveInt.default(60_000),
  SCHEDULER_MAX_ATTEMPTS: positiveInt.default(8),
  SCHEDULER_CATCH_UP_HOURS: z.coerce.number().min(0).default(12),
  RETENTION_ENABLED: boolean.optional(),
  SEND_RATE_PER_SECOND: positiveInt.default(30),
  SEND_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1_000).default(30_000),
  DEMO_SPEED: z.coerce.number().positive().optional(),
  DEMO_LIVE_PEOPLE: z.string().optional(),
  DEMO_AS: z.string().optional(),
  BODY_LIMIT_BYTES: positiveInt.default(256 * 1024),
  /** Heavy API requests (summaries, overview, Word/PowerPoint) at work at once in this process. */
  API_HEAVY_CONCURRENCY: positiveInt.default(4),
  /** Heavy API requests that may wait in line in this process; one more gets 503 with Retry-After. */
  API_HEAVY_QUEUE: z.coerce.number().int().min(0).default(200),
  /** The longest a heavy API request waits in line before it gets 503 with Retry-After. */
  API_HEAVY_WAIT_MS: positiveInt.default(30_000),
  /** Voices the public page takes per link, and per source network, in 10 minutes (shared by every instance). */
  VOICE_LIMIT_PER_LINK: positiveInt.default(300),
  VOICE_LIMIT_PER_SOURCE: positiveInt.default(30),
  /** The data controller named on the tab's privacy page (the organization deploying the app). */
  PRIVACY_CONTROLLER_NAME: z.string().max(200).optional(),
  PRIVACY_CONTROLLER_CONTACT: z.string().max(300).optional(),
  /** Where the data lives, as shown on the privacy page (e.g. "Azure, Sweden Central"). */
  PRIVACY_DATA_LOCATION: z.string().max(200).optional(),
});

export type RawConfig = z.infer<typeof configSchema>;

export interface Config {
  production: boolean;
  port: number;
  host: string;
  publicUrl: string;
  logLevel: RawConfig['LOG_LEVEL'];
  /** null: no credentials — local dev mode, activities are not authenticated. */
  bot: { id: string; password: string | null; tenantId: string | null; type: RawConfig['BOT_TYPE'] } | null;
  /** The Teams app id (manifest id), for deep links into the app's tabs. */
  teamsAppId: string | null;
  database:
    | { kind: 'postgres'; url: string; schema?: string; entra?: ManagedIdentityEndpoint }
    | { kind: 'sqlite'; path: string };
  auth: {
    /** 'dev': tokens from a local key, localhost only. 'entra': Teams SSO tokens. */
    mode: 'dev' | 'entra';
    clientId: string | null;
    tenantId: string | null;
    allowedTenantIds: string[];
    /** Test seam: where SSO signing keys come from instead of Microsoft's (a loopback URL), else null. */
    testJwksUrl: string | null;
  };
  seedExample: boolean;
  /** Entra object ids made organizers at start-up (a new forum is created in an empty database). */
  bootstrapOrganizers: string[];
  defaultTimeZone: string;
  scheduler: {
    enabled: boolean;
    tickMs: number;
    batchSize: number;
    leaseMs: number;
    maxAttempts: number;
    catchUpHours: number;
    /** Proactive sends per second for the whole app: the sum over every instance. */
    sendRatePerSecond: number;
    /** Timeout of one send or card update request to the Bot Connector. */
    sendRequestTimeoutMs: number;
  };
  /** Run the daily retention purge in this process. */
  retentionEnabled: boolean;
  /** Demo clock: the example period played this many times faster than real time. */
  demoSpeed: number | null;
  /**
   * The living demo (development, demo clock, seeded example): the example people a Teams client
   * (the Agents Playground) stands in for; everyone else is simulated and answers on their own.
   */
  demo: { livePeople: string[]; as: string | null } | null;
  bodyLimitBytes: number;
  /** Bounded admission of the heavy API routes, per process (bot/api/http/admission.ts). */
  heavyRequests: { concurrency: number; queue: number; maxWaitMs: number };
  /** Rate limits of the public voices page, per 10 minutes. */
  voiceLimits: { perLink: number; perSource: number };
  /** Facts of this deployment for the public privacy page; null where the operator has not set them. */
  privacyNotice: {
    controllerName: string | null;
    controllerContact: string | null;
    dataLocation: string | null;
  };
}

/** App Service's managed identity token endpoint (DATABASE_AUTH=entra). */
export interface ManagedIdentityEndpoint {
  endpoint: string;
  header: string;
  clientId: string | null;
}

/** Settings production refuses to start without (checked by loadConfig; also read by tests/infra). */
export const REQUIRED_IN_PRODUCTION = [
  'BOT_ID',
  'DATABASE_URL',
  'AAD_APP_CLIENT_ID',
  'ALLOWED_TENANT_IDS',
] as const;

export class ConfigError extends Error {
  constructor(
    readonly setting: string,
    detail: string,
  ) {
    super(`${setting}: ${detail}`);
    this.name = 'ConfigError';
  }
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(stripEmpty(env));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(String(issue.path[0] ?? 'environment'), issue.message);
  }
  const raw = parsed.data;
  const production = raw.NODE_ENV === 'production';
  if (production) {
    for (const name of REQUIRED_IN_PRODUCTION) {
      if (!raw[name]) throw new ConfigError(name, 'is required in production (NODE_ENV=production)');
    }
    if (raw.BOT_TYPE !== 'UserAssignedMsi' && !raw.BOT_PASSWORD) {
      throw new ConfigError('BOT_PASSWORD', `is required in production unless BOT_TYPE=UserAssignedMsi`);
    }
    if (raw.DEV_AUTH) throw new ConfigError('DEV_AUTH', 'dev sign-in cannot be enabled in production');
    if (raw.DEMO_SPEED) throw new ConfigError('DEMO_SPEED', 'the demo clock cannot run in production');
  }
  checkLease(raw.SCHEDULER_LEASE_MS, raw.SEND_REQUEST_TIMEOUT_MS);
  const host = raw.HOST ?? (production ? '0.0.0.0' : '127.0.0.1');
  const devAuth = raw.DEV_AUTH ?? (!production && !raw.AAD_APP_CLIENT_ID);
  if (devAuth && !LOOPBACK.has(host)) {
    throw new ConfigError('HOST', `dev sign-in only binds to localhost; got ${host}`);
  }
  return {
    production,
    port: raw.PORT,
    host,
    publicUrl: (raw.PUBLIC_URL ?? `http://localhost:${raw.PORT}`).replace(/\/$/, ''),
    logLevel: raw.LOG_LEVEL,
    bot: raw.BOT_ID
      ? {
          id: raw.BOT_ID,
          password: raw.BOT_PASSWORD ?? null,
          tenantId: raw.BOT_TENANT_ID ?? null,
          type: raw.BOT_TYPE,
        }
      : null,
    teamsAppId: raw.TEAMS_APP_ID ?? null,
    database: databaseFrom(raw),
    auth: {
      mode: devAuth ? 'dev' : 'entra',
      clientId: raw.AAD_APP_CLIENT_ID ?? null,
      tenantId: raw.AAD_APP_TENANT_ID ?? null,
      allowedTenantIds: (raw.ALLOWED_TENANT_IDS ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      testJwksUrl: testJwksUrlFrom(raw),
    },
    seedExample: raw.SEED_EXAMPLE ?? !production,
    bootstrapOrganizers: (raw.BOOTSTRAP_ORGANIZERS ?? '')
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
    defaultTimeZone: raw.DEFAULT_TIME_ZONE,
    scheduler: {
      enabled: raw.SCHEDULER_ENABLED,
      tickMs: raw.SCHEDULER_TICK_MS,
      batchSize: raw.SCHEDULER_BATCH_SIZE,
      leaseMs: raw.SCHEDULER_LEASE_MS,
      maxAttempts: raw.SCHEDULER_MAX_ATTEMPTS,
      catchUpHours: raw.SCHEDULER_CATCH_UP_HOURS,
      sendRatePerSecond: raw.SEND_RATE_PER_SECOND,
      sendRequestTimeoutMs: raw.SEND_REQUEST_TIMEOUT_MS,
    },
    retentionEnabled: raw.RETENTION_ENABLED ?? production,
    demoSpeed: raw.DEMO_SPEED ?? null,
    demo: demoFrom(raw, production),
    bodyLimitBytes: raw.BODY_LIMIT_BYTES,
    heavyRequests: {
      concurrency: raw.API_HEAVY_CONCURRENCY,
      queue: raw.API_HEAVY_QUEUE,
      maxWaitMs: raw.API_HEAVY_WAIT_MS,
    },
    voiceLimits: { perLink: raw.VOICE_LIMIT_PER_LINK, perSource: raw.VOICE_LIMIT_PER_SOURCE },
    privacyNotice: {
      controllerName: raw.PRIVACY_CONTROLLER_NAME ?? null,
      controllerContact: raw.PRIVACY_CONTROLLER_CONTACT ?? null,
      dataLocation: raw.PRIVACY_DATA_LOCATION ?? null,
    },
  };
}

/** The shortest lease: its heartbeat (every lease/3) then renews it at least once a second. */
export const MIN_LEASE_MS = 3_000;
/** A lease outlasts the send request it was extended for by at least this much. */
export const LEASE_MARGIN_MS = 1_000;

/**
 * A send extends its lease right before the request leaves; the lease must outlast that request
 * (timeout + margin), so two workers never have a request for one delivery in flight at once,
 * even if heartbeats stall.
 */
function checkLease(leaseMs: number, requestTimeoutMs: number): void {
  const least = Math.max(MIN_LEASE_MS, requestTimeoutMs + LEASE_MARGIN_MS);
  if (leaseMs < least) {
    throw new ConfigError(
      'SCHEDULER_LEASE_MS',
      `${leaseMs} is too short: at least ${least} (≥ ${MIN_LEASE_MS} for the lease/3 heartbeat, and SEND_REQUEST_TIMEOUT_MS ${requestTimeoutMs} + ${LEASE_MARGIN_MS} so a lease outlives every send request)`,
    );
  }
}

function demoFrom(raw: RawConfig, production: boolean): Config['demo'] {
  if (production || !raw.DEMO_SPEED || !(raw.SEED_EXAMPLE ?? true)) return null;
  const listed = raw.DEMO_LIVE_PEOPLE ?? PLAYGROUND_PEOPLE.join(',');
  const livePeople = (listed.trim() === 'none' ? '' : listed)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = (name: string) => !EXAMPLE_PEOPLE.includes(name);
  const stranger = livePeople.find(unknown);
  if (stranger) throw new ConfigError('DEMO_LIVE_PEOPLE', `"${stranger}" is not one of the example's people`);
  if (raw.DEMO_AS && unknown(raw.DEMO_AS)) {
    throw new ConfigError('DEMO_AS', `"${raw.DEMO_AS}" is not one of the example's people`);
  }
  return { livePeople, as: raw.DEMO_AS ?? null };
}

/**
 * The SSO test seam: signing keys from a JWKS on this machine, for tests that run the server as in
 * production. Refused unless the test flag is set too and the URL is loopback, so it can never
 * point the server at keys somewhere else.
 */
function testJwksUrlFrom(raw: RawConfig): string | null {
  if (!raw.TEST_SSO_JWKS_URL) return null;
  if (!raw.SAMSKAB_TEST_SEAMS) {
    throw new ConfigError(
      'TEST_SSO_JWKS_URL',
      'is a test seam; it needs SAMSKAB_TEST_SEAMS=1 (never set either in a deployment)',
    );
  }
  let url: URL;
  try {
    url = new URL(raw.TEST_SSO_JWKS_URL);
  } catch {
    throw new ConfigError('TEST_SSO_JWKS_URL', 'is not a URL');
  }
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !LOOPBACK.has(hostname)) {
    throw new ConfigError(
      'TEST_SSO_JWKS_URL',
      `must be an http(s) URL on loopback (127.0.0.1, localhost, [::1]); got ${url.host}`,
    );
  }
  return url.toString();
}

function databaseFrom(raw: RawConfig): Config['database'] {
  if (!raw.DATABASE_URL) return { kind: 'sqlite', path: raw.SQLITE_PATH };
  let url: URL;
  try {
    url = new URL(raw.DATABASE_URL);
  } catch {
    throw new ConfigError('DATABASE_URL', 'is not a URL (expected postgres://user@host:5432/db)');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(
      'DATABASE_URL',
      `unsupported scheme '${url.protocol}' (use postgres:// or leave it unset for SQLite)`,
    );
  }
  if (raw.DATABASE_AUTH === 'password')
    return { kind: 'postgres', url: raw.DATABASE_URL, schema: raw.PG_SCHEMA };
  if (url.password)
    throw new ConfigError('DATABASE_URL', 'must not carry a password with DATABASE_AUTH=entra');
  if (!raw.IDENTITY_ENDPOINT || !raw.IDENTITY_HEADER)
    throw new ConfigError(
      'DATABASE_AUTH',
      'entra needs a managed identity (IDENTITY_ENDPOINT and IDENTITY_HEADER, set by App Service)',
    );
  if (!URL.canParse(raw.IDENTITY_ENDPOINT))
    throw new ConfigError('IDENTITY_ENDPOINT', 'is not a URL (App Service sets it for a managed identity)');
  return {
    kind: 'postgres',
    url: raw.DATABASE_URL,
    schema: raw.PG_SCHEMA,
    entra: {
      endpoint: raw.IDENTITY_ENDPOINT,
      header: raw.IDENTITY_HEADER,
      clientId: raw.AZURE_CLIENT_ID ?? null,
    },
  };
}

function stripEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && v !== '') out[k] = v;
  return out;
}
