import { type Activity, type ConversationReference, TurnContext } from 'botbuilder';
import type { ConversationKind, ConversationRef } from '../../core/model';
import type { ConversationStore } from '../store/store';
import { storedRoster, withStoredRoster } from './stored-roster';

export function conversationKindOf(activity: Partial<Activity>): ConversationKind {
  const type = activity.conversation?.conversationType;
  if (type === 'groupChat' || type === 'channel') return type;
  return 'personal';
}

/** A channel thread's id carries ";messageid=…"; the installation is the channel. */
export function conversationIdOf(activity: Partial<Activity>): string {
  return (activity.conversation?.id ?? '').split(';')[0] ?? '';
}

export interface Remembered {
  ref: ConversationRef;
  /** true when the bot did not know this conversation (or it had been uninstalled). */
  isNew: boolean;
}

/** Stores the conversation reference durably (first contact, install, upgrade); keeps a group's department link. */
export async function rememberConversation(
  store: ConversationStore,
  activity: Partial<Activity>,
  at: string,
): Promise<Remembered> {
  const conversationId = conversationIdOf(activity);
  const existing = await store.getConversationRef(conversationId);
  const kind = conversationKindOf(activity);
  const reference = referenceOf(activity);
  const isNew = !existing || existing.removedAt !== null;
  if (existing && !isNew && existing.reachable && sameReference(existing.reference, reference)) {
    return { ref: existing, isNew: false };
  }
  const ref: ConversationRef = {
    conversationId,
    kind,
    tenantId: activity.conversation?.tenantId ?? activity.channelData?.tenant?.id ?? null,
    aadObjectId: kind === 'personal' ? (activity.from?.aadObjectId ?? existing?.aadObjectId ?? null) : null,
    departmentId: existing?.departmentId ?? null,
    reference: isNew ? reference : keepRoster(existing.reference, reference),
    installedAt: isNew ? at : (existing?.installedAt ?? at),
    removedAt: null,
    reachable: true,
    lastError: null,
  };
  await store.saveConversationRef(ref);
  return { ref, isNew };
}

export async function forgetConversation(
  store: ConversationStore,
  activity: Partial<Activity>,
  at: string,
): Promise<void> {
  const conversationId = conversationIdOf(activity);
  if (await store.getConversationRef(conversationId)) await store.markConversationRemoved(conversationId, at);
}

export async function linkConversation(
  store: ConversationStore,
  ref: ConversationRef,
  departmentId: string,
): Promise<ConversationRef> {
  const linked = { ...ref, departmentId };
  await store.saveConversationRef(linked);
  return linked;
}

function referenceOf(activity: Partial<Activity>): Partial<ConversationReference> {
  const reference = TurnContext.getConversationReference(activity);
  if (reference.conversation)
    reference.conversation = { ...reference.conversation, id: conversationIdOf(activity) };
  delete reference.activityId;
  return reference;
}

/** A newer reference of the same installation keeps the roster the last `synk` stored. */
export function keepRoster(old: unknown, reference: Partial<ConversationReference>): unknown {
  const roster = storedRoster(old);
  return roster.length ? withStoredRoster(reference, roster) : reference;
}

function sameReference(a: unknown, b: Partial<ConversationReference>): boolean {
  const x = a as Partial<ConversationReference> | null;
  return (
    x?.serviceUrl === b.serviceUrl && x?.conversation?.id === b.conversation?.id && x?.bot?.id === b.bot?.id
  );
}
