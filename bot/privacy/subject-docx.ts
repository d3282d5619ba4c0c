import { answerToPlainText } from '../../core/answers';
import type { SubjectMeetingView } from '../../core/api/privacy-types';
import { localize } from '../../core/i18n';
import type { Locale } from '../../core/model';
import { formatLocalDate } from '../../core/time';
import { renderDocx } from '../api/exports/docx-render';
import type { ExportDoc, ExportSection } from '../api/exports/export-model';
import { pt } from './privacy-messages';
import type { SubjectData, SubjectMembership } from './subject-data';

/** The person's data as a readable Word document, in their language (the exports' Word renderer). */
export function renderSubjectDocx(data: SubjectData, locale: Locale): Promise<Buffer> {
  return renderDocx(subjectDoc(data, locale));
}

export function subjectDoc(data: SubjectData, locale: Locale): ExportDoc {
  return {
    title: pt(locale, 'doc.title'),
    subtitle: pt(locale, 'doc.subtitle', { date: data.generatedAt.slice(0, 10) }),
    brand: 'Samskab',
    footer: pt(locale, 'doc.footer'),
    sections: data.memberships.flatMap((m) => membershipSections(m, locale)),
  };
}

function membershipSections(m: SubjectMembership, locale: Locale): ExportSection[] {
  const none = pt(locale, 'doc.none');
  const facts: string[][] = [
    [pt(locale, 'doc.name'), m.member.name],
    [pt(locale, 'doc.email'), m.member.email ?? none],
    [pt(locale, 'doc.role'), m.member.role],
    [pt(locale, 'doc.departments'), m.departments.map((d) => localize(d.name, locale)).join(', ') || none],
    [pt(locale, 'doc.locale'), m.member.locale],
    [pt(locale, 'doc.pausedUntil'), m.member.pausedUntil ?? none],
    [pt(locale, 'doc.retention'), formatLocalDate(m.retention.purgeOnDate, locale)],
  ];
  const sorted = [...m.answers].sort((a, b) => (a.question?.number ?? 0) - (b.question?.number ?? 0));
  const answerSections = sorted.map(({ answer, question, revisions }): ExportSection => {
    const full = m.questions.find((q) => q.id === answer.questionId);
    const items = [...revisions]
      .sort((a, b) => b.revision - a.revision)
      .map((revision) => ({
        author: pt(locale, 'doc.revision', { revision: revision.revision, at: revision.editedAt }),
        text: full
          ? answerToPlainText(revision.value, full, m.principles, locale)
          : JSON.stringify(revision.value),
      }));
    return {
      heading: question ? `${question.number}. ${localize(question.text, locale)}` : answer.questionId,
      level: 3,
      blocks: [{ kind: 'answers', items, more: 0, note: null }],
    };
  });
  const sent = m.deliveries.filter((d) => d.state === 'sent');
  const messagesSent = m.meetingMessages.filter((d) => d.state === 'sent');
  const latestMessage = messagesSent
    .map((d) => d.updatedAt)
    .sort()
    .pop();
  const latest = sent
    .map((d) => d.updatedAt)
    .sort()
    .pop();
  return [
    { heading: localize(m.forum.name, locale), level: 1, blocks: [] },
    { heading: pt(locale, 'doc.person'), level: 2, blocks: [{ kind: 'table', header: [], rows: facts }] },
    {
      heading: pt(locale, 'doc.answers'),
      level: 2,
      blocks: m.answers.length === 0 ? [{ kind: 'paragraph', text: pt(locale, 'doc.noAnswers') }] : [],
    },
    ...answerSections,
    {
      heading: pt(locale, 'doc.deliveries'),
      level: 2,
      blocks: [
        {
          kind: 'paragraph',
          text: latest ? pt(locale, 'doc.deliveryLine', { count: sent.length, at: latest }) : none,
        },
      ],
    },
    {
      heading: pt(locale, 'doc.meetings'),
      level: 2,
      blocks: [
        m.meetings.length === 0
          ? { kind: 'paragraph', text: pt(locale, 'doc.noMeetings') }
          : {
              kind: 'table',
              header: [
                pt(locale, 'doc.department'),
                pt(locale, 'doc.meetingDate'),
                pt(locale, 'doc.recordedByYou'),
                pt(locale, 'doc.yourNotes'),
              ],
              rows: m.meetings.map((meeting) => [
                localize(meeting.departmentName, locale),
                meetingWhen(meeting, locale) || none,
                meeting.recordedAt ?? none,
                meeting.notes === null ? none : meeting.notes || none,
              ]),
            },
        {
          kind: 'paragraph',
          text: latestMessage
            ? pt(locale, 'doc.meetingMessages', { count: messagesSent.length, at: latestMessage })
            : none,
        },
      ],
    },
  ];
}

/** The meeting's date and time as the reader writes them ('' when the date was cleared). */
function meetingWhen(meeting: SubjectMeetingView, locale: Locale): string {
  if (!meeting.date) return '';
  const time = meeting.startTime
    ? ` ${meeting.startTime}${meeting.endTime ? `–${meeting.endTime}` : ''}`
    : '';
  return `${formatLocalDate(meeting.date, locale)}${time}`;
}
