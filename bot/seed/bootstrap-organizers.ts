import { newForumFromTemplate } from '../../core/example-forum';
import type { Clock, IdGenerator } from '../../core/model';
import type { ForumStore, MemberStore } from '../store/store';

export interface BootstrapResult {
  createdForumId?: string;
  addedOrganizers: number;
}

/**
 * Lets the first organizers in on a production start: an empty database gets a new forum (the
 * example's questions and principles as a starting point) with them as organizers; an existing forum
 * gets any of them who are not members yet. Idempotent, so it runs at every start.
 */
export async function bootstrapOrganizers(
  store: ForumStore & MemberStore,
  clock: Clock,
  ids: IdGenerator,
  aadObjectIds: readonly string[],
  timeZone: string,
): Promise<BootstrapResult> {
  if (aadObjectIds.length === 0) return { addedOrganizers: 0 };
  const now = clock.now().toISOString();
  const forums = await store.listForums();
  if (forums.length === 0) {
    const created = newForumFromTemplate(ids, now, timeZone, aadObjectIds);
    await store.saveForum(created.forum);
    await store.saveQuestions(created.forum.id, created.questions);
    await store.savePrinciples(created.forum.id, created.principles);
    for (const organizer of created.organizers) await store.saveMember(organizer);
    return { createdForumId: created.forum.id, addedOrganizers: created.organizers.length };
  }
  let added = 0;
  for (const aadObjectId of aadObjectIds) {
    const known = new Set((await store.findMembersByAadObjectId(aadObjectId)).map((m) => m.forumId));
    for (const forum of forums.filter((f) => !known.has(f.id))) {
      await store.saveMember({
        id: ids(),
        forumId: forum.id,
        aadObjectId,
        name: `Organizer`,
        email: null,
        role: 'organizer',
        departmentIds: [],
        locale: forum.defaultLocale,
        pausedUntil: null,
      });
      added += 1;
    }
  }
  return { addedOrganizers: added };
}
