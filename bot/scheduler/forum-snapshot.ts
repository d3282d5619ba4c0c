import type { Department, Forum, Member, Principle, Question } from '../../core/model';
import type { ForumStore, MemberStore } from '../store/store';

/** A forum's content, read once per worker pass (answers are always read fresh). */
export interface ForumSnapshot {
  forum: Forum;
  departments: Map<string, Department>;
  questions: Question[];
  principles: Principle[];
  members: Map<string, Member>;
}

export class SnapshotCache {
  private readonly cache = new Map<string, Promise<ForumSnapshot | undefined>>();

  constructor(private readonly store: ForumStore & MemberStore) {}

  get(forumId: string): Promise<ForumSnapshot | undefined> {
    let hit = this.cache.get(forumId);
    if (!hit) {
      hit = this.load(forumId);
      this.cache.set(forumId, hit);
    }
    return hit;
  }

  private async load(forumId: string): Promise<ForumSnapshot | undefined> {
    const forum = await this.store.getForum(forumId);
    if (!forum) return undefined;
    const [departments, questions, principles, members] = await Promise.all([
      this.store.listDepartments(forumId),
      this.store.listQuestions(forumId),
      this.store.listPrinciples(forumId),
      this.store.listMembers(forumId),
    ]);
    return {
      forum,
      departments: new Map(departments.map((d) => [d.id, d])),
      questions,
      principles,
      members: new Map(members.map((m) => [m.id, m])),
    };
  }
}
