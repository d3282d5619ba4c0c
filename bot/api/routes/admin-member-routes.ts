import type { Server } from 'restify';
import {
  API,
  type MemberImportResult,
  type MemberImportRow,
  type MemberResponse,
  type MembersResponse,
} from '../../../core/api';
import type { Member } from '../../../core/model';
import { changedFields } from '../../audit/audit-details';
import { actorOf, createAuditLog } from '../../audit/audit-log';
import { redeemConfirmToken } from '../../privacy/confirm-token';
import { privacyError } from '../../privacy/privacy-error';
import { requireOrganizer } from '../http/access';
import { recordAudit } from '../http/audit-trail';
import { apiError, notFound } from '../http/api-error';
import { loadForumAsOrganizer } from '../http/loaders';
import { routeRegistrar, type ApiRuntime, type AuthedCtx, type CtxOf } from '../http/route';
import { publishChange } from '../live/publish';
import { knownPeople } from './known-people';
import { planMemberImport } from './member-import';
import { removalCodeSubject, REMOVAL_PURPOSE, removeMember } from './member-removal';
import { assertValidMember } from './member-rules';

/**
 * Organizer: members, one by one or imported from CSV. Removing a member takes two steps and
 * offers erasing their answers (see member-removal.ts); without erasure the answers stay (the
 * summary shows them without a name) until the forum's retention purge. Every change is audited.
 */
export function registerAdminMemberRoutes(server: Server, rt: ApiRuntime): void {
  const register = routeRegistrar(server, rt);
  const { store, ids } = rt.deps;
  const changed = (forumId: string) =>
    publishChange(rt.deps, { forumId, departmentId: null, topic: 'member' });

  const loadMember = async (id: string) => {
    const member = await store.getMember(id);
    if (!member) throw notFound('error.memberNotFound');
    return member;
  };

  /** The forum's departments and members, which a member is checked against. */
  const readRoster = (forumId: string) =>
    Promise.all([store.listDepartments(forumId), store.listMembers(forumId)]);

  /** Saves a member the rules accept (else 422), audits the change and tells live views. */
  const saveMember = async (
    ctx: AuthedCtx,
    member: Member,
    action: 'member.create' | 'member.update',
    details: Record<string, unknown>,
  ) => {
    const [departments, others] = await readRoster(member.forumId);
    assertValidMember(member, departments, others);
    await store.saveMember(member);
    await recordAudit(ctx, member.forumId, action, { kind: 'member', id: member.id }, details);
    await changed(member.forumId);
  };

  register(API.members, async ({ caller, params }) => {
    const forum = await loadForumAsOrganizer(store, caller, params.forumId);
    const members = (await store.listMembers(forum.id)).sort((a, b) => a.name.localeCompare(b.name, 'da'));
    const body: MembersResponse = { members };
    return { json: body };
  });

  register(API.createMember, async (ctx) => {
    const forum = await loadForumAsOrganizer(store, ctx.caller, ctx.params.forumId);
    const member: Member = { id: ids(), forumId: forum.id, ...ctx.body };
    await saveMember(ctx, member, 'member.create', {
      role: member.role,
      departmentIds: member.departmentIds,
    });
    const reply: MemberResponse = { member };
    return { status: 201, json: reply };
  });

  register(API.updateMember, async (ctx) => {
    const member = await loadMember(ctx.params.memberId);
    requireOrganizer(ctx.caller, member.forumId);
    const updated: Member = { ...member };
    for (const [key, value] of Object.entries(ctx.body)) {
      if (value !== undefined) (updated as unknown as Record<string, unknown>)[key] = value;
    }
    await saveMember(ctx, updated, 'member.update', { fields: changedFields(member, updated) });
    const reply: MemberResponse = { member: updated };
    return { json: reply };
  });

  /**
   * A removal's confirmation code is used up here, right before removeMember acts on it, so a
   * replay (on any instance) is refused with 410 and changes nothing.
   */
  const redeemRemovalCode = async (ctx: CtxOf<typeof API.deleteMember>, memberId: string) => {
    const { eraseAnswers, confirmToken } = ctx.body;
    if (confirmToken === undefined) return null;
    const subject = removalCodeSubject(ctx.caller.identity.aadObjectId, memberId, eraseAnswers);
    return redeemConfirmToken(rt.confirmTokens, store, rt.deps.clock, confirmToken, REMOVAL_PURPOSE, subject);
  };
  const confirmUsed = () => privacyError('confirm_used', 'error.confirmUsed', 410);

  register(API.deleteMember, async (ctx) => {
    const memberId = ctx.params.memberId;
    const member = await store.getMember(memberId);
    if (!member) {
      // The usual replay: the first use removed the member. Say so rather than "not found".
      if ((await redeemRemovalCode(ctx, memberId)) === 'used') throw confirmUsed();
      throw notFound('error.memberNotFound');
    }
    const me = requireOrganizer(ctx.caller, member.forumId);
    if (me.id === member.id) throw apiError(409, 'conflict', 'error.cannotRemoveSelf');
    const redeemed = await redeemRemovalCode(ctx, member.id);
    if (redeemed === 'used') throw confirmUsed();
    if (redeemed === 'invalid') throw apiError(409, 'confirm_invalid', 'error.confirmInvalid');
    return removeMember(ctx, member, redeemed === 'ok');
  });

  /**
   * The rows and the member.import audit entry in one transaction: a row that cannot be saved
   * leaves nothing changed (409 naming the row's line).
   */
  const importMembers = async (
    ctx: AuthedCtx,
    forumId: string,
    rows: MemberImportRow[],
    existing: Member[],
    result: MemberImportResult,
  ) => {
    const byAad = new Map(existing.map((m) => [m.aadObjectId.toLowerCase(), m]));
    let line = 0;
    try {
      await store.transaction(async (tx) => {
        for (const row of rows) {
          line = row.line;
          const draft = row.member!;
          const current = byAad.get(draft.aadObjectId.toLowerCase());
          await tx.saveMember(
            current ? { ...current, ...draft } : { id: ids(), forumId, pausedUntil: null, ...draft },
          );
        }
        line = 0;
        await createAuditLog(tx, { clock: rt.deps.clock, ids }).record({
          ...actorOf(ctx.caller, forumId),
          forumId,
          action: 'member.import',
          target: { kind: 'forum', id: forumId },
          details: { created: result.created, updated: result.updated },
        });
      });
    } catch (error) {
      rt.deps.log.error(
        { forumId, line, err: { message: (error as Error)?.message } },
        'api: member import rolled back',
      );
      if (line > 0) throw apiError(409, 'import_failed', 'error.importRowFailed', { line });
      throw error;
    }
  };

  /** All-or-nothing: a dry run previews; a real run saves only when every row is valid (else 422 with the preview). */
  register(API.importMembers, async (ctx) => {
    const { caller, params, locale } = ctx;
    const forum = await loadForumAsOrganizer(store, caller, params.forumId);
    const input = ctx.body;
    const [departments, existing] = await readRoster(forum.id);
    const known = await knownPeople(
      store,
      departments.map((d) => d.id),
      existing,
    );
    const plan = planMemberImport(input.csv, departments, existing, known, locale);
    const result: MemberImportResult = {
      dryRun: input.dryRun,
      applied: false,
      rows: plan.rows,
      errorRows: plan.rows.filter((r) => !r.ok).length,
      created: plan.rows.filter((r) => r.action === 'create').length,
      updated: plan.rows.filter((r) => r.action === 'update').length,
    };
    if (plan.fatal)
      throw apiError(422, 'validation', plan.fatal.key, plan.fatal.params, { body: { import: result } });
    if (input.dryRun) return { json: result };
    if (result.errorRows > 0)
      throw apiError(
        422,
        'import_has_errors',
        'error.importHasErrors',
        { count: result.errorRows },
        { body: { import: result } },
      );
    await importMembers(ctx, forum.id, plan.rows, existing, result);
    await changed(forum.id);
    return { json: { ...result, applied: true } satisfies MemberImportResult };
  });
}
