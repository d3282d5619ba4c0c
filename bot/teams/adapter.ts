import {
  type Activity,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import type { Logger } from 'pino';
import type { Config } from '../config';

/*
 * The Bot Framework edge: the one file that relies on botbuilder beyond its public API. Each
 * reliance is pinned by tests/bot/teams/botbuilder-edge.test.ts, so an upgrade that changes one
 * fails there, not in production:
 *  1. SamskabAdapter.runAuthenticated calls CloudAdapterBase's protected processActivity, the only
 *     entry that takes an already authenticated request and returns the invoke response (the
 *     endpoint authenticates first, to refuse other tenants and to answer 401/403/503 itself).
 *  2. ownConnectorRequests reaches the private @azure/core-client pipeline of the turn's
 *     ConnectorClient, to remove its retry policy (ConnectorClientOptions.noRetryPolicy is declared
 *     but ignored by botbuilder 4.23) and to rate-limit each request as it leaves.
 *  3. activityFromBody does what botbuilder's unexported validateAndFixActivity does to a body.
 *  4. SharedConnectors keeps the ConnectorClient of incoming turns across turns: processActivity
 *     builds the turn's client with the authenticated request's connectorFactory (a public field),
 *     which botbuilder otherwise makes anew, with a new client, for every request; the client
 *     holds no per-turn state, and the factory's result depends only on the bot's app id (its
 *     getAppId claims rule), the service URL and the audience.
 *  5. SamskabAuthentication keeps the UserTokenClient per bot app id: every turn asks the
 *     authentication for one (processActivity, processProactive), which builds it anew, with a
 *     new token API client, from the app id alone.
 * Everything else in bot/teams uses botbuilder's public API only.
 */

export type AuthenticatedRequest = Awaited<
  ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>
>;
type UserTokenClient = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['createUserTokenClient']>>;

/**
 * botbuilder's configured authentication, keeping the user token client every turn asks for (one
 * per bot app id; it only wraps the token service's address and the bot's credentials, whose
 * tokens come from botframework-connector's expiring cache on each request).
 */
export class SamskabAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly userTokenClients = new Map<string, Promise<UserTokenClient>>();

  override createUserTokenClient(identity: AuthenticatedRequest['claimsIdentity']): Promise<UserTokenClient> {
    const appId = botAppIdOf(identity) ?? '';
    return keptOrBuilt(this.userTokenClients, appId, () => super.createUserTokenClient(identity));
  }
}

export type BotAuthentication = SamskabAuthentication;

export class SamskabAdapter extends CloudAdapter {
  /** Per adapter, so per authentication (one bot's credentials or identity): never shared wider. */
  private readonly connectors = new SharedConnectors();

  constructor(auth: SamskabAuthentication) {
    super(auth);
  }

  /**
   * Runs the turn of a request the endpoint has authenticated; resolves to the invoke response.
   * The turn's connector client is the one kept for its service URL (see SharedConnectors).
   */
  runAuthenticated(
    authenticated: AuthenticatedRequest,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(this.connectors.reuseIn(authenticated), activity, logic);
  }
}

type ConnectorFactory = NonNullable<AuthenticatedRequest['connectorFactory']>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;
type ClaimsIdentity = AuthenticatedRequest['claimsIdentity'];

/** The claims botframework-connector's getAppId reads, in its order (AuthenticationConstants). */
export const APP_ID_CLAIMS = ['aud', 'appid'] as const;

/** The bot's app id a connector factory is made for, by botframework-connector's own rule. */
export function botAppIdOf(identity: ClaimsIdentity): string | undefined {
  for (const claim of APP_ID_CLAIMS) {
    const value = identity.getClaimValue(claim);
    if (value !== null && value !== undefined) return value;
  }
  return undefined;
}

/** Connector clients that serve many turns; ownConnectorRequests leaves their pipeline alone. */
const sharedClients = new WeakSet<object>();

/**
 * The connector clients of incoming turns, one per bot app id, service URL and audience, built
 * once by botbuilder's own factory and reused: building them (core-client's pipeline, the
 * credentials object) with the user token client took about 7% of the server's CPU time in
 * bench/turns. Safe to share: a client keeps no state
 * of a turn, and its credentials ask botframework-connector's token cache (which renews a token
 * five minutes before it expires) on every request, so a kept client never holds a stale token.
 * A failed build is not kept; the least recently used client goes when there are too many.
 */
export class SharedConnectors {
  private readonly clients = new Map<string, Promise<ConnectorClient>>();

  /** The request with a connector factory that hands out the kept clients. */
  reuseIn(authenticated: AuthenticatedRequest): AuthenticatedRequest {
    const factory = authenticated.connectorFactory;
    if (!factory) return authenticated;
    const appId = botAppIdOf(authenticated.claimsIdentity) ?? '';
    const shared: ConnectorFactory = {
      create: (serviceUrl, audience) => this.client(factory, appId, serviceUrl, audience),
    };
    return { ...authenticated, connectorFactory: shared };
  }

  private client(
    factory: ConnectorFactory,
    appId: string,
    serviceUrl: string,
    audience: string | undefined,
  ): Promise<ConnectorClient> {
    const key = JSON.stringify([appId, serviceUrl, audience ?? null]);
    return keptOrBuilt(this.clients, key, async () => {
      const client = await factory.create(serviceUrl, audience);
      sharedClients.add(client);
      return client;
    });
  }
}

/** Teams has a handful of service URLs (regions) and one bot app id; more only in development. */
const MAX_KEPT = 32;

/**
 * The kept promise for `key`, else `build()`'s, kept unless it fails; the least recently used
 * goes beyond MAX_KEPT. Concurrent first turns share one build.
 */
function keptOrBuilt<T>(kept: Map<string, Promise<T>>, key: string, build: () => Promise<T>): Promise<T> {
  const existing = kept.get(key);
  if (existing) {
    kept.delete(key);
    kept.set(key, existing);
    return existing;
  }
  const built = build();
  kept.set(key, built);
  built.catch(() => {
    if (kept.get(key) === built) kept.delete(key);
  });
  if (kept.size > MAX_KEPT) {
    const oldest = kept.keys().next().value;
    if (oldest !== undefined) kept.delete(oldest);
  }
  return built;
}

export interface BotAdapter {
  adapter: SamskabAdapter;
  /** The same authentication the adapter uses; the endpoint authenticates before the tenant check. */
  auth: BotAuthentication;
}

/**
 * With credentials (a password, or the managed identity) every incoming activity is authenticated;
 * without a bot id the adapter runs unauthenticated, for local development only.
 */
export function createAdapter(config: Config, log: Logger): BotAdapter {
  const bot = config.bot;
  const auth = new SamskabAuthentication(
    bot
      ? {
          MicrosoftAppId: bot.id,
          MicrosoftAppPassword: bot.password ?? undefined,
          MicrosoftAppTenantId: bot.tenantId ?? undefined,
          MicrosoftAppType: bot.type,
        }
      : {},
  );
  if (!bot)
    log.warn(
      { component: 'teams' },
      'bot: no BOT_ID configured, running in local dev mode; activities are not authenticated',
    );
  else log.info({ component: 'teams', botType: bot.type }, 'bot: activities are authenticated');
  return { adapter: new SamskabAdapter(auth), auth };
}

/** What botbuilder's validateAndFixActivity does: ISO strings to dates, the raw value kept. */
export function activityFromBody(body: Record<string, unknown>): Activity {
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['expiration', 'rawExpiration'],
    ['localTimestamp', 'rawLocalTimestamp'],
  ] as const) {
    const value = body[field];
    if (typeof value === 'string') {
      body[raw] = value;
      body[field] = new Date(value);
    }
  }
  return body as unknown as Activity;
}

/** The parts of an @azure/core-rest-pipeline Pipeline this file uses (all public there). */
export interface ConnectorPipeline {
  removePolicy(options: { name: string }): unknown;
  addPolicy(policy: {
    name: string;
    sendRequest(request: { timeout: number }, next: (r: unknown) => Promise<unknown>): Promise<unknown>;
  }): void;
  getOrderedPolicies(): Array<{ name: string }>;
}

/** The name @azure/core-client gives the retry policy of every client it builds. */
export const CONNECTOR_RETRY_POLICY = 'defaultRetryPolicy';
const OWN_REQUEST_POLICY = 'samskabOwnRequests';

/**
 * The pipeline under a ConnectorClient: botbuilder-stdlib's ServiceClientContext keeps its
 * core-client ServiceClient in the private field `client`. Null when it does not look so.
 */
export function connectorPipelineOf(connector: unknown): ConnectorPipeline | null {
  const pipeline = (connector as { client?: { pipeline?: Partial<ConnectorPipeline> } } | undefined)?.client
    ?.pipeline;
  if (
    !pipeline ||
    typeof pipeline.removePolicy !== 'function' ||
    typeof pipeline.addPolicy !== 'function' ||
    typeof pipeline.getOrderedPolicies !== 'function'
  )
    return null;
  return pipeline as ConnectorPipeline;
}

/**
 * The connector pipeline silently retries 429/5xx/socket errors up to three times; those hidden
 * retries would bypass our rate limiter and make duplicate-counting after a crash impossible, so
 * the proactive sender owns retries. For the turn's connector client this removes the retry
 * policy, puts `timeoutMs` on each request and runs `beforeSend` (the rate limiter) right before
 * each request leaves, so the limiter's timestamps match what Teams sees on the wire.
 * Returns false when the client does not look as expected, or serves other turns too (a kept
 * client of incoming turns: its pipeline is not this turn's to change); the caller then limits
 * earlier.
 */
export function ownConnectorRequests(
  context: TurnContext,
  timeoutMs: number,
  beforeSend: () => Promise<{ done(): void }>,
): boolean {
  const client: unknown = context.turnState.get(context.adapter.ConnectorClientKey);
  if (typeof client === 'object' && client !== null && sharedClients.has(client)) return false;
  const pipeline = connectorPipelineOf(client);
  if (!pipeline) return false;
  pipeline.removePolicy({ name: OWN_REQUEST_POLICY });
  pipeline.removePolicy({ name: CONNECTOR_RETRY_POLICY });
  pipeline.addPolicy({
    name: OWN_REQUEST_POLICY,
    sendRequest: async (request, next) => {
      const permit = await beforeSend();
      request.timeout = timeoutMs;
      try {
        return await next(request);
      } finally {
        permit.done();
      }
    },
  });
  return true;
}
