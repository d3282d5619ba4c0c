import type { Activity } from 'botbuilder';
import { resolveLocale } from '../../../core/i18n';
import type { Answer, AnswerValue, Forum, Locale, Member, Principle, Question } from '../../../core/model';
import type { AppDeps } from '../../app-deps';
import { statementNotice } from '../../store/change-feed/notice';
import type { ChangeNotice } from '../../store/store';
import { answerActionSchema, type AnswerAction } from '../cards/card-data';
import { isForumOver, resolveViewer } from '../identity';
import { type MessageKey, t } from '../messages';
import type { ActionResult } from '../action-result';
import { roundOf, roundView } from '../round-view';
import { describeErrors } from './field-label';
import { readCardAnswer } from './read-card-answer';
import { validateCardAnswer } from './validate-card-answer';

export interface SubmitContext {
  activity: Partial<Activity>;
  /** A group chat or channel: the card is shared, views are per user. */
  group: boolean;
}

/**
 * One answer from a card (Action.Execute or its Action.Submit fallback). Validates everything,
 * saves at most one new revision, and answers with the member's card showing what happened.
 */
export async function submitAnswer(
  deps: AppDeps,
  ctx: SubmitContext,
  payload: Record<string, unknown>,
  /** The payload as answerActionSchema parsed it, when the caller has done so already. */
  action?: AnswerAction,
): Promise<ActionResult> {
  const parsed = action ? { success: true as const, data: action } : answerActionSchema.safeParse(payload);
  if (!parsed.success) return { kind: 'text', text: t(resolveLocale(ctx.activity.locale), 'answer.badCard') };
  const data = parsed.data;
  const viewer = await resolveViewer(deps.store, deps.clock, ctx.activity, data.forumId);
  if (!viewer.member || !viewer.forum) return { kind: 'text', text: t(viewer.locale, 'answer.notMember') };
  const { member, forum, locale } = viewer;

  const [questions, principles] = await Promise.all([
    deps.store.listQuestions(forum.id),
    deps.store.listPrinciples(forum.id),
  ]);
  // The member's answers come with the save; a card shown without one reads them (roundView).
  const content: MemberCardRequest['content'] = { questions, principles };
  const question = questions.find((q) => q.id === data.questionId);
  if (!question) return { kind: 'text', text: t(locale, 'answer.unknownQuestion') };
  const departmentId =
    data.departmentId && member.departmentIds.includes(data.departmentId)
      ? data.departmentId
      : (member.departmentIds[0] ?? null);
  if (!departmentId) return { kind: 'text', text: t(locale, 'answer.noDepartment') };

  const view = async (
    key: MessageKey,
    color: 'Good' | 'Attention' | 'Warning',
    params?: Record<string, string>,
    options: Pick<MemberCardRequest, 'closed' | 'submitted'> = {},
  ) => ({
    kind: 'card' as const,
    text: t(locale, key, params),
    card: await memberCard(
      deps,
      { forum, member, departmentId, locale, data, group: ctx.group, content, ...options },
      { text: t(locale, key, params), color },
    ),
  });

  if (isForumOver(forum, deps.clock))
    return view('answer.forumOver', 'Attention', undefined, { closed: true });

  const validation = validateCardAnswer(readCardAnswer(question, payload), question, principles);
  if (!validation.ok) {
    // The form comes back with what the person typed, for this question only.
    return view(
      'answer.invalid',
      'Attention',
      { reason: describeErrors(validation.errors, question.shape.kind, locale) },
      { submitted: payload },
    );
  }
  return saveAndShow(
    deps,
    {
      forum,
      member,
      question,
      departmentId,
      value: validation.value,
      rev: data.rev ?? null,
      content,
    },
    view,
  );
}

async function saveAndShow(
  deps: AppDeps,
  input: {
    forum: Forum;
    member: Member;
    question: Question;
    departmentId: string;
    value: AnswerValue;
    /** The revision the card showed; none (a group card): whatever is stored. */
    rev: number | null;
    /** The answers the view is built from: the member's, as the save leaves them, go in here. */
    content: { answers?: Answer[] };
  },
  view: (key: MessageKey, color: 'Good' | 'Attention' | 'Warning') => Promise<ActionResult>,
): Promise<ActionResult> {
  const { forum, member, question, departmentId, value } = input;
  const notice: ChangeNotice = { forumId: forum.id, departmentId, topic: 'answer' };
  // One round trip: the save (nothing if the stored answer holds this value), the member's
  // answers, and on PostgreSQL the change notice too.
  const result = await deps.store.saveMemberAnswer(
    {
      forumId: forum.id,
      departmentId,
      questionId: question.id,
      memberId: member.id,
      value,
      at: deps.clock.now().toISOString(),
      ...(input.rev === null ? {} : { expectedRevision: input.rev }),
    },
    statementNotice(deps.changes, notice),
  );
  input.content.answers = result.answers;
  if (result.outcome === 'unchanged') return view('answer.unchanged', 'Good');
  if (result.outcome === 'conflict') return view('answer.stale', 'Warning');
  if (!result.notified) publishInBackground(deps, notice);
  deps.log.info(
    { component: 'teams', questionId: question.id, memberId: member.id, revision: result.answer.revision },
    'answer saved',
  );
  return view('answer.saved', 'Good');
}

/**
 * Sends the change notice without holding up the turn (on PostgreSQL it is a NOTIFY round trip):
 * the answer is saved already, and the notice only tells live views to refetch. It is sent at
 * once, in order with this process's other queries; a failure is logged, never dropped silently.
 */
function publishInBackground(deps: Pick<AppDeps, 'changes' | 'log'>, notice: ChangeNotice): void {
  const failed = (error: unknown) =>
    deps.log.warn(
      { err: error, component: 'teams', forumId: notice.forumId, topic: notice.topic },
      'could not publish the answer change',
    );
  try {
    deps.changes.publish(notice).catch(failed);
  } catch (error) {
    failed(error);
  }
}

interface MemberCardRequest {
  forum: Forum;
  member: Member;
  departmentId: string;
  locale: Locale;
  data: AnswerAction;
  group: boolean;
  content: { questions: Question[]; principles: Principle[]; answers?: Answer[] };
  closed?: boolean;
  submitted?: Record<string, unknown>;
}

async function memberCard(
  deps: AppDeps,
  request: MemberCardRequest,
  notice: { text: string; color: 'Good' | 'Attention' | 'Warning' },
) {
  const { forum, data } = request;
  const round = await roundOf(deps, forum, data.roundId, data.qids?.length ? data.qids : [data.questionId]);
  return roundView(deps, {
    forum,
    member: request.member,
    departmentId: request.departmentId,
    round,
    locale: request.locale,
    notice,
    group: request.group,
    content: request.content,
    ...(request.closed ? { closed: true } : {}),
    ...(request.submitted ? { submitted: request.submitted, editQuestionId: data.questionId } : {}),
  });
}
