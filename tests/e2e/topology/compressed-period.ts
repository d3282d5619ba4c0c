import { randomUUID } from 'node:crypto';
import { promptAudience, reminderAudience } from '../../../core/audience';
import { proposePlan } from '../../../core/planner';
import { instantToLocal, localToInstant } from '../../../core/time';
import type { Delivery, Member, Round } from '../../../core/model';
import type { Store } from '../../../bot/store/store';
import type { FanoutForum } from '../../bot/scheduler/fanout-fixture';
import { sampleAnswer } from '../../bot/scheduler/answer-samples';

/**
 * A forum's whole period in real time: the plan Samskab proposes for the example forum (prompts,
 * reminders, the final call), in its order. Production refuses the demo clock, so the servers run
 * on the system clock and the weeks between rounds shrink instead: `due(round)` schedules a round
 * a moment from now, once the previous one has been delivered and answered.
 */
export async function examplePlan(store: Store, seeded: FanoutForum): Promise<Round[]> {
  const { forum, questions } = seeded;
  const departments = await store.listDepartments(forum.id);
  const proposedAt = localToInstant(forum.kickoffDate, '00:00', forum.timeZone);
  return proposePlan(forum, departments, questions, randomUUID, proposedAt).rounds;
}

/** The round as planned for `inMs` from now (local date and time follow, in the forum's zone). */
export function dueSoon(round: Round, timeZone: string, inMs = 300): Round {
  const dueAt = new Date(Date.now() + inMs).toISOString();
  const local = instantToLocal(dueAt, timeZone);
  return {
    ...round,
    dueAt,
    localDate: local.date,
    localTime: local.time,
    createdAt: dueAt,
    updatedAt: dueAt,
  };
}

/**
 * Who a materialized round had to reach, decided from the store as the scheduler saw it at the
 * moment it materialized the round (answers saved up to then): member ids and group chats.
 */
export async function expectedRecipients(
  store: Store,
  round: Round,
  groupChatIds: string[],
): Promise<string[]> {
  const stored = await store.getRound(round.id);
  if (!stored || stored.state !== 'materialized') throw new Error(`round ${round.id} is not materialized`);
  const members = await store.listMembers(round.forumId);
  const people =
    round.kind === 'prompt'
      ? promptAudience(round, members)
      : reminderAudience(round, members, await store.listAnswers(round.forumId), stored.updatedAt);
  return [...people.map((m) => m.id), ...(round.kind === 'prompt' ? groupChatIds : [])].sort();
}

/** Chefs answer between rounds: two of three after a prompt, half of those reminded after a reminder. */
export async function answerAfter(
  store: Store,
  seeded: FanoutForum,
  round: Round,
  index: number,
  deliveries: Delivery[],
): Promise<number> {
  const byId = new Map(seeded.members.map((m) => [m.id, m]));
  const reached = deliveries
    .filter((d) => d.recipientKind === 'member')
    .map((d) => byId.get(d.recipientId))
    .filter((m): m is Member => m !== undefined)
    .sort((a, b) => a.name.localeCompare(b.name));
  const answering =
    round.kind === 'prompt'
      ? reached.filter((_, i) => i % 3 !== index % 3)
      : round.kind === 'reminder'
        ? reached.filter((_, i) => i % 2 === 0)
        : [];
  const save = async (member: Member) => {
    for (const questionId of round.questionIds) {
      const question = seeded.questions.find((q) => q.id === questionId)!;
      const result = await store.saveAnswer({
        forumId: round.forumId,
        departmentId: member.departmentIds[0]!,
        questionId,
        memberId: member.id,
        value: sampleAnswer(question.shape),
        at: new Date().toISOString(),
      });
      if (!result.ok) throw new Error(`answer refused: ${JSON.stringify(result)}`);
    }
  };
  for (let i = 0; i < answering.length; i += 10) await Promise.all(answering.slice(i, i + 10).map(save));
  return answering.length;
}
