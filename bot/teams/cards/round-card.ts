import { localize } from '../../../core/i18n';
import type {
  Answer,
  Department,
  Forum,
  Locale,
  Member,
  Principle,
  Question,
  Round,
} from '../../../core/model';
import { daysBetween, formatLocalDate } from '../../../core/time';
import { groupPostShowsAnswers } from '../../authz/rules';
import { type MessageKey, t } from '../messages';
import { actionDatePeriod, answerInputs, prefillInputs } from './answer-form';
import { answerView } from './answer-view';
import type { AnswerAction } from './card-data';
import {
  type Card,
  type CardElement,
  actionSet,
  adaptiveCard,
  container,
  execute,
  heading,
  openUrl,
  showCard,
  subtle,
  text,
} from './card-kit';
import { principlesElements } from './principles-card';

export interface RoundCardInput {
  forum: Forum;
  department: Department | null;
  round: Round;
  questions: Question[];
  principles: Principle[];
  /** null: a group-chat post answered by every member for themselves. */
  member: Member | null;
  /** The member's answers (a reminder lists what is still unanswered). */
  answers: Answer[];
  locale: Locale;
  /** Deep link to the department summary. */
  tabUrl: string;
  /** Teams user ids for refresh.userIds in group chats. */
  groupMemberIds?: string[];
}

/** One member's answer shown to a group chat, under the member's name (null: hidden, "En chef"). */
export interface SharedAnswer {
  name: string | null;
  answer: Answer;
}

/** What a group-chat card shows beyond one member's own answers. */
export interface GroupView {
  answeredCount: number;
  total: number;
  /** Others' answers, only when the forum shares answers in group chats. */
  shared: SharedAnswer[];
  /** Questions whose answers are withheld (core/summary/anonymity.ts), with the minimum; only when shared. */
  withheld?: Record<string, number>;
}

/** Shared answers shown in one group card, so it stays under Teams' size limit; the tab shows them all. */
export const MAX_SHARED_ANSWERS = 8;

export interface RoundCardExtras {
  group?: GroupView;
  /** Show only this question, with its form filled in with the member's current answer. */
  editQuestionId?: string;
  notice?: { text: string; color: 'Good' | 'Attention' | 'Warning' };
  /** The forum is over: no inputs or actions, a clear "closed" line, the member's answers if any. */
  closed?: boolean;
  /** What the person submitted (a refused answer): the form shows it again, so nothing typed is lost. */
  submitted?: Record<string, unknown>;
  /**
   * A closed group-chat card (member null): the members' answers, shown as the open group card shows
   * shared answers, at most MAX_SHARED_ANSWERS, and only when the forum shares answers in group chats.
   */
  closedShared?: SharedAnswer[];
}

const MAX_REFRESH_USERS = 60;

const TITLE: Record<Round['kind'], MessageKey> = {
  prompt: 'card.prompt.title',
  reminder: 'card.reminder.title',
  finalCall: 'card.finalCall.title',
};

export function roundCard(input: RoundCardInput, extras: RoundCardExtras = {}): Card {
  if (extras.closed) return closedRoundCard(input, extras);
  const { forum, department, round, member, locale } = input;
  const answersByQuestion = new Map(input.answers.map((a) => [a.questionId, a]));
  const inRound = round.questionIds
    .map((id) => input.questions.find((q) => q.id === id))
    .filter((q): q is Question => q !== undefined);
  const editing = extras.editQuestionId
    ? input.questions.find((q) => q.id === extras.editQuestionId)
    : undefined;
  const shown = editing
    ? [editing]
    : round.kind === 'prompt' || !member
      ? inRound
      : inRound.filter((q) => !answersByQuestion.has(q.id));

  const body: CardElement[] = [
    heading(t(locale, TITLE[round.kind])),
    subtle(
      [localize(forum.name, locale), department ? localize(department.name, locale) : null]
        .filter(Boolean)
        .join(' · '),
    ),
    subtle(daysLeftLine(forum, round.localDate, locale)),
  ];
  if (extras.notice) body.push(text(extras.notice.text, { color: extras.notice.color, weight: 'Bolder' }));
  if (extras.group) body.push(...groupHeader(input, extras.group));
  else if (!member)
    body.push(
      subtle(
        t(locale, input.forum.settings.shareAnswersInGroupChat ? 'card.groupShared' : 'card.groupPrivate'),
      ),
    );
  if (member && round.kind !== 'prompt' && shown.length > 0)
    body.push(text(t(locale, 'card.stillOpen'), { weight: 'Bolder' }));
  if (!editing && member && shown.every((q) => answersByQuestion.has(q.id)) && round.kind !== 'prompt') {
    body.push(text(t(locale, 'card.allAnswered'), { color: 'Good' }));
  }

  const inline = shown.length === 1;
  for (const question of shown) {
    body.push(
      questionBlock(
        input,
        question,
        answersByQuestion.get(question.id) ?? null,
        inline,
        extras.group,
        !!editing,
        extras.submitted,
      ),
    );
  }

  const footer: CardElement[] = [];
  if (input.tabUrl) footer.push(openUrl(t(locale, 'card.summaryLink'), input.tabUrl));
  if (department?.recap)
    footer.push(showCard(t(locale, 'card.recap'), adaptiveCard([text(department.recap)])));
  if (input.principles.length)
    footer.push(
      showCard(t(locale, 'card.principles'), adaptiveCard(principlesElements(input.principles, locale))),
    );
  if (footer.length) body.push(actionSet(footer));

  const card = adaptiveCard(body, { fallbackText: t(locale, TITLE[round.kind]) });
  if (!member) {
    const userIds = (input.groupMemberIds ?? []).slice(0, MAX_REFRESH_USERS);
    card.refresh = {
      action: execute(t(locale, 'card.answer'), 'refresh', {
        forumId: forum.id,
        roundId: round.id,
        departmentId: department?.id ?? null,
      }),
      ...(userIds.length ? { userIds } : {}),
    };
  }
  return card;
}

function questionBlock(
  input: RoundCardInput,
  question: Question,
  answer: Answer | null,
  inline: boolean,
  group: GroupView | undefined,
  editing: boolean,
  submitted?: Record<string, unknown>,
): CardElement {
  const { locale, member } = input;
  const data: Omit<AnswerAction, 'samskab'> = {
    forumId: input.forum.id,
    questionId: question.id,
    roundId: input.round.id,
    departmentId: input.department?.id ?? null,
    rev: member ? (answer?.revision ?? 0) : null,
    qids: input.round.questionIds,
  };
  const inputs = answerInputs({
    question,
    principles: input.principles,
    locale,
    current: answer?.value ?? null,
    actionDates: actionDatePeriod(input.forum),
  });
  const form = (submitTitle: string): CardElement[] => [
    ...(submitted ? prefillInputs(inputs, question.number, submitted) : inputs),
    actionSet([execute(submitTitle, 'answer', data, { style: 'positive' })]),
  ];
  const items: CardElement[] = [
    subtle(t(locale, 'card.question', { number: question.number })),
    text(localize(question.text, locale), { weight: 'Bolder', spacing: 'None' }),
  ];
  const help = localize(question.help, locale);
  if (help) items.push(text(help, { isSubtle: true, spacing: 'Small' }));

  if (answer && editing) {
    items.push(...form(t(locale, 'card.saveEdit')));
  } else if (answer) {
    items.push(
      text(t(locale, 'card.answeredRevision', { revision: answer.revision }), {
        color: 'Good',
        weight: 'Bolder',
      }),
    );
    items.push(...answerView(answer.value, input.principles, locale));
    items.push(actionSet([execute(t(locale, 'card.edit'), 'edit', data)]));
  } else {
    if (member) items.push(text(t(locale, 'card.open'), { isSubtle: true }));
    if (inline) items.push(...form(t(locale, 'card.send')));
    else
      items.push(actionSet([showCard(t(locale, 'card.answer'), adaptiveCard(form(t(locale, 'card.send'))))]));
  }
  items.push(...sharedAnswerBlocks(input, group?.shared ?? [], question.id));
  const below = group?.withheld?.[question.id];
  if (below !== undefined) items.push(subtle(t(locale, 'card.resultsWithheld', { count: below })));
  return container(items, { separator: true, spacing: 'Large' });
}

/** Others' answers to one question, each under the member's name (open and closed group cards). */
function sharedAnswerBlocks(
  input: RoundCardInput,
  shared: SharedAnswer[],
  questionId: string,
): CardElement[] {
  return shared
    .filter((s) => s.answer.questionId === questionId)
    .map((s) =>
      container(
        [
          text(s.name ?? t(input.locale, 'card.anonymousAuthor'), { weight: 'Bolder' }),
          ...answerView(s.answer.value, input.principles, input.locale),
        ],
        { style: 'emphasis' },
      ),
    );
}

/** After the final meeting: what was asked and what the member answered; nothing to fill in or press. */
function closedRoundCard(input: RoundCardInput, extras: RoundCardExtras): Card {
  const { forum, department, round, member, locale } = input;
  const answersByQuestion = new Map(input.answers.map((a) => [a.questionId, a]));
  const editing = extras.editQuestionId ? input.questions.filter((q) => q.id === extras.editQuestionId) : [];
  const shown = editing.length
    ? editing
    : round.questionIds
        .map((id) => input.questions.find((q) => q.id === id))
        .filter((q): q is Question => q !== undefined);
  // Privacy: a group post shows the members' answers only while the forum shares them in group chats.
  const shared =
    !member && groupPostShowsAnswers(forum) ? (extras.closedShared ?? []).slice(0, MAX_SHARED_ANSWERS) : [];
  const body: CardElement[] = [
    heading(t(locale, TITLE[round.kind])),
    subtle(
      [localize(forum.name, locale), department ? localize(department.name, locale) : null]
        .filter(Boolean)
        .join(' · '),
    ),
    text(t(locale, 'card.closed', { date: formatLocalDate(forum.finalMeetingDate, locale) }), {
      color: 'Attention',
      weight: 'Bolder',
    }),
  ];
  for (const question of shown) {
    const answer = answersByQuestion.get(question.id);
    const items: CardElement[] = [
      subtle(t(locale, 'card.question', { number: question.number })),
      text(localize(question.text, locale), { weight: 'Bolder', spacing: 'None' }),
    ];
    if (answer) {
      items.push(
        text(t(locale, 'card.answeredRevision', { revision: answer.revision }), { color: 'Good' }),
        ...answerView(answer.value, input.principles, locale),
      );
    } else if (member) items.push(text(t(locale, 'card.closedNoAnswer'), { isSubtle: true }));
    items.push(...sharedAnswerBlocks(input, shared, question.id));
    body.push(container(items, { separator: true, spacing: 'Large' }));
  }
  if (input.tabUrl) body.push(actionSet([openUrl(t(locale, 'card.summaryLink'), input.tabUrl)]));
  return adaptiveCard(body, { fallbackText: t(locale, TITLE[round.kind]) });
}

function groupHeader(input: RoundCardInput, group: GroupView): CardElement[] {
  const { locale } = input;
  return [
    text(t(locale, 'card.groupCount', { count: group.answeredCount, total: group.total }), {
      weight: 'Bolder',
    }),
    subtle(
      t(locale, input.forum.settings.shareAnswersInGroupChat ? 'card.groupShared' : 'card.groupPrivate'),
    ),
  ];
}

export function daysLeftLine(forum: Forum, today: string, locale: Locale): string {
  const date = formatLocalDate(forum.finalMeetingDate, locale);
  const days = daysBetween(today, forum.finalMeetingDate);
  if (days > 0) return t(locale, 'card.daysLeft', { days, date });
  if (days === 0) return t(locale, 'card.meetingToday', { date });
  return t(locale, 'card.forumOver', { date });
}
