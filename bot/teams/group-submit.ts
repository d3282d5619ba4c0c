import type { ConversationReference, TurnContext } from 'botbuilder';
import type { AppDeps } from '../app-deps';
import { resolveViewer } from './identity';
import { cardActivity, type Card } from './cards';
import { t } from './messages';

/**
 * An Action.Submit "edit" or "refresh" in a group chat or channel asks for the person's own view,
 * but a card posted in the group would show it to everyone (only Action.Execute with
 * refresh.userIds gives per-user views). So the card goes to the person's 1:1 chat with the bot
 * when one is known and reachable, and the group gets a one-line note; otherwise the group note
 * tells them where they can see it. The card itself is never posted in the group.
 */
export async function showOwnViewPrivately(
  deps: AppDeps,
  context: TurnContext,
  botAppId: string,
  card: { card: Card; text: string },
): Promise<void> {
  const viewer = await resolveViewer(deps.store, deps.clock, context.activity);
  const locale = viewer.locale;
  const name = context.activity.from?.name?.trim() || t(locale, 'group.someone');
  const aad = context.activity.from?.aadObjectId;
  const personal = aad ? await deps.store.findPersonalConversation(aad) : undefined;
  if (personal && personal.reachable && !personal.removedAt && personal.reference) {
    try {
      await context.adapter.continueConversationAsync(
        botAppId,
        personal.reference as Partial<ConversationReference>,
        async (proactive) => {
          await proactive.sendActivity(cardActivity(card.card, card.text || t(locale, 'card.prompt.title')));
        },
      );
      await context.sendActivity(t(locale, 'group.sentPrivately', { name }));
      return;
    } catch (error) {
      deps.log.warn({ component: 'teams', err: error }, 'could not send the card to the 1:1 chat');
    }
  }
  await context.sendActivity(t(locale, 'group.usePersonal', { name }));
}
