import type { Member, Principle, Question } from '../../core/model';
import type { ChangeFeed, ChangeNotice, ForumStore, MemberStore } from '../store/store';

/** The slowly changing part of a forum that every summary needs. */
export interface Roster {
  members: Member[];
  questions: Question[];
  principles: Principle[];
}

const INVALIDATING = new Set<ChangeNotice['topic']>(['member', 'forum']);

/**
 * Caches each forum's members, questions and principles for the summary routes, so a summary
 * read costs its answers (always read fresh) rather than the whole membership every time.
 * Dropped on a 'member' or 'forum' change notice (from any instance, via the ChangeFeed) and
 * after `ttlMs` at the latest, which bounds staleness for writers that do not publish.
 */
export class RosterCache {
  private readonly entries = new Map<string, { at: number; roster: Promise<Roster> }>();

  constructor(
    private readonly store: ForumStore & MemberStore,
    private readonly ttlMs = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(forumId: string): Promise<Roster> {
    const hit = this.entries.get(forumId);
    if (hit && this.now() - hit.at < this.ttlMs) return hit.roster;
    const roster = Promise.all([
      this.store.listMembers(forumId),
      this.store.listQuestions(forumId),
      this.store.listPrinciples(forumId),
    ]).then(([members, questions, principles]) => ({ members, questions, principles }));
    this.entries.set(forumId, { at: this.now(), roster });
    roster.catch(() => this.entries.delete(forumId));
    return roster;
  }

  invalidate(forumId?: string): void {
    if (forumId === undefined) this.entries.clear();
    else this.entries.delete(forumId);
  }

  /** Invalidates on change notices; returns the unsubscribe function. */
  follow(changes: ChangeFeed): () => void {
    return changes.subscribe((notice) => {
      if (INVALIDATING.has(notice.topic)) this.invalidate(notice.forumId);
    });
  }
}
