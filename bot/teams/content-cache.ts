import type { Department, Forum, Member, Principle, Question, Round } from '../../core/model';
import { DelegatingStore } from '../store/delegating-store';
import type { ChangeFeed, ChangeNotice, Store, TransactionStore } from '../store/store';

type Topic = ChangeNotice['topic'];

/** One cached read: its values per argument, each kept until `until` (performance.now()) or its topic changes. */
class CachedRead<T> {
  private readonly entries = new Map<string, { until: number; value: Promise<T> }>();

  constructor(
    readonly topic: Topic,
    private readonly ttlMs: number,
    private readonly load: (key: string) => Promise<T>,
  ) {}

  get(key: string): Promise<T> {
    const now = performance.now();
    const hit = this.entries.get(key);
    if (hit && hit.until > now) return hit.value;
    const value = this.load(key);
    this.entries.set(key, { until: now + this.ttlMs, value });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}

/**
 * The store as the bot sees it: the reads it makes on nearly every card turn, of data that
 * changes rarely (forum content, who-is-who, a card's round), are kept for `ttlMs` per process
 * and dropped at once when their topic changes: on a change notice (notices reach every instance
 * through the change feed) or a write through this store. Everything else passes straight
 * through (DelegatingStore). Every cached read and every invalidating write is an `override` of
 * the port, so renaming a Store method cannot silently stop caching or invalidating.
 */
export class ContentCachedStore extends DelegatingStore {
  private readonly reads: CachedRead<unknown>[] = [];
  private readonly forum: CachedRead<Forum | undefined>;
  private readonly questions: CachedRead<Question[]>;
  private readonly principles: CachedRead<Principle[]>;
  private readonly department: CachedRead<Department | undefined>;
  private readonly membersByAad: CachedRead<Member[]>;
  private readonly round: CachedRead<Round | undefined>;
  readonly unsubscribe: () => void;

  constructor(inner: Store, changes: ChangeFeed, ttlMs = 2000) {
    super(inner);
    const read = <T>(topic: Topic, load: (key: string) => Promise<T>): CachedRead<T> => {
      const cached = new CachedRead(topic, ttlMs, load);
      this.reads.push(cached as CachedRead<unknown>);
      return cached;
    };
    this.forum = read('forum', (id) => inner.getForum(id));
    this.questions = read('forum', (id) => inner.listQuestions(id));
    this.principles = read('forum', (id) => inner.listPrinciples(id));
    this.department = read('forum', (id) => inner.getDepartment(id));
    this.membersByAad = read('member', (aad) => inner.findMembersByAadObjectId(aad));
    // A card's round (its questions and date); every submit from a round card reads it.
    this.round = read('round', (id) => inner.getRound(id));
    this.unsubscribe = changes.subscribe((change) => this.forget(change.topic));
  }

  /** Drops every cached read of a topic. */
  forget(topic: Topic): void {
    for (const read of this.reads) if (read.topic === topic) read.clear();
  }

  /** A write that makes a topic stale: forgotten before (no read during it is kept) and after. */
  private async writing<T>(topic: Topic, write: () => Promise<T>): Promise<T> {
    this.forget(topic);
    try {
      return await write();
    } finally {
      this.forget(topic);
    }
  }

  // ---- cached reads ----
  override getForum(id: string) {
    return this.forum.get(id);
  }
  override listQuestions(forumId: string) {
    return this.questions.get(forumId);
  }
  override listPrinciples(forumId: string) {
    return this.principles.get(forumId);
  }
  override getDepartment(id: string) {
    return this.department.get(id);
  }
  override findMembersByAadObjectId(aadObjectId: string) {
    return this.membersByAad.get(aadObjectId);
  }
  override getRound(id: string) {
    return this.round.get(id);
  }

  // ---- writes through this store that make cached reads stale ----
  override saveForum(forum: Forum) {
    return this.writing('forum', () => this.inner.saveForum(forum));
  }
  override saveQuestions(forumId: string, questions: Question[]) {
    return this.writing('forum', () => this.inner.saveQuestions(forumId, questions));
  }
  override savePrinciples(forumId: string, principles: Principle[]) {
    return this.writing('forum', () => this.inner.savePrinciples(forumId, principles));
  }
  override saveDepartment(department: Department) {
    return this.writing('forum', () => this.inner.saveDepartment(department));
  }
  override deleteDepartment(id: string) {
    return this.writing('forum', () => this.inner.deleteDepartment(id));
  }
  override saveMember(member: Member) {
    return this.writing('member', () => this.inner.saveMember(member));
  }
  override deleteMember(id: string) {
    return this.writing('member', () => this.inner.deleteMember(id));
  }
  override saveRound(round: Round) {
    return this.writing('round', () => this.inner.saveRound(round));
  }
  override retimePlannedRound(id: string, change: { localTime: string; dueAt: string }, at: string) {
    return this.writing('round', () => this.inner.retimePlannedRound(id, change, at));
  }
  override transitionRound(id: string, from: Round['state'], to: Round['state'], at: string) {
    return this.writing('round', () => this.inner.transitionRound(id, from, to, at));
  }
  /** The purge anonymizes members (names, Entra ids). */
  override purgeForumPersonalData(forumId: string, anonymizedName: string, at: string) {
    return this.writing('member', () => this.inner.purgeForumPersonalData(forumId, anonymizedName, at));
  }
  /** A batch may write anything: every cached read is dropped after it. */
  override async transaction<T>(work: (tx: TransactionStore) => Promise<T>): Promise<T> {
    try {
      return await this.inner.transaction(work);
    } finally {
      for (const read of this.reads) read.clear();
    }
  }
}

/** The bot's store: `store` with the content cache (see ContentCachedStore). */
export function withContentCache(store: Store, changes: ChangeFeed, ttlMs = 2000): Store {
  return new ContentCachedStore(store, changes, ttlMs);
}
