import type { Forum, Member } from '../../../core/model';
import type { ForumStore, MemberStore } from '../../store/store';
import type { ForumView } from './visibility';

/** Where a stream's views come from: a person's memberships and the forums they are in. */
export interface ViewSource {
  members(person: string): Promise<Member[]>;
  forum(forumId: string): Promise<Forum | undefined>;
}

/** Reads straight from the store. */
export function storeViewSource(store: ForumStore & MemberStore): ViewSource {
  return {
    members: (person) => store.findMembersByAadObjectId(person),
    forum: (forumId) => store.getForum(forumId),
  };
}

/**
 * Reads each person and forum once: the open streams re-resolving after one change notice share
 * the reads (a member notice reaches every stream of the instance at the same moment).
 */
export function sharedViewSource(source: ViewSource): ViewSource {
  const members = new Map<string, Promise<Member[]>>();
  const forums = new Map<string, ReturnType<ViewSource['forum']>>();
  const once = <T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> => {
    let hit = cache.get(key);
    if (!hit) cache.set(key, (hit = load()));
    return hit;
  };
  return {
    members: (person) => once(members, person, () => source.members(person)),
    forum: (forumId) => once(forums, forumId, () => source.forum(forumId)),
  };
}

/** A person's views by forum (only `forumId`'s when given): what their live stream may carry. */
export async function resolveViews(
  source: ViewSource,
  person: string,
  forumId?: string,
): Promise<Map<string, ForumView>> {
  const members = (await source.members(person)).filter((m) => !forumId || m.forumId === forumId);
  const views = new Map<string, ForumView>();
  for (const member of members) {
    const loaded = await source.forum(member.forumId);
    if (loaded) views.set(member.forumId, { forum: loaded, member });
  }
  return views;
}
