import type { Server } from 'restify';
import {
  API,
  type EraseRequest,
  type ErasureConfirmationResponse,
  type ErasureDoneResponse,
  type RetentionResponse,
  type SubjectDataResponse,
} from '../../../core/api';
import type { Locale, Member } from '../../../core/model';
import { localDateOf } from '../../../core/time';
import { actorOf, type AuditLog } from '../../audit/audit-log';
import { redeemConfirmToken, type ConfirmTokens } from '../../privacy/confirm-token';
import { eraseMemberData, type EraseReport } from '../../privacy/erase-member-data';
import { privacyError } from '../../privacy/privacy-error';
import { retentionInfo } from '../../privacy/retention-info';
import {
  collectSubjectData,
  erasurePreview,
  subjectDataJson,
  type SubjectData,
} from '../../privacy/subject-data';
import { renderSubjectDocx } from '../../privacy/subject-docx';
import { requireOrganizer, type Caller } from '../http/access';
import { loadForumAsOrganizer } from '../http/loaders';
import {
  routeRegistrar,
  type ApiRuntime,
  type AuthedCtx,
  type FileResult,
  type JsonResult,
} from '../http/route';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Data subject rights in the tab (GDPR art. 15, 17, 20): a person sees, downloads (JSON, Word)
 * and deletes their own answers; an organizer does the same for a member who leaves. Deletion
 * takes two steps (a single-use confirmation code, the only way to confirm). Every download and
 * deletion is in the audit log. Also the forum's retention status for organizers.
 */
export function registerPrivacyRoutes(
  server: Server,
  rt: ApiRuntime,
  options: { audit?: AuditLog; tokens?: ConfirmTokens } = {},
): void {
  const register = routeRegistrar(server, rt);
  const { store, clock } = rt.deps;
  const audit = options.audit ?? rt.audit;
  const tokens = options.tokens ?? rt.confirmTokens;

  const ownMemberships = (caller: Caller, forumId: string | undefined): Member[] => {
    const members = caller.members.filter((m) => !forumId || m.forumId === forumId);
    if (members.length === 0) throw privacyError('not_member', 'error.notMember', 403);
    return members;
  };

  const loadMemberAsOrganizer = async (caller: Caller, memberId: string): Promise<Member> => {
    const member = await store.getMember(memberId);
    if (!member) throw privacyError('not_found', 'error.memberNotFound', 404);
    requireOrganizer(caller, member.forumId);
    return member;
  };

  const logExport = async (caller: Caller, members: Member[], format: string) => {
    for (const member of members) {
      await audit.record({
        ...actorOf(caller, member.forumId),
        forumId: member.forumId,
        action: 'privacy.export',
        target: { kind: 'member', id: member.id },
        details: { format, self: caller.identity.aadObjectId === member.aadObjectId },
      });
    }
  };

  const download = async (
    ctx: AuthedCtx<object, { locale?: string }>,
    members: Member[],
    aadObjectId: string,
    kind: 'json' | 'docx',
  ): Promise<FileResult> => {
    const data = await collectSubjectData(rt.deps, aadObjectId, members, clock.now(), viewer(ctx.caller));
    await logExport(ctx.caller, members, kind);
    const name = `samskab-${ctx.locale === 'da' ? 'mine-data' : 'my-data'}-${localDateOf(clock.now(), 'Europe/Copenhagen')}`;
    return kind === 'json'
      ? {
          file: {
            contentType: 'application/json; charset=utf-8',
            filename: `${name}.json`,
            data: subjectDataJson(data),
          },
        }
      : {
          file: {
            contentType: DOCX,
            filename: `${name}.docx`,
            data: await renderSubjectDocx(data, exportLocale(ctx, members)),
          },
        };
  };

  /** Two steps: without a code, a preview and a code; with the code (used up here), the erasure. */
  const erase = async (
    ctx: AuthedCtx,
    members: Member[],
    input: EraseRequest,
    reason: 'subject' | 'organizer',
  ): Promise<JsonResult<ErasureConfirmationResponse | ErasureDoneResponse>> => {
    const subject = `${ctx.caller.identity.aadObjectId}:${members
      .map((m) => m.id)
      .sort()
      .join(',')}`;
    // A code is used up here, right before the erasure: a replay (on any instance) changes nothing.
    if (input.confirmToken !== undefined) {
      const redeemed = await redeemConfirmToken(tokens, store, clock, input.confirmToken, 'erase', subject);
      if (redeemed === 'used') throw privacyError('confirm_used', 'error.confirmUsed', 410);
      if (redeemed === 'invalid') throw privacyError('confirm_invalid', 'error.confirmInvalid', 409);
    } else {
      const data = await collectSubjectData(rt.deps, members[0]!.aadObjectId, members, clock.now());
      const body: ErasureConfirmationResponse = {
        status: 'confirmationRequired',
        confirmToken: await tokens.issue('erase', subject),
        preview: erasurePreview(data),
      };
      return { json: body };
    }
    const reports: EraseReport[] = [];
    for (const member of members) {
      reports.push(
        await eraseMemberData(
          { ...rt.deps, audit },
          { member, reason, actor: actorOf(ctx.caller, member.forumId) },
        ),
      );
    }
    const body: ErasureDoneResponse = { status: 'deleted', reports };
    return { json: body };
  };

  // ---- the person themselves ------------------------------------------------------------

  register(API.myData, async ({ caller, query: { forumId } }) => {
    const data: SubjectData = await collectSubjectData(
      rt.deps,
      caller.identity.aadObjectId,
      ownMemberships(caller, forumId),
      clock.now(),
      viewer(caller),
    );
    return { json: subjectDataBody(data) };
  });

  for (const kind of ['json', 'docx'] as const) {
    register(kind === 'json' ? API.myDataJson : API.myDataDocx, async (ctx) => {
      const { forumId } = ctx.query;
      return download(ctx, ownMemberships(ctx.caller, forumId), ctx.caller.identity.aadObjectId, kind);
    });
  }

  register(API.eraseMyData, async (ctx) => {
    return erase(ctx, ownMemberships(ctx.caller, ctx.body.forumId), ctx.body, 'subject');
  });

  // ---- organizers, for a member who leaves ------------------------------------------------

  register(API.memberData, async (ctx) => {
    const member = await loadMemberAsOrganizer(ctx.caller, ctx.params.memberId);
    const data = await collectSubjectData(
      rt.deps,
      member.aadObjectId,
      [member],
      clock.now(),
      viewer(ctx.caller),
    );
    await logExport(ctx.caller, [member], 'view');
    return { json: subjectDataBody(data) };
  });

  for (const kind of ['json', 'docx'] as const) {
    register(kind === 'json' ? API.memberDataJson : API.memberDataDocx, async (ctx) => {
      const member = await loadMemberAsOrganizer(ctx.caller, ctx.params.memberId);
      return download(ctx, [member], member.aadObjectId, kind);
    });
  }

  register(API.eraseMemberData, async (ctx) => {
    const member = await loadMemberAsOrganizer(ctx.caller, ctx.params.memberId);
    return erase(ctx, [member], ctx.body, 'organizer');
  });

  // ---- retention -------------------------------------------------------------------------

  register(API.retention, async ({ caller, params }) => {
    const forum = await loadForumAsOrganizer(store, caller, params.forumId);
    const [purge, erased] = await Promise.all([
      store.getRetentionPurge(forum.id),
      store.listErasedAnswerTallies(forum.id),
    ]);
    const body: RetentionResponse = {
      retention: retentionInfo(forum, clock.now(), purge),
      purge: purge ?? null,
      erasedAnswers: erased,
    };
    return { json: body };
  });
}

/** The JSON of the download, as the body of GET …/data (the same bytes, one shape). */
function subjectDataBody(data: SubjectData): SubjectDataResponse {
  return JSON.parse(subjectDataJson(data).toString('utf8')) as SubjectDataResponse;
}

/** Who reads a person's data: conversation references only reach the person themselves. */
function viewer(caller: Caller): { viewerAadObjectId: string } {
  return { viewerAadObjectId: caller.identity.aadObjectId };
}

/** Exports follow ?locale= / Accept-Language when given, else the person's own language. */
function exportLocale(ctx: AuthedCtx<object, { locale?: string }>, members: Member[]): Locale {
  const asked = ctx.query.locale;
  if (asked === 'da' || asked === 'en') return asked;
  return ctx.req.header('accept-language') ? ctx.locale : (members[0]?.locale ?? ctx.locale);
}
