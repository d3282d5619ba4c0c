import { randomUUID } from 'node:crypto';
import { exampleForum } from '../../../core/example-forum';
import { addDays } from '../../../core/time';
import type { Clock, Forum, Member, Question, Round } from '../../../core/model';
import { instantToLocal } from '../../../core/time';
import type { Store } from '../../../bot/store/store';
import { groupChatRef, personalRef } from '../../support/connector-refs';

export interface FanoutForum {
  forum: Forum;
  departmentIds: string[];
  questions: Question[];
  members: Member[];
  groupChatIds: string[];
}

/**
 * A forum for delivery tests: the example forum's content, `chefs` chefs spread over its
 * departments (each with a personal chat whose serviceUrl is the stand-in, unless
 * `withoutRef` says otherwise) and `groupChats` group chats linked to departments.
 */
export async function seedFanoutForum(
  store: Store,
  options: {
    serviceUrl: string;
    chefs: number;
    groupChats?: number;
    now: string;
    withoutRef?: (i: number) => boolean;
  },
): Promise<FanoutForum> {
  const example = exampleForum(randomUUID, options.now);
  // A fan-out "now" in real time lies after the example's final meeting; a finished forum sends nothing.
  const today = options.now.slice(0, 10);
  if (today > example.forum.finalMeetingDate) {
    example.forum.finalMeetingDate = addDays(today, 30);
  }
  await store.saveForum(example.forum);
  for (const d of example.departments) await store.saveDepartment(d);
  await store.saveQuestions(example.forum.id, example.questions);
  await store.savePrinciples(example.forum.id, example.principles);
  const departmentIds = example.departments.map((d) => d.id);
  const members: Member[] = [];
  for (let i = 0; i < options.chefs; i++) {
    const member: Member = {
      id: randomUUID(),
      forumId: example.forum.id,
      aadObjectId: randomUUID(),
      name: `Chef ${i + 1}`,
      email: null,
      role: 'chef',
      departmentIds: [departmentIds[i % departmentIds.length]!],
      locale: i % 5 === 0 ? 'en' : 'da',
      pausedUntil: null,
    };
    await store.saveMember(member);
    if (!options.withoutRef?.(i))
      await store.saveConversationRef(personalRef(options.serviceUrl, member.aadObjectId, options.now));
    members.push(member);
  }
  const groupChatIds: string[] = [];
  for (let g = 0; g < (options.groupChats ?? 0); g++) {
    const ref = groupChatRef(options.serviceUrl, departmentIds[g % departmentIds.length]!, g, options.now);
    await store.saveConversationRef(ref);
    groupChatIds.push(ref.conversationId);
  }
  return { forum: example.forum, departmentIds, questions: example.questions, members, groupChatIds };
}

/** A clock tests move by hand. */
export function handClock(
  start: string,
): Clock & { set(at: string | Date): void; advance(ms: number): void } {
  let now = new Date(start);
  return {
    now: () => new Date(now),
    set: (at) => void (now = new Date(at)),
    advance: (ms) => void (now = new Date(now.getTime() + ms)),
  };
}

/** Conversation ids that received more than one send. */
export function duplicates(
  sends: Array<{ conversationId: string; activity: Record<string, unknown> }>,
  key: (s: { conversationId: string; activity: Record<string, unknown> }) => string = (s) => s.conversationId,
): string[] {
  const seen = new Map<string, number>();
  for (const s of sends) seen.set(key(s), (seen.get(key(s)) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([k]) => k);
}

/** A forum-wide prompt due now (real time). */
export function promptDueNow(forumId: string, questionId: string, timeZone: string): Round {
  const now = new Date().toISOString();
  const local = instantToLocal(now, timeZone);
  return {
    id: randomUUID(),
    forumId,
    departmentId: null,
    kind: 'prompt',
    questionIds: [questionId],
    localDate: local.date,
    localTime: local.time,
    dueAt: now,
    state: 'planned',
    createdAt: now,
    updatedAt: now,
  };
}
