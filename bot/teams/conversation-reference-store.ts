import type { ConversationReference } from 'botbuilder';
import type {
  ConversationReferenceStore,
  ConversationReferenceStoreAddOptions,
  PagedData,
} from '@microsoft/teamsfx';
import type { Clock, ConversationKind } from '../../core/model';
import type { Store } from '../store/store';
import { keepRoster } from './installations';

/**
 * TeamsFx's installation store, kept in our database instead of a local JSON file,
 * so TeamsFx notification helpers and our scheduler see the same installations.
 */
export class StoreConversationReferenceStore implements ConversationReferenceStore {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  async add(
    key: string,
    reference: Partial<ConversationReference>,
    options: ConversationReferenceStoreAddOptions,
  ): Promise<boolean> {
    const existing = await this.store.getConversationRef(key);
    if (existing && existing.removedAt === null && !options.overwrite) return false;
    const type = reference.conversation?.conversationType;
    const kind: ConversationKind = type === 'groupChat' || type === 'channel' ? type : 'personal';
    await this.store.saveConversationRef({
      conversationId: key,
      kind,
      tenantId: reference.conversation?.tenantId ?? null,
      aadObjectId:
        kind === 'personal' ? (reference.user?.aadObjectId ?? existing?.aadObjectId ?? null) : null,
      departmentId: existing?.departmentId ?? null,
      reference:
        existing && existing.removedAt === null ? keepRoster(existing.reference, reference) : reference,
      installedAt: existing?.installedAt ?? this.clock.now().toISOString(),
      removedAt: null,
      reachable: true,
      lastError: null,
    });
    return true;
  }

  async remove(key: string, _reference?: Partial<ConversationReference>): Promise<boolean> {
    const existing = await this.store.getConversationRef(key);
    if (!existing || existing.removedAt !== null) return false;
    await this.store.markConversationRemoved(key, this.clock.now().toISOString());
    return true;
  }

  async list(pageSize = 100, continuationToken?: string): Promise<PagedData<Partial<ConversationReference>>> {
    const all = (await this.store.listConversationRefs()).filter((r) => r.removedAt === null);
    all.sort((a, b) => a.conversationId.localeCompare(b.conversationId));
    const start = continuationToken ? Number(continuationToken) : 0;
    const page = all.slice(start, start + pageSize);
    const next = start + page.length;
    return {
      data: page.map((r) => r.reference as Partial<ConversationReference>),
      ...(next < all.length ? { continuationToken: String(next) } : {}),
    };
  }
}
