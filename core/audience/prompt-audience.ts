import type { Member, Round } from '../model';

/** Whether a member belongs to the round's department (or to any department for a forum-wide round). */
export function isInRoundScope(member: Member, round: Pick<Round, 'forumId' | 'departmentId'>): boolean {
  if (member.forumId !== round.forumId) return false;
  return round.departmentId === null
    ? member.departmentIds.length > 0
    : member.departmentIds.includes(round.departmentId);
}

/**
 * Who a prompt goes to: every chef of the round's department (every chef of the forum for a
 * forum-wide round), in the given order. Pausing only stops reminders, never prompts.
 */
export function promptAudience(round: Round, members: readonly Member[]): Member[] {
  return members.filter((m) => m.role === 'chef' && isInRoundScope(m, round));
}
