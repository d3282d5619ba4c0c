import { exampleForum, exampleMembers } from '../../core/example-forum';
import { proposePlan } from '../../core/planner';
import { localToInstant } from '../../core/time';
import type { Clock, IdGenerator, Member } from '../../core/model';
import type { Store } from '../store/store';

export interface SeedResult {
  seeded: boolean;
  forumId?: string;
}

/**
 * Puts the built-in example forum (2019, Aarhus), its demo people and the proposed plan into an
 * empty database. A database that holds any forum is left alone, so a restart never re-seeds.
 */
export async function seedExampleForum(
  store: Store,
  clock: Clock,
  ids: IdGenerator,
  extraMembers: (forumId: string) => Member[] = () => [],
): Promise<SeedResult> {
  if ((await store.listForums()).length > 0) return { seeded: false };
  const now = clock.now().toISOString();
  const example = exampleForum(ids, now);
  await store.saveForum(example.forum);
  for (const department of example.departments) await store.saveDepartment(department);
  await store.saveQuestions(example.forum.id, example.questions);
  await store.savePrinciples(example.forum.id, example.principles);
  const members = [
    ...exampleMembers(example.forum, example.departments, ids),
    ...extraMembers(example.forum.id),
  ];
  for (const member of members) await store.saveMember(member);
  // The example's schedule is the one its organizers would have accepted on kickoff day.
  const proposedAt = localToInstant(example.forum.kickoffDate, '00:00', example.forum.timeZone);
  const plan = proposePlan(example.forum, example.departments, example.questions, ids, proposedAt);
  for (const round of plan.rounds) await store.saveRound(round);
  return { seeded: true, forumId: example.forum.id };
}
