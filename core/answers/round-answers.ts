import type { Answer, Round } from '../model';

/** A member's answers a round card shows: those of the round's department (all, for a forum-wide round). */
export function roundAnswers(answers: readonly Answer[], round: Pick<Round, 'departmentId'>): Answer[] {
  return answers.filter((a) => round.departmentId === null || a.departmentId === round.departmentId);
}
