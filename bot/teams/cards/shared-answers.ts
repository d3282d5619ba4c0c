import type { Answer, Member, Round } from '../../../core/model';
import { MAX_SHARED_ANSWERS, type SharedAnswer } from './round-card';

/**
 * A department's chefs and their answers to a round's questions: what a group card counts and, when
 * the authorization rules allow it (bot/authz/rules.ts), shows. One selection for the open group
 * card (bot/teams/round-view.ts) and the closed group post (bot/scheduler/close-cards.ts).
 */
export function departmentRoundAnswers(
  members: Iterable<Member>,
  answers: readonly Answer[],
  departmentId: string,
  round: Round,
): {
  answeredCount: number;
  total: number;
  /** The chefs' answers under their names, but `exceptMemberId`'s, at most MAX_SHARED_ANSWERS. */
  shared(exceptMemberId?: string): SharedAnswer[];
} {
  const chefs = [...members].filter((m) => m.role === 'chef' && m.departmentIds.includes(departmentId));
  const inRound = new Set(round.questionIds);
  const byMember = new Map<string, Answer[]>();
  for (const a of answers)
    if (a.departmentId === departmentId && inRound.has(a.questionId))
      byMember.set(a.memberId, [...(byMember.get(a.memberId) ?? []), a]);
  return {
    answeredCount: chefs.filter((m) => (byMember.get(m.id)?.length ?? 0) >= inRound.size).length,
    total: chefs.length,
    shared: (exceptMemberId) =>
      chefs
        .filter((m) => m.id !== exceptMemberId)
        .flatMap((m) => (byMember.get(m.id) ?? []).map((answer) => ({ name: m.name, answer })))
        .slice(0, MAX_SHARED_ANSWERS),
  };
}
