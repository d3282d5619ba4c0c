import type {
  ChangeFeed,
  ChangeNotice,
  ErasureStore,
  ForumStore,
  MemberStore,
  RoundStore,
  Store,
  TransactionStore,
} from '../store/store';

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
 * through the change feed) or a write through the cached store. The methods it replaces are
 * grouped by port and typed against it (the rest of the store passes through unchanged), so a
 * renamed port method fails to compile instead of silently bypassing the cache.
 */
export class ContentCache {
  private readonly reads: CachedRead<unknown>[] = [];
  readonly unsubscribe: () => void;

  constructor(
    changes: ChangeFeed,
    private readonly ttlMs = 2000,
  ) {
    this.unsubscribe = changes.subscribe((change) => this.forget(change.topic));
  }

  /** `store` with every cached port wrapped; a transaction drops every cached read after it. */
  wrap(store: Store): Store {
    return {
      ...store,
      ...this.forums(store),
      ...this.members(store),
      ...this.rounds(store),
      ...this.erasure(store),
      transaction: async <T>(work: (tx: TransactionStore) => Promise<T>): Promise<T> => {
        try {
          return await store.transaction(work);
        } finally {
          this.forgetAll();
        }
      },
    };
  }

  /** Drops every cached read of a topic. */
  forget(topic: Topic): void {
    for (const read of this.reads) if (read.topic === topic) read.clear();
  }

  private forgetAll(): void {
    for (const read of this.reads) read.clear();
  }

  private forums(inner: ForumStore): Partial<ForumStore> {
    const forum = this.read('forum', (id) => inner.getForum(id));
    const questions = this.read('forum', (forumId) => inner.listQuestions(forumId));
    const principles = this.read('forum', (forumId) => inner.listPrinciples(forumId));
    const department = this.read('forum', (id) => inner.getDepartment(id));
    return {
      getForum: (id) => forum.get(id),
      listQuestions: (forumId) => questions.get(forumId),
      listPrinciples: (forumId) => principles.get(forumId),
      getDepartment: (id) => department.get(id),
      saveForum: (value) => this.writing('forum', () => inner.saveForum(value)),
      saveQuestions: (forumId, list) => this.writing('forum', () => inner.saveQuestions(forumId, list)),
      savePrinciples: (forumId, list) => this.writing('forum', () => inner.savePrinciples(forumId, list)),
      saveDepartment: (value) => this.writing('forum', () => inner.saveDepartment(value)),
      deleteDepartment: (id) => this.writing('forum', () => inner.deleteDepartment(id)),
    };
  }

  private members(inner: MemberStore): Partial<MemberStore> {
    const byAad = this.read('member', (aad) => inner.findMembersByAadObjectId(aad));
    return {
      findMembersByAadObjectId: (aad) => byAad.get(aad),
      saveMember: (value) => this.writing('member', () => inner.saveMember(value)),
      deleteMember: (id) => this.writing('member', () => inner.deleteMember(id)),
    };
  }

  /** A card's round (its questions and date); every submit from a round card reads it. */
  private rounds(inner: RoundStore): Partial<RoundStore> {
    const round = this.read('round', (id) => inner.getRound(id));
    return {
      getRound: (id) => round.get(id),
      saveRound: (value) => this.writing('round', () => inner.saveRound(value)),
      retimePlannedRound: (id, change, at) =>
        this.writing('round', () => inner.retimePlannedRound(id, change, at)),
      transitionRound: (id, from, to, at) =>
        this.writing('round', () => inner.transitionRound(id, from, to, at)),
    };
  }

  /** The purge anonymizes members (names, Entra ids). */
  private erasure(inner: ErasureStore): Partial<ErasureStore> {
    return {
      purgeForumPersonalData: (forumId, name, at) =>
        this.writing('member', () => inner.purgeForumPersonalData(forumId, name, at)),
    };
  }

  private read<T>(topic: Topic, load: (key: string) => Promise<T>): CachedRead<T> {
    const cached = new CachedRead(topic, this.ttlMs, load);
    this.reads.push(cached as CachedRead<unknown>);
    return cached;
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
}

/** The bot's store: `store` with the content cache (see ContentCache). */
export function withContentCache(store: Store, changes: ChangeFeed, ttlMs = 2000): Store {
  return new ContentCache(changes, ttlMs).wrap(store);
}
