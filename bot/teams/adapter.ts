import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { Logger } from 'pino';
import type { Config } from '../config';

/**
 * The Bot Framework edge. With credentials every incoming activity is authenticated;
 * without a bot id the adapter runs unauthenticated, for local development only.
 */
export function createAdapter(config: Config, log: Logger): CloudAdapter {
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
  return new CloudAdapter(auth);
}
