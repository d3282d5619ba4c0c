import type {
  MemberRemovalConfirmationResponse,
  MemberRemove,
  MemberRemovedResponse,
} from '../../../core/api';
import type { Member } from '../../../core/model';
import { eraseMemberData } from '../../privacy/erase-member-data';
import { collectSubjectData, erasurePreview } from '../../privacy/subject-data';
import { actorOf } from '../../audit/audit-log';
import { recordAudit } from '../http/audit-trail';
import { apiError } from '../http/api-error';
import type { AuthedCtx, JsonResult } from '../http/route';
import { publishChange } from '../live/publish';
import { forgetKnownPerson } from './known-people';

export const REMOVAL_PURPOSE = 'member.remove';

/** The parsed body of DELETE /api/members/:memberId. */
type RemovalInput = Required<Pick<MemberRemove, 'eraseAnswers'>> & Pick<MemberRemove, 'confirmToken'>;

/** What a removal's confirmation code is bound to: the organizer, the member and the choice. */
export function removalCodeSubject(
  organizerAadObjectId: string,
  memberId: string,
  eraseAnswers: boolean,
): string {
  return `${organizerAadObjectId}:${memberId}:${eraseAnswers ? 'erase' : 'keep'}`;
}

/**
 * DELETE /api/members/:memberId for a member who leaves, in two steps (nothing is changed
 * without the second): the first call answers what would go and a confirmation code bound to
 * the organizer, the member and the choice `eraseAnswers`; the second, with that code (the only
 * way to confirm; the route uses it up before calling this, `codeRedeemed`) and the same choice,
 * erases the answers if asked (reason 'organizer', in the audit log as privacy.erase) and then
 * removes the member (member.delete).
 */
export async function removeMember(
  ctx: AuthedCtx<object, object, RemovalInput>,
  member: Member,
  codeRedeemed: boolean,
): Promise<JsonResult<MemberRemovalConfirmationResponse | MemberRemovedResponse>> {
  const { store, clock } = ctx.rt.deps;
  const input = ctx.body;
  const subject = removalCodeSubject(ctx.caller.identity.aadObjectId, member.id, input.eraseAnswers);
  if (!codeRedeemed) {
    if (input.confirmToken !== undefined) throw apiError(409, 'confirm_invalid', 'error.confirmInvalid');
    const data = await collectSubjectData(ctx.rt.deps, member.aadObjectId, [member], clock.now());
    const body: MemberRemovalConfirmationResponse = {
      status: 'confirmationRequired',
      confirmToken: await ctx.rt.confirmTokens.issue(REMOVAL_PURPOSE, subject),
      preview: erasurePreview(data),
      member,
      eraseAnswers: input.eraseAnswers,
    };
    return { json: body };
  }
  const erasure = input.eraseAnswers
    ? await eraseMemberData(
        { ...ctx.rt.deps, audit: ctx.rt.audit },
        { member, reason: 'organizer', actor: actorOf(ctx.caller, member.forumId) },
      )
    : null;
  await store.deleteMember(member.id);
  const departments = await store.listDepartments(member.forumId);
  await forgetKnownPerson(
    store,
    departments.map((d) => d.id),
    member.aadObjectId,
  );
  await recordAudit(
    ctx,
    member.forumId,
    'member.delete',
    { kind: 'member', id: member.id },
    {
      erasedAnswers: erasure?.answers ?? 0,
      eraseAnswers: input.eraseAnswers,
    },
  );
  await publishChange(ctx.rt.deps, { forumId: member.forumId, departmentId: null, topic: 'member' });
  const body: MemberRemovedResponse = { status: 'removed', member, erasure };
  return { json: body };
}
