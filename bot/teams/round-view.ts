import type { Answer, Department, Forum, Locale, Member, Principle, Question, Round } from '../../core/model';
import { anonymityOf } from '../../core/summary';
import type { AppDeps } from '../app-deps';
import { groupCardView } from '../authz/rules';
import { type Card, type GroupView, roundCard } from './cards';
import { departmentRoundAnswers } from './cards/shared-answers';
import type { RoundCardExtras } from './cards/round-card';
import { forumToday } from './identity';
import { departmentTabUrl } from './tab-url';

export const AD_HOC_ROUND_ID = 'questions';

export interface RoundViewRequest {
  forum: Forum;
  member: Member | null;
  departmentId: string | null;
  round: Round;
  locale: Locale;
  notice?: RoundCardExtras['notice'];
  editQuestionId?: string;
  /** The forum is over: a closed card (no inputs), see RoundCardExtras.closed. */
  closed?: boolean;
  /** A refused answer's submitted inputs, shown again in the form. */
  submitted?: Record<string, unknown>;
  /** A group-chat card: show how many have answered (and shared answers if the forum allows). */
  group?: boolean;
  groupMemberIds?: string[];
  /** The forum's questions and principles (and the member's answers) when the caller has them already. */
  content?: { questions: Question[]; principles: Principle[]; answers?: Answer[] };
}

/** Builds a round card from the store: the member's own view, or a group chat's. */
export async function roundView(
  deps: Pick<AppDeps, 'store' | 'config'>,
  request: RoundViewRequest,
): Promise<Card> {
  const { store } = deps;
  const { forum, member, departmentId, round } = request;
  const [questions, principles, stored, answers] = await Promise.all([
    request.content?.questions ?? store.listQuestions(forum.id),
    request.content?.principles ?? store.listPrinciples(forum.id),
    departmentId ? store.getDepartment(departmentId) : Promise.resolve(undefined),
    member
      ? (request.content?.answers ?? store.listAnswers(forum.id, { memberId: member.id }))
      : Promise.resolve([]),
  ]);
  // A department of another forum is no department of this card.
  const department = stored?.forumId === forum.id ? stored : undefined;
  const extras: RoundCardExtras = {
    ...(request.notice ? { notice: request.notice } : {}),
    ...(request.editQuestionId ? { editQuestionId: request.editQuestionId } : {}),
    ...(request.closed ? { closed: true } : {}),
    ...(request.submitted ? { submitted: request.submitted } : {}),
  };
  if (request.group && department) {
    const may = groupCardView(member, forum, department.id);
    if (may.counts) extras.group = await groupView(deps, forum, department, round, member, may.answers);
  }
  return roundCard(
    {
      forum,
      department: department ?? null,
      round,
      questions,
      principles,
      member,
      answers,
      locale: request.locale,
      tabUrl: departmentTabUrl(deps.config.publicUrl, department?.id ?? null),
      ...(request.groupMemberIds ? { groupMemberIds: request.groupMemberIds } : {}),
    },
    extras,
  );
}

async function groupView(
  deps: Pick<AppDeps, 'store'>,
  forum: Forum,
  department: Department,
  round: Round,
  viewer: Member | null,
  showAnswers: boolean,
): Promise<GroupView> {
  const [members, answers] = await Promise.all([
    deps.store.listMembers(forum.id),
    deps.store.listAnswers(forum.id, { departmentId: department.id }),
  ]);
  const selection = departmentRoundAnswers(members, answers, department.id, round, anonymityOf(forum));
  return {
    answeredCount: selection.answeredCount,
    total: selection.total,
    shared: showAnswers && viewer ? selection.shared(viewer.id) : [],
    ...(showAnswers && viewer ? { withheld: selection.withheld } : {}),
  };
}

/** The stored round a card came from, or a stand-in for a card made on request ("questions"). */
export async function roundOf(
  deps: Pick<AppDeps, 'store' | 'clock'>,
  forum: Forum,
  roundId: string | null | undefined,
  questionIds: string[],
): Promise<Round> {
  const stored = roundId && roundId !== AD_HOC_ROUND_ID ? await deps.store.getRound(roundId) : undefined;
  if (stored && stored.forumId === forum.id) return stored;
  return adHocRound(deps, forum, questionIds);
}

export function adHocRound(deps: Pick<AppDeps, 'clock'>, forum: Forum, questionIds: string[]): Round {
  const now = deps.clock.now().toISOString();
  return {
    id: AD_HOC_ROUND_ID,
    forumId: forum.id,
    departmentId: null,
    kind: 'prompt',
    questionIds,
    localDate: forumToday(forum, deps.clock),
    localTime: '00:00',
    dueAt: now,
    state: 'materialized',
    createdAt: now,
    updatedAt: now,
  };
}

/** Questions the member has not answered, in forum order. */
export function openQuestions(questions: Question[], answers: Answer[]): Question[] {
  const answered = new Set(answers.map((a) => a.questionId));
  return [...questions].sort((a, b) => a.number - b.number).filter((q) => !answered.has(q.id));
}
