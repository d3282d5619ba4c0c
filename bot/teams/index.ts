import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import { resolveLocale } from '../../core/i18n';
import type { AppDeps } from '../app-deps';
import { createAdapter } from './adapter';
import type { TeamsServices } from './handlers/turn-scope';
import { messagesHandler } from './messages-endpoint';
import { t } from './messages';
import { createPrivacyBot } from './privacy';
import { SamskabBot } from './samskab-bot';
import { allowedBotTenants } from './tenant-guard';

export { buildRoundActivity, type RoundCardInput } from './cards';
export { COMMANDS, type CommandSpec } from './commands';
export type { TeamsServices } from './handlers/turn-scope';

export interface TeamsBot {
  adapter: CloudAdapter;
  botAppId: string;
  bot: SamskabBot;
  /** POST /api/messages */
  registerRoutes(server: Server): void;
}

export function createTeamsBot(deps: AppDeps, services: TeamsServices): TeamsBot {
  const { adapter, auth } = createAdapter(deps.config, deps.log);
  const privacy = createPrivacyBot(deps);
  const teamsAppId = services.teamsAppId ?? deps.config.teamsAppId ?? undefined;
  const bot = new SamskabBot(deps, { ...services, ...(teamsAppId ? { teamsAppId } : {}) }, privacy);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    deps.log.error(
      { component: 'teams', err: error, activityType: context.activity.type },
      'bot turn failed',
    );
    if (context.activity.type === 'message') {
      await context
        .sendActivity(t(resolveLocale(context.activity.locale), 'error.generic'))
        .catch(() => undefined);
    }
  };
  const allowedTenants = allowedBotTenants(deps.config);
  if (allowedTenants.size)
    deps.log.info({ component: 'teams', tenants: allowedTenants.size }, 'bot: tenant allow-list active');
  return {
    adapter,
    botAppId: deps.config.bot?.id ?? '',
    bot,
    registerRoutes(server) {
      server.post(
        '/api/messages',
        messagesHandler({
          adapter,
          auth,
          allowedTenants,
          log: deps.log,
          logic: (context) => bot.run(context),
        }),
      );
    },
  };
}
