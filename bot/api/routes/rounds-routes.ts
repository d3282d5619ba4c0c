import { roundAnswers } from '../../../core/answers';
import type { Server } from 'restify';
import {
  API,
  type AcceptPlanResponse,
  type CardPreviewResponse,
  type PlanProposalResponse,
  type RoundResponse,
  type RoundsResponse,
} from '../../../core/api';
import type { Locale, Localized, Round } from '../../../core/model';
import { proposePlan } from '../../../core/planner';
import { buildRoundActivity } from '../../teams/cards';
import { departmentTabUrl } from '../../teams/tab-url';
import { requireOrganizer } from '../http/access';
import { recordAudit } from '../http/audit-trail';
import { notFound } from '../http/api-error';
import { loadForum, loadForumAsOrganizer } from '../http/loaders';
import { routeRegistrar, type ApiRuntime, type AuthedCtx } from '../http/route';

interface RoundChange {
  round: Round;
  warnings?: Localized[];
}

/** The audit entry of a round change: the round's id, kind and department (ids and dates only). */
async function auditRound(
  ctx: AuthedCtx,
  forumId: string,
  action: 'round.create' | 'round.sendNow' | 'round.move' | 'round.cancel',
  change: unknown,
  details: Record<string, unknown> = {},
): Promise<void> {
  const round = (change as Partial<RoundChange> | null)?.round;
  await recordAudit(
    ctx,
    forumId,
    action,
    { kind: 'round', id: round?.id ?? null },
    {
      ...(round ? { kind: round.kind, departmentId: round.departmentId } : {}),
      ...details,
    },
  );
}

/**
 * Organizer: the plan proposal, rounds (through the scheduler's RoundsService, which validates,
 * persists and publishes) and the card preview, built exactly as the scheduler builds it.
 */
export function registerRoundRoutes(server: Server, rt: ApiRuntime): void {
  const register = routeRegistrar(server, rt);
  const { store, clock, ids, rounds } = rt.deps;

  const loadRound = async (id: string) => {
    const round = await store.getRound(id);
    if (!round) throw notFound('error.roundNotFound');
    return round;
  };
  const reply = (change: unknown, locale: Locale, status = 200) => {
    const { round, warnings = [] } = change as RoundChange;
    const body: RoundResponse = { round, warnings: warnings.map((w) => w[locale]) };
    return { status, json: body };
  };

  register(API.planProposal, async ({ caller, params }) => {
    const forum = await loadForumAsOrganizer(store, caller, params.forumId);
    const [departments, questions] = await Promise.all([
      store.listDepartments(forum.id),
      store.listQuestions(forum.id),
    ]);
    const plan = proposePlan(forum, departments, questions, ids, clock.now().toISOString());
    const body: PlanProposalResponse = { rounds: plan.rounds, warnings: plan.warnings };
    return { json: body };
  });

  register(API.acceptPlan, async (ctx) => {
    const forum = await loadForum(store, ctx.params.forumId);
    requireOrganizer(ctx.caller, forum.id);
    const body = (await rounds.acceptPlan(forum.id)) as AcceptPlanResponse;
    await recordAudit(
      ctx,
      forum.id,
      'forum.plan.accept',
      { kind: 'forum', id: forum.id },
      {
        rounds: body.rounds.length,
        replaced: body.replaced,
      },
    );
    return {
      json: {
        rounds: body.rounds,
        replaced: body.replaced,
        warnings: body.warnings,
      } satisfies AcceptPlanResponse,
    };
  });

  register(API.rounds, async ({ caller, params }) => {
    const forum = await loadForumAsOrganizer(store, caller, params.forumId);
    const list = (await store.listRounds(forum.id)).sort((a, b) => a.dueAt.localeCompare(b.dueAt));
    const body: RoundsResponse = { rounds: list };
    return { json: body };
  });

  register(API.createRound, async (ctx) => {
    const forum = await loadForum(store, ctx.params.forumId);
    requireOrganizer(ctx.caller, forum.id);
    const input = ctx.body;
    const change = await rounds.createRound({ forumId: forum.id, ...input });
    await auditRound(ctx, forum.id, 'round.create', change, {
      localDate: input.localDate,
      ...(input.acceptOutsideHours ? { acceptOutsideHours: true } : {}),
    });
    return reply(change, ctx.locale, 201);
  });

  register(API.sendNow, async (ctx) => {
    const forum = await loadForum(store, ctx.params.forumId);
    requireOrganizer(ctx.caller, forum.id);
    const input = ctx.body;
    const change = await rounds.sendNow({ forumId: forum.id, ...input });
    await auditRound(ctx, forum.id, 'round.sendNow', change);
    return reply(change, ctx.locale, 201);
  });

  register(API.moveRound, async (ctx) => {
    const round = await loadRound(ctx.params.roundId);
    requireOrganizer(ctx.caller, round.forumId);
    const input = ctx.body;
    const change = await rounds.moveRound(
      round.id,
      input.localDate,
      input.localTime,
      input.acceptOutsideHours ?? false,
    );
    await auditRound(ctx, round.forumId, 'round.move', change, {
      fromLocalDate: round.localDate,
      fromLocalTime: round.localTime,
      localDate: input.localDate,
      localTime: input.localTime,
      ...(input.acceptOutsideHours ? { acceptOutsideHours: true } : {}),
    });
    return reply(change, ctx.locale);
  });

  register(API.cancelRound, async (ctx) => {
    const round = await loadRound(ctx.params.roundId);
    requireOrganizer(ctx.caller, round.forumId);
    const change = await rounds.cancelRound(round.id);
    await auditRound(ctx, round.forumId, 'round.cancel', change);
    return reply(change, ctx.locale);
  });

  register(API.cardPreview, async (ctx) => {
    const round = await loadRound(ctx.params.roundId);
    const forum = await loadForum(store, round.forumId);
    requireOrganizer(ctx.caller, forum.id);
    const q = ctx.query;
    const [departments, questions, principles, members] = await Promise.all([
      store.listDepartments(forum.id),
      store.listQuestions(forum.id),
      store.listPrinciples(forum.id),
      store.listMembers(forum.id),
    ]);
    const member = q.memberId ? members.find((m) => m.id === q.memberId) : undefined;
    if (q.memberId && !member) throw notFound('error.memberNotFound');
    // As the scheduler does: a member's card is about their department; a group post about the round's.
    const departmentId = round.departmentId ?? (member ? (member.departmentIds[0] ?? null) : null);
    const department = departments.find((d) => d.id === departmentId) ?? null;
    const base = {
      forum,
      department,
      round,
      questions,
      principles,
      tabUrl: departmentTabUrl(rt.deps.config.publicUrl, departmentId),
    };
    let activity: unknown;
    let locale: Locale;
    if (member) {
      locale = q.locale ?? member.locale;
      const answers = roundAnswers(await store.listAnswers(forum.id, { memberId: member.id }), round);
      activity = buildRoundActivity({ ...base, member, answers, locale });
    } else {
      locale = q.locale ?? forum.defaultLocale;
      const groupMembers = members.filter(
        (m) => m.role === 'chef' && departmentId !== null && m.departmentIds.includes(departmentId),
      );
      activity = buildRoundActivity({
        ...base,
        member: null,
        answers: [],
        locale,
        groupMemberIds: groupMembers.map((m) => m.aadObjectId),
      });
    }
    const json = JSON.stringify(activity);
    const card = (activity as { attachments?: { content?: unknown }[] }).attachments?.[0]?.content ?? null;
    const body: CardPreviewResponse = {
      activity,
      card,
      bytes: Buffer.byteLength(json, 'utf8'),
      locale,
      memberId: member?.id ?? null,
    };
    return { json: body };
  });
}
