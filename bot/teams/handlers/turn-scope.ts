import type { TurnContext } from 'botbuilder';
import type { ConversationRef } from '../../../core/model';
import type { AppDeps } from '../../app-deps';
import type { RoundsPort } from '../../scheduler/rounds-port';
import type { Viewer } from '../identity';
import type { PrivacyBot } from '../privacy/privacy-bot';

export interface TeamsServices {
  rounds: RoundsPort;
  /** The Teams app (manifest) id, for deep links into the app's tab. */
  teamsAppId?: string;
  /** The privacy commands and cards ("mine data", "slet mine data"); set by createTeamsBot. */
  privacy?: PrivacyBot;
}

/** Everything a command handler needs for one turn. */
export interface TurnScope {
  deps: AppDeps;
  services: TeamsServices;
  context: TurnContext;
  viewer: Viewer;
  ref: ConversationRef;
  argument: string;
}

export async function reply(scope: TurnScope, text: string): Promise<void> {
  await scope.context.sendActivity({ type: 'message', text, textFormat: 'markdown' });
}
