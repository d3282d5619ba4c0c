import type { Member } from '../../core/model';
import type { ConversationStore } from '../store/store';

/** Adaptive Card refresh.userIds takes at most 60 users. */
export const MAX_REFRESH_USERS = 60;

/**
 * The Teams user ids (29:…) a department's group card names in refresh.userIds, so each chef sees
 * their own view: the department's chefs, from their personal chat references (the Entra id when
 * none is stored), at most MAX_REFRESH_USERS. Used when a group card is sent and when it is
 * re-rendered in place.
 */
export async function groupRefreshUserIds(
  store: ConversationStore,
  members: Iterable<Member>,
  departmentId: string | null,
): Promise<string[]> {
  const chefs = [...members]
    .filter((m) => m.role === 'chef' && departmentId !== null && m.departmentIds.includes(departmentId))
    .slice(0, MAX_REFRESH_USERS);
  const ids: string[] = [];
  for (const m of chefs) {
    const ref = await store.findPersonalConversation(m.aadObjectId);
    const userId = (ref?.reference as { user?: { id?: unknown } } | undefined)?.user?.id;
    ids.push(typeof userId === 'string' && userId ? userId : m.aadObjectId);
  }
  return ids;
}
