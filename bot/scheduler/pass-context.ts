import type { Round } from '../../core/model';
import type { AppDeps } from '../app-deps';
import type { VoiceStore } from '../store/voices/voice-store';
import { buildRoundActivity } from '../teams/cards';
import type { ProactiveSender } from '../teams/proactive';
import { departmentTabUrl } from '../teams/tab-url';
import type { ForumSnapshot, SnapshotCache } from './forum-snapshot';
import { groupRefreshUserIds } from './group-refresh';
import { findCreationTemplate } from './recipient-conversation';

/** What one scheduler pass shares between its jobs of both queues. */
export interface PassContext {
  deps: AppDeps;
  sender: ProactiveSender;
  owner: string;
  snapshots: SnapshotCache;
  random: () => number;
  rounds: Map<string, Promise<Round | undefined>>;
  /** Where a new personal chat can be created (read once per pass, when first needed). */
  template: () => ReturnType<typeof findCreationTemplate>;
  /** The voices port, for the chefs' notice of waiting voices (absent: those notices are cancelled). */
  voices?: VoiceStore;
}

export function newPassContext(
  deps: AppDeps,
  sender: ProactiveSender,
  owner: string,
  snapshots: SnapshotCache,
  random: () => number,
  voices?: VoiceStore,
): PassContext {
  let template: ReturnType<typeof findCreationTemplate> | undefined;
  return {
    deps,
    sender,
    owner,
    snapshots,
    random,
    voices,
    rounds: new Map(),
    template: () => (template ??= findCreationTemplate(deps.store)),
  };
}

/** The round, read once per pass. */
export function roundOf(pass: PassContext, id: string): Promise<Round | undefined> {
  let hit = pass.rounds.get(id);
  if (!hit) pass.rounds.set(id, (hit = pass.deps.store.getRound(id)));
  return hit;
}

/** What every round card of a department (or of the whole forum) is built from. */
export function cardBase(
  pass: PassContext,
  snapshot: ForumSnapshot,
  round: Round,
  departmentId: string | null,
) {
  return {
    forum: snapshot.forum,
    department: departmentId ? (snapshot.departments.get(departmentId) ?? null) : null,
    round,
    questions: snapshot.questions,
    principles: snapshot.principles,
    tabUrl: departmentTabUrl(pass.deps.config.publicUrl, departmentId),
  };
}

/** The open group-chat post of a round, as sent: each chef who opens it sees their own view. */
export async function openGroupPost(
  pass: PassContext,
  snapshot: ForumSnapshot,
  base: ReturnType<typeof cardBase>,
  departmentId: string | null,
) {
  return buildRoundActivity({
    ...base,
    member: null,
    answers: [],
    locale: snapshot.forum.defaultLocale,
    groupMemberIds: await groupRefreshUserIds(pass.deps.store, snapshot.members.values(), departmentId),
  });
}
