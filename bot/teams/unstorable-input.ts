import type { Activity, TurnContext } from 'botbuilder';
import { ActivityTypes } from 'botbuilder';
import { resolveLocale } from '../../core/i18n';
import type { Clock } from '../../core/model';
import { findUnstorableText, isStorableText } from '../../core/text/storable-text';
import type { ForumStore, MemberStore } from '../store/store';
import { resolveViewer } from './identity';
import { t } from './messages';

/**
 * The parts of an activity that reach the store (ids, the conversation reference, card data);
 * the chat text itself is only read, never stored. The name of the first one holding text no
 * database stores faithfully (NUL, lone surrogates), or null.
 */
export function unstorableActivityField(activity: Partial<Activity>): string | null {
  const { from, recipient, conversation, channelData, serviceUrl, replyToId, value } = activity;
  return findUnstorableText({ from, recipient, conversation, channelData, serviceUrl, replyToId, value });
}

/**
 * Refuses such an activity before the bot handles it: nothing is stored, and the person reads
 * why, in their language (a card action gets the message as its invoke answer, a submit as a
 * reply). Returns false when the activity is fine.
 */
export async function refuseUnstorableActivity(
  context: TurnContext,
  deps: { store: ForumStore & MemberStore; clock: Clock },
): Promise<boolean> {
  const activity = context.activity;
  const field = unstorableActivityField(activity);
  if (!field) return false;
  const aad = activity.from?.aadObjectId;
  const locale =
    aad && isStorableText(aad)
      ? (await resolveViewer(deps.store, deps.clock, activity)).locale
      : resolveLocale(activity.locale);
  const message = t(locale, 'input.unstorable');
  if (activity.type === ActivityTypes.Invoke) {
    await context.sendActivity({
      type: ActivityTypes.InvokeResponse,
      value: {
        status: 200,
        body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: message },
      },
    });
  } else if (activity.type === ActivityTypes.Message) {
    await context.sendActivity(message);
  }
  return true;
}
