import {
  type Activity,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import type { Logger } from 'pino';
import type { Config } from '../config';

export type BotAuthentication = ConfigurationBotFrameworkAuthentication;
export type AuthenticatedRequest = Awaited<ReturnType<BotAuthentication['authenticateRequest']>>;

/** CloudAdapter, with the turn of an already authenticated request reachable (see messages-endpoint). */
export class SamskabAdapter extends CloudAdapter {
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
 * The Bot Framework edge. With credentials every incoming activity is authenticated;
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
