import type { AnonymitySettings, Answer, Member, Round } from '../../../core/model';
import { redactAuthor, withheldBelow } from '../../../core/summary';
import { MAX_SHARED_ANSWERS, type SharedAnswer } from './round-card';

/**
 * A department's chefs and their answers to a round's questions: what a group card counts and, when
 * the authorization rules allow it (bot/authz/rules.ts), shows. One selection for the open group
 * card (bot/teams/round-view.ts) and the closed group post (bot/scheduler/close-cards.ts).
 * The forum's anonymity (core/summary/anonymity.ts) applies: a question with fewer answers in the
 * department than the minimum shows nobody's answer (`withheld` says which), and a group card is a
 * shared view, so hidden names leave the name out (null: the card says "En chef").
 */
export function departmentRoundAnswers(
  members: Iterable<Member>,
  answers: readonly Answer[],
  departmentId: string,
  round: Round,
  anonymity: AnonymitySettings,
): {
  answeredCount: number;
  total: number;
  /** The chefs' answers under their names, but `exceptMemberId`'s, at most MAX_SHARED_ANSWERS. */
  shared(exceptMemberId?: string): SharedAnswer[];
  /** The round's questions withheld (fewer answers than the minimum), with the minimum. */
  withheld: Record<string, number>;
} {
  const chefs = [...members].filter((m) => m.role === 'chef' && m.departmentIds.includes(departmentId));
  const inRound = new Set(round.questionIds);
  const byMember = new Map<string, Answer[]>();
  for (const a of answers)
    if (a.departmentId === departmentId && inRound.has(a.questionId))
      byMember.set(a.memberId, [...(byMember.get(a.memberId) ?? []), a]);
  const perQuestion = new Map<string, number>();
  for (const a of answers)
    if (a.departmentId === departmentId && inRound.has(a.questionId))
      perQuestion.set(a.questionId, (perQuestion.get(a.questionId) ?? 0) + 1);
  const withheld: Record<string, number> = {};
  for (const id of inRound) {
    const below = withheldBelow(perQuestion.get(id) ?? 0, anonymity);
    if (below !== null) withheld[id] = below;
  }
  return {
    withheld,
    answeredCount: chefs.filter((m) => (byMember.get(m.id)?.length ?? 0) >= inRound.size).length,
    total: chefs.length,
    shared: (exceptMemberId) =>
      chefs
        .filter((m) => m.id !== exceptMemberId)
        .flatMap((m) =>
          (byMember.get(m.id) ?? [])
            .filter((answer) => withheld[answer.questionId] === undefined)
            .map((answer) => ({
              name: redactAuthor({ memberId: m.id, authorName: m.name }, null, anonymity).authorName,
              answer,
            })),
        )
        .slice(0, MAX_SHARED_ANSWERS),
  };
}
