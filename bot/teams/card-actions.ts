import type { TurnContext } from 'botbuilder';
import { resolveLocale } from '../../core/i18n';
import { localize } from '../../core/i18n';
import type { ConversationRef } from '../../core/model';
import type { AppDeps } from '../app-deps';
import { isOrganizerOf } from '../authz/rules';
import type { ActionResult } from './action-result';
import { submitAnswer } from './answers/submit-answer';
import { cardDepartmentId } from './card-scope';
import { cardActionSchema, type EditAction, LINK_DEPARTMENT_INPUT, type RefreshAction } from './cards';
import { questions } from './handlers/questions';
import type { TeamsServices } from './handlers/turn-scope';
import { isForumOver, resolveViewer } from './identity';
import { conversationKindOf, linkConversation } from './installations';
import { t } from './messages';
import { recordMeetingDate, saveMeetingNotes } from './meetings/meeting-actions';
import { isMeetingChat } from './meetings/meeting-chat-card';
import { recordAudit } from './record-audit';
import { roundOf, roundView } from './round-view';

export interface ActionTurn {
  deps: AppDeps;
  services: TeamsServices;
  context: TurnContext;
  /** Stored while the action runs (first contact); only some actions need it. */
  conversation: Promise<ConversationRef>;
  /** The card's data with the inputs merged in (both Action.Execute and Action.Submit deliver it so). */
  payload: Record<string, unknown>;
}

/** Runs one card action; never throws for bad input. */
export async function runCardAction(turn: ActionTurn): Promise<ActionResult> {
  const { deps, context, payload } = turn;
  const locale = resolveLocale(context.activity.locale);
  const parsed = cardActionSchema.safeParse(payload);
  if (!parsed.success) return { kind: 'text', text: t(locale, 'answer.badCard') };
  const group = conversationKindOf(context.activity) !== 'personal';
  switch (parsed.data.samskab) {
    case 'answer':
      return submitAnswer(deps, { activity: context.activity, group }, payload, parsed.data);
    case 'edit':
      return edit(turn, parsed.data);
    case 'refresh':
      return refresh(turn, parsed.data);
    case 'linkDepartment':
      return linkDepartment(turn, parsed.data.forumId);
    case 'questions': {
      const viewer = await resolveViewer(deps.store, deps.clock, context.activity);
      await questions({
        deps,
        services: turn.services,
        context,
        viewer,
        ref: await turn.conversation,
        argument: '',
      });
      return { kind: 'text', text: t(viewer.locale, 'card.prompt.title') };
    }
    case 'meetingDate':
      return recordMeetingDate(deps, context.activity, parsed.data, payload);
    case 'meetingNotes':
      return saveMeetingNotes(deps, context.activity, parsed.data, payload);
  }
}

/** The member's answer to one question in a form, filled in; saving it makes a new revision. */
async function edit(turn: ActionTurn, data: EditAction): Promise<ActionResult> {
  const { deps, context } = turn;
  const viewer = await resolveViewer(deps.store, deps.clock, context.activity, data.forumId);
  if (!viewer.member || !viewer.forum) return { kind: 'text', text: t(viewer.locale, 'answer.notMember') };
  const questionsOfForum = await deps.store.listQuestions(viewer.forum.id);
  if (!questionsOfForum.some((q) => q.id === data.questionId))
    return { kind: 'text', text: t(viewer.locale, 'answer.unknownQuestion') };
  const round = await roundOf(
    deps,
    viewer.forum,
    data.roundId,
    data.qids?.length ? data.qids : [data.questionId],
  );
  const card = await roundView(deps, {
    forum: viewer.forum,
    member: viewer.member,
    departmentId: cardDepartmentId({
      round,
      conversation: await turn.conversation,
      member: viewer.member,
      hinted: data.departmentId,
    }),
    round,
    locale: viewer.locale,
    editQuestionId: data.questionId,
    closed: isForumOver(viewer.forum, deps.clock),
  });
  return { kind: 'card', card, text: '' };
}

/**
 * The per-user view of a shared group card (refresh.userIds), or the shared view for someone not
 * in the forum. The department comes from the store (cardDepartmentId); what the person sees of
 * it from bot/authz/rules.ts (roundView asks groupCardView).
 */
async function refresh(turn: ActionTurn, data: RefreshAction): Promise<ActionResult> {
  const { deps, context } = turn;
  const viewer = await resolveViewer(deps.store, deps.clock, context.activity, data.forumId);
  const forum = viewer.forum ?? (await deps.store.getForum(data.forumId));
  if (!forum) return { kind: 'text', text: t(viewer.locale, 'answer.badCard') };
  const round = await roundOf(deps, forum, data.roundId, []);
  const departmentId = cardDepartmentId({
    round,
    conversation: await turn.conversation,
    member: viewer.member,
    hinted: data.departmentId,
  });
  const card = await roundView(deps, {
    forum,
    member: viewer.member,
    departmentId,
    round,
    locale: viewer.member ? viewer.locale : forum.defaultLocale,
    group: true,
    closed: isForumOver(forum, deps.clock),
  });
  return { kind: 'card', card, text: '' };
}

async function linkDepartment(turn: ActionTurn, forumId: string): Promise<ActionResult> {
  const { deps, context } = turn;
  const viewer = await resolveViewer(deps.store, deps.clock, context.activity, forumId);
  if (!viewer.member || !isOrganizerOf(viewer.member, forumId))
    return { kind: 'text', text: t(viewer.locale, 'organizerOnly') };
  const ref = await turn.conversation;
  if (ref.kind === 'personal') return { kind: 'text', text: t(viewer.locale, 'link.personal') };
  if (isMeetingChat(context.activity)) return { kind: 'text', text: t(viewer.locale, 'link.meeting') };
  const chosen = turn.payload[LINK_DEPARTMENT_INPUT];
  const department = typeof chosen === 'string' ? await deps.store.getDepartment(chosen) : undefined;
  if (!department || department.forumId !== forumId)
    return { kind: 'text', text: t(viewer.locale, 'card.choose') };
  await linkConversation(deps.store, ref, department.id);
  await recordAudit(deps, viewer.member.id, {
    forumId,
    action: 'conversation.link',
    target: { kind: 'conversation', id: ref.conversationId },
    details: { departmentId: department.id, conversationKind: ref.kind, via: 'bot' },
  });
  return {
    kind: 'text',
    text: t(viewer.locale, 'link.done', { name: localize(department.name, viewer.locale) }),
  };
}
