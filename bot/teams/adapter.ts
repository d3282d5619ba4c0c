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
 * Everything else in bot/teams uses botbuilder's public API only.
 */

export type BotAuthentication = ConfigurationBotFrameworkAuthentication;
export type AuthenticatedRequest = Awaited<ReturnType<BotAuthentication['authenticateRequest']>>;

export class SamskabAdapter extends CloudAdapter {
  /** Runs the turn of a request the endpoint has authenticated; resolves to the invoke response. */
  runAuthenticated(
    authenticated: AuthenticatedRequest,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authenticated, activity, logic);
  }
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
  const auth = new ConfigurationBotFrameworkAuthentication(
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
 * Returns false when the client does not look as expected (the caller then limits earlier).
 */
export function ownConnectorRequests(
  context: TurnContext,
  timeoutMs: number,
  beforeSend: () => Promise<{ done(): void }>,
): boolean {
  const pipeline = connectorPipelineOf(context.turnState.get(context.adapter.ConnectorClientKey));
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
