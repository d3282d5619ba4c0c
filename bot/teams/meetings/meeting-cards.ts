import { localize } from '../../../core/i18n';
import type { BookingLink, Briefing } from '../../../core/meetings';
import type { Department, Forum, Locale, Question } from '../../../core/model';
import { formatLocalDate } from '../../../core/time';
import {
  type Card,
  actionSet,
  adaptiveCard,
  container,
  execute,
  heading,
  openUrl,
  subtle,
  text,
} from '../cards/card-kit';
import { tm } from './meeting-card-messages';

/** Card verbs of the facilitator meeting (card-data.ts parses their payloads). */
export const MEETING_DATE_VERB = 'meetingDate';
export const MEETING_NOTES_VERB = 'meetingNotes';
export const MEETING_DATE_INPUT = 'meetingDate';
export const MEETING_START_INPUT = 'meetingStart';
export const MEETING_END_INPUT = 'meetingEnd';
export const MEETING_NOTES_INPUT = 'meetingNotes';

/** A briefing shows at most this many answers per question, each cut to this many characters. */
const ANSWERS_PER_QUESTION = 4;
const ANSWER_CHARS = 500;

interface DepartmentCardInput {
  forum: Forum;
  department: Department;
  locale: Locale;
  /** The department's summary (tab deep link or web URL). */
  summaryUrl: string;
}

/** The dates a facilitator meeting may lie on: from kickoff to the final meeting. */
export function meetingDatePeriod(forum: Pick<Forum, 'kickoffDate' | 'finalMeetingDate'>) {
  return { from: forum.kickoffDate, to: forum.finalMeetingDate };
}

function cut(value: string): string {
  return value.length > ANSWER_CHARS ? `${value.slice(0, ANSWER_CHARS - 1)}…` : value;
}

/** "Book mødet": the Teams meeting link, and the inputs to record the date once agreed. */
export function bookingCard(input: DepartmentCardInput & { link: BookingLink }): Card {
  const { forum, department, locale, link } = input;
  const name = localize(department.name, locale);
  const period = meetingDatePeriod(forum);
  const body = [
    heading(tm(locale, 'booking.title')),
    text(tm(locale, 'booking.intro', { department: name })),
    subtle(
      tm(locale, 'booking.proposed', {
        date: formatLocalDate(link.proposed.date, locale),
        time: link.proposed.time,
      }),
    ),
  ];
  if (link.withoutAddress.length)
    body.push(subtle(tm(locale, 'booking.withoutAddress', { names: link.withoutAddress.join(', ') })));
  body.push(actionSet([openUrl(tm(locale, 'booking.book'), link.url)]));
  body.push(
    {
      type: 'Input.Date',
      id: MEETING_DATE_INPUT,
      label: tm(locale, 'booking.date'),
      isRequired: true,
      min: period.from,
      max: period.to,
      errorMessage: tm(locale, 'booking.dateError', {
        from: formatLocalDate(period.from, locale),
        to: formatLocalDate(period.to, locale),
      }),
    },
    {
      type: 'ColumnSet',
      columns: [
        {
          type: 'Column',
          width: 'stretch',
          items: [{ type: 'Input.Time', id: MEETING_START_INPUT, label: tm(locale, 'booking.start') }],
        },
        {
          type: 'Column',
          width: 'stretch',
          items: [{ type: 'Input.Time', id: MEETING_END_INPUT, label: tm(locale, 'booking.end') }],
        },
      ],
    },
  );
  return adaptiveCard(body, {
    actions: [
      execute(tm(locale, 'booking.save'), MEETING_DATE_VERB, {
        forumId: forum.id,
        departmentId: department.id,
      }),
      openUrl(tm(locale, 'summary.open'), input.summaryUrl),
    ],
    fallbackText: tm(locale, 'booking.title'),
  });
}

/** The facilitator's briefing before meeting a department. */
export function briefingCard(input: DepartmentCardInput & { briefing: Briefing; meetingDate: string }): Card {
  const { department, locale, briefing } = input;
  const name = localize(department.name, locale);
  const none = tm(locale, 'briefing.none');
  const body = [
    heading(
      tm(locale, 'briefing.title', { department: name, date: formatLocalDate(input.meetingDate, locale) }),
    ),
    text(tm(locale, 'briefing.recap'), { weight: 'Bolder' }),
    text(cut(briefing.recap.trim()) || none),
    text(tm(locale, 'briefing.task'), { weight: 'Bolder' }),
    text(cut(briefing.chosenAssignment.trim()) || none),
  ];
  if (briefing.participation) body.push(text(tm(locale, 'briefing.participation', briefing.participation)));
  else body.push(subtle(tm(locale, 'briefing.hidden')));
  for (const q of briefing.questions) {
    const items = [
      text(tm(locale, 'briefing.question', { number: q.number, text: q.text }), { weight: 'Bolder' }),
    ];
    if (q.withheldBelow !== null) {
      items.push(subtle(tm(locale, 'briefing.answeredBy', { count: q.answeredBy })));
      items.push(subtle(tm(locale, 'briefing.withheld', { count: q.withheldBelow })));
    } else if (q.answers) {
      items.push(subtle(tm(locale, 'briefing.answeredBy', { count: q.answeredBy })));
      for (const a of q.answers.slice(0, ANSWERS_PER_QUESTION))
        items.push(text(`**${a.name ?? tm(locale, 'briefing.anonymous')}:** ${cut(a.text)}`));
      const more = q.answers.length - ANSWERS_PER_QUESTION;
      if (more > 0) items.push(subtle(tm(locale, 'briefing.more', { count: more })));
    }
    body.push(container(items, { separator: true }));
  }
  return adaptiveCard(body, {
    actions: [openUrl(tm(locale, 'summary.open'), input.summaryUrl)],
    fallbackText: tm(locale, 'briefing.title', {
      department: name,
      date: formatLocalDate(input.meetingDate, locale),
    }),
  });
}

/** The chefs' reminder of the questions the department has not answered before the meeting. */
export function openQuestionsCard(
  input: DepartmentCardInput & { open: readonly Question[]; meetingDate: string },
): Card {
  const { department, locale } = input;
  const title = tm(locale, 'open.title', { date: formatLocalDate(input.meetingDate, locale) });
  return adaptiveCard(
    [
      heading(title),
      text(
        tm(locale, 'open.intro', { count: input.open.length, department: localize(department.name, locale) }),
      ),
      text(input.open.map((q) => `- ${q.number}. ${localize(q.text, locale)}`).join('\r')),
    ],
    {
      actions: [
        execute(tm(locale, 'open.answer'), 'questions', {}),
        openUrl(tm(locale, 'summary.open'), input.summaryUrl),
      ],
      fallbackText: title,
    },
  );
}

/** After the meeting: the group writes its takeaways; a facilitator's card adds a field for notes. */
export function takeawaysCard(input: DepartmentCardInput & { facilitatorNotes: string | null }): Card {
  const { forum, department, locale } = input;
  const name = localize(department.name, locale);
  const body = [heading(tm(locale, 'takeaways.title')), text(tm(locale, 'takeaways.intro'))];
  const actions = [openUrl(tm(locale, 'takeaways.open'), input.summaryUrl)];
  if (input.facilitatorNotes !== null) {
    body.push(text(tm(locale, 'takeaways.facilitator', { department: name })));
    body.push({
      type: 'Input.Text',
      id: MEETING_NOTES_INPUT,
      label: tm(locale, 'notes.label'),
      isMultiline: true,
      maxLength: 4000,
      value: input.facilitatorNotes,
    });
    actions.unshift(
      execute(tm(locale, 'notes.save'), MEETING_NOTES_VERB, {
        forumId: forum.id,
        departmentId: department.id,
      }),
    );
  }
  return adaptiveCard(body, { actions, fallbackText: tm(locale, 'takeaways.title') });
}

/** What a posted meeting card becomes when the forum's personal data is purged: nothing personal. */
export function removedMeetingCard(locale: Locale): Card {
  return adaptiveCard([heading(tm(locale, 'removed.title')), text(tm(locale, 'removed.body'))], {
    fallbackText: tm(locale, 'removed.title'),
  });
}
