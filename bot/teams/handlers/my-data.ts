import { t } from '../messages';
import { reply, type TurnScope } from './turn-scope';

/** "mine data" / "my data" and "slet mine data" / "delete my data": only in the person's 1:1 chat. */
function privacyCommand(command: 'show' | 'delete') {
  return async (scope: TurnScope): Promise<void> => {
    const privacy = scope.services.privacy;
    if (scope.ref.kind !== 'personal' || !privacy)
      return reply(scope, t(scope.viewer.locale, 'privacy.personalOnly'));
    await privacy.handleCommand(scope.context, command);
  };
}

export const myData = privacyCommand('show');
export const deleteMyData = privacyCommand('delete');
