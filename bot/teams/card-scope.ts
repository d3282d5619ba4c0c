import type { ConversationRef, Member, Round } from '../../core/model';

/**
 * The department a card action is about, from stored facts: the round's department, else the
 * department the (stored) conversation is linked to, else one of the member's own departments.
 * A departmentId in the card's data is never trusted on its own: it only picks among the member's
 * own departments. What the person may then see of that department is decided by
 * bot/authz/rules.ts (groupCardView), and roundView drops a department of another forum.
 */
export function cardDepartmentId(facts: {
  round: Round;
  conversation: ConversationRef | null;
  member: Member | null;
  /** The departmentId carried in the card's data. */
  hinted: string | null | undefined;
}): string | null {
  const { round, conversation, member, hinted } = facts;
  if (round.departmentId) return round.departmentId;
  if (conversation && conversation.kind !== 'personal' && conversation.departmentId)
    return conversation.departmentId;
  if (member && hinted && member.departmentIds.includes(hinted)) return hinted;
  return member?.departmentIds[0] ?? null;
}
