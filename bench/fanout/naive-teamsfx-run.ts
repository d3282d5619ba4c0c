import { BotBuilderCloudAdapter } from '@microsoft/teamsfx';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConversationReference,
} from 'botbuilder';
import type { Store } from '../../bot/store/store';

type PagedData<T> = { data: T[]; continuationToken?: string };

/**
 * The Teams Toolkit notification template's way, with TeamsFx itself: page through
 * `notification.getPagedInstallations(pageSize, continuationToken)` (which checks each
 * installation with a members call) and `await target.sendAdaptiveCard(card)` one by one
 * on a plain CloudAdapter (botbuilder's default pipeline and its own retries). The references come
 * from the same store; a send that throws is counted as lost and the loop goes on (the template
 * would stop at the first error, which only makes it worse).
 */
export async function runNaiveTeamsFx(
  store: Store,
  card: Record<string, unknown>,
): Promise<{ thrown: number }> {
  const refs = (await store.listConversationRefs()).map((r) => r.reference as Partial<ConversationReference>);
  const referenceStore = {
    async add() {
      return true;
    },
    async remove() {
      return true;
    },
    async list(
      pageSize?: number,
      continuationToken?: string,
    ): Promise<PagedData<Partial<ConversationReference>>> {
      const start = continuationToken ? Number(continuationToken) : 0;
      const size = pageSize ?? refs.length;
      const end = Math.min(refs.length, start + size);
      return { data: refs.slice(start, end), continuationToken: end < refs.length ? String(end) : undefined };
    },
  };
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const notification = new BotBuilderCloudAdapter.NotificationBot(adapter, {
    store: referenceStore,
    botAppId: '',
  } as never);
  let thrown = 0;
  let continuationToken: string | undefined;
  do {
    const page = await notification.getPagedInstallations(100, continuationToken);
    continuationToken = page.continuationToken;
    for (const target of page.data) {
      try {
        await target.sendAdaptiveCard(card);
      } catch {
        thrown++;
      }
    }
  } while (continuationToken);
  return { thrown };
}
