import type { CommandId } from './commands';
import { help } from './handlers/help';
import { deleteMyData, myData } from './handlers/my-data';
import { deliveries, link, send } from './handlers/organizer';
import { pause, resume } from './handlers/pause';
import { principles, questions } from './handlers/questions';
import { status } from './handlers/status';
import { summary } from './handlers/summary';
import { sync } from './handlers/sync';
import type { TurnScope } from './handlers/turn-scope';

export const COMMAND_HANDLERS: Record<CommandId, (scope: TurnScope) => Promise<void>> = {
  help,
  status,
  questions,
  principles,
  pause,
  resume,
  summary,
  link,
  send,
  deliveries,
  sync,
  myData,
  deleteMyData,
};
