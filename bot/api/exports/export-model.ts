import { answerToPlainText, CO_MODE_LABELS, VALUE_TYPE_LABELS } from '../../../core/answers';
import { formatDecimal, localize } from '../../../core/i18n';
import type { Department, Forum, Locale, Principle, Question } from '../../../core/model';
import {
  CHART_TITLES,
  chartSeriesFor,
  chartTotal,
  type ChartPoint,
  type DepartmentSummary,
  type OverallParticipation,
  type QuestionStats,
  type QuestionSummary,
  type SummaryAnswer,
  withheldParts,
} from '../../../core/summary';
import { formatLocalDate } from '../../../core/time/format-date';
import { localDateOf } from '../../../core/time/zoned-time';
import type { DepartmentSummaryData, ForumOverviewData } from '../summary-data';
import { tx } from './export-messages';

/**
 * A format-neutral document: what a Word or PowerPoint export shows, in the reader's language.
 * Every string in it is plain text (user text included); the renderers escape it.
 */
export interface ExportDoc {
  title: string;
  subtitle: string;
  /** Shown in headers/footers: the forum's name. */
  brand: string;
  footer: string;
  sections: ExportSection[];
}

export interface ExportSection {
  heading: string;
  level: 1 | 2 | 3;
  blocks: ExportBlock[];
}

export interface TableBlock {
  kind: 'table';
  /** Empty: no header row; the rows are facts, a label and its value. */
  header: string[];
  rows: string[][];
}

/**
 * A bar chart the tab shows too (core chartSeriesFor), with its numbers as a table (the text
 * alternative, full labels). `empty` replaces both when nothing was chosen yet.
 */
export interface ChartBlock {
  kind: 'chart';
  title: string;
  points: ChartPoint[];
  table: TableBlock;
  /** A one-line description of the chart for screen readers. */
  altText: string;
  empty: string | null;
}

export type ExportBlock =
  | { kind: 'paragraph'; text: string; subtle?: boolean }
  | TableBlock
  | ChartBlock
  /**
   * The newest answers (one page); `more` answers are not in the file, and `note` then says
   * where they are.
   */
  | { kind: 'answers'; items: { author: string; text: string }[]; more: number; note: string | null };

/** Per question id, the answers an export shows: the newest page (see loadAnswerExcerpts). */
export type AnswerExcerpts = ReadonlyMap<string, readonly SummaryAnswer[]>;

export function departmentDoc(
  data: DepartmentSummaryData,
  excerpts: AnswerExcerpts,
  locale: Locale,
  now: Date,
): ExportDoc {
  const { forum, department, summary } = data;
  return {
    title: localize(department.name, locale),
    ...frame(forum, locale, now),
    sections: departmentSections(department, summary, excerpts, data.questions, data.principles, locale, 1),
  };
}

/** The overview, and each department with its excerpts (by department id). */
export function forumDoc(
  data: ForumOverviewData,
  excerpts: ReadonlyMap<string, AnswerExcerpts>,
  locale: Locale,
  now: Date,
): ExportDoc {
  const { forum, overview } = data;
  const sections: ExportSection[] = [
    {
      heading: tx(locale, 'section.participation'),
      level: 1,
      blocks: [
        participationTable(overview.participation, locale),
        {
          kind: 'table',
          header: [
            tx(locale, 'col.department'),
            tx(locale, 'participation.respondents'),
            tx(locale, 'participation.answers'),
            tx(locale, 'participation.rate'),
          ],
          rows: overview.departments.map((d) => [
            localize(d.departmentName, locale),
            `${d.participation.respondents} / ${d.participation.members}`,
            `${d.participation.answers} / ${d.participation.expectedAnswers}`,
            percent(d.participation.rate),
          ]),
        },
      ],
    },
    ...overview.questions.map((q): ExportSection => ({
      heading: tx(locale, 'section.question', { number: q.number, text: localize(q.text, locale) }),
      level: 1,
      blocks: [
        { kind: 'paragraph', text: participationLine(q, locale), subtle: true },
        ...resultBlocks(q, locale),
      ],
    })),
  ];
  for (const summary of overview.departments) {
    const department = data.departments.find((d) => d.id === summary.departmentId);
    if (!department) continue;
    sections.push({ heading: localize(department.name, locale), level: 1, blocks: [] });
    sections.push(
      ...departmentSections(
        department,
        summary,
        excerpts.get(department.id) ?? new Map(),
        data.questions,
        data.principles,
        locale,
        2,
      ),
    );
  }
  return { title: tx(locale, 'doc.overviewTitle'), ...frame(forum, locale, now), sections };
}

function frame(forum: Forum, locale: Locale, now: Date) {
  const brand = localize(forum.name, locale);
  const period = tx(locale, 'doc.period', {
    kickoff: formatLocalDate(forum.kickoffDate, locale),
    final: formatLocalDate(forum.finalMeetingDate, locale),
  });
  const generated = tx(locale, 'doc.generated', {
    date: formatLocalDate(localDateOf(now, forum.timeZone), locale),
  });
  return { subtitle: `${brand} · ${period}`, brand, footer: `${brand} · ${generated}` };
}

function departmentSections(
  department: Department,
  summary: DepartmentSummary,
  excerpts: AnswerExcerpts,
  questions: readonly Question[],
  principles: readonly Principle[],
  locale: Locale,
  level: 1 | 2,
): ExportSection[] {
  const author = (item: { authorName: string | null; anonymous?: true }) =>
    item.anonymous
      ? tx(locale, 'answers.anonymous')
      : (item.authorName ?? tx(locale, 'answers.formerMember'));
  const withheld = withheldParts(summary.questions);
  /** An empty part: nothing yet, or when its answers will show (the forum's threshold). */
  const emptyPart = (below: number | null): ExportBlock =>
    below === null
      ? { kind: 'paragraph', text: tx(locale, 'none'), subtle: true }
      : { kind: 'paragraph', text: tx(locale, 'results.withheld', { count: below }), subtle: true };
  const sections: ExportSection[] = [];
  sections.push({
    heading: tx(locale, 'section.participation'),
    level,
    blocks: [participationTable(summary.participation, locale)],
  });
  const takeaways = summary.takeaways?.text.trim();
  sections.push({
    heading: tx(locale, 'section.takeaways'),
    level,
    blocks: takeaways
      ? paragraphs(takeaways)
      : [{ kind: 'paragraph', text: tx(locale, 'takeaways.empty'), subtle: true }],
  });
  if (department.recap.trim())
    sections.push({ heading: tx(locale, 'section.recap'), level, blocks: paragraphs(department.recap) });
  if (department.chosenAssignment.trim() || department.facilitatorMeetingDate) {
    sections.push({
      heading: tx(locale, 'section.assignment'),
      level,
      blocks: [
        ...paragraphs(department.chosenAssignment),
        ...(department.facilitatorMeetingDate
          ? [
              {
                kind: 'paragraph' as const,
                text: tx(locale, 'section.facilitatorMeeting', {
                  date: formatLocalDate(department.facilitatorMeetingDate, locale),
                }),
                subtle: true,
              },
            ]
          : []),
      ],
    });
  }
  for (const q of summary.questions) {
    const question = questions.find((x) => x.id === q.questionId);
    const shown = excerpts.get(q.questionId) ?? [];
    sections.push({
      heading: tx(locale, 'section.question', { number: q.number, text: localize(q.text, locale) }),
      level: 2,
      blocks: [
        { kind: 'paragraph', text: participationLine(q, locale), subtle: true },
        ...resultBlocks(q, locale),
        ...(q.withheldBelow !== null ? [] : [answersBlock(q, shown, question)]),
      ],
    });
  }
  function answersBlock(
    q: QuestionSummary,
    shown: readonly SummaryAnswer[],
    question: Question | undefined,
  ): ExportBlock {
    return shown.length && question
      ? {
          kind: 'answers',
          items: shown.map((a) => ({
            author: author(a),
            text: answerToPlainText(a.value, question, principles, locale),
          })),
          more: Math.max(0, q.answerCount - shown.length),
          note:
            q.answerCount > shown.length
              ? tx(locale, 'answers.excerpt', { shown: shown.length, total: q.answerCount })
              : null,
        }
      : { kind: 'paragraph', text: tx(locale, 'answers.none'), subtle: true };
  }
  sections.push({
    heading: tx(locale, 'section.actionPlan'),
    level,
    blocks: summary.actionPlan.length
      ? [
          {
            kind: 'table',
            header: [
              tx(locale, 'col.what'),
              tx(locale, 'col.who'),
              tx(locale, 'col.byWhen'),
              tx(locale, 'col.improvement'),
              tx(locale, 'col.author'),
            ],
            rows: summary.actionPlan.map((a) => [
              a.what,
              a.who,
              `${formatLocalDate(a.byWhen, locale)}${a.overdue ? ` ${tx(locale, 'overdue')}` : ''}`,
              a.improvement,
              author(a),
            ]),
          },
        ]
      : [emptyPart(withheld.actions)],
  });
  sections.push({
    heading: tx(locale, 'section.indicators'),
    level,
    blocks: summary.indicators.length
      ? [
          {
            kind: 'table',
            header: [
              tx(locale, 'col.indicator'),
              tx(locale, 'col.valueType'),
              tx(locale, 'col.mode'),
              tx(locale, 'col.author'),
            ],
            rows: summary.indicators.map((i) => [
              i.indicator,
              localize(VALUE_TYPE_LABELS[i.valueType], locale),
              localize(CO_MODE_LABELS[i.mode], locale),
              author(i),
            ]),
          },
        ]
      : [emptyPart(withheld.indicators)],
  });
  return sections;
}

function participationTable(p: OverallParticipation, locale: Locale): ExportBlock {
  return {
    kind: 'table',
    header: [tx(locale, 'col.measure'), tx(locale, 'col.value')],
    rows: [
      [tx(locale, 'participation.respondents'), `${p.respondents} / ${p.members}`],
      [tx(locale, 'participation.completed'), `${p.completed} / ${p.members}`],
      [tx(locale, 'participation.answers'), `${p.answers} / ${p.expectedAnswers}`],
      [tx(locale, 'participation.rate'), percent(p.rate)],
    ],
  };
}

/** A question's distributions, or the placeholder while the forum's anonymity withholds them. */
function resultBlocks(q: QuestionSummary, locale: Locale): ExportBlock[] {
  if (q.withheldBelow === null) return statsBlocks(q.stats, locale);
  return [
    { kind: 'paragraph', text: tx(locale, 'results.withheld', { count: q.withheldBelow }), subtle: true },
  ];
}

function statsBlocks(stats: QuestionStats, locale: Locale): ExportBlock[] {
  const charts = chartSeriesFor(stats, locale).map((series): ChartBlock => {
    const total = chartTotal(series);
    const title = localize(CHART_TITLES[series.key], locale);
    return {
      kind: 'chart',
      title,
      points: series.points,
      table: {
        kind: 'table',
        header: [tx(locale, 'col.choice'), tx(locale, 'col.count'), tx(locale, 'col.share')],
        rows: series.points.map((p) => [p.label, String(p.count), percent(total ? p.count / total : 0)]),
      },
      altText: tx(locale, 'chart.alt', {
        title,
        values: series.points.map((p) => `${p.label}: ${p.count}`).join(', '),
      }),
      empty: total === 0 ? tx(locale, 'chart.empty') : null,
    };
  });
  switch (stats.kind) {
    case 'improvements':
      return [
        {
          kind: 'paragraph',
          text: tx(locale, 'stats.improvements', {
            improvements: stats.improvements,
            actions: stats.actions,
          }),
        },
      ];
    case 'textWithRating':
      return [
        {
          kind: 'table',
          header: [tx(locale, 'col.choice'), tx(locale, 'col.count')],
          rows: stats.rating.histogram.map((count, i) => [String(i + 1), String(count)]),
        },
        {
          kind: 'paragraph',
          text: tx(locale, 'stats.rating', {
            mean: stats.rating.mean === null ? '–' : formatDecimal(stats.rating.mean, locale),
            scale: stats.rating.scale,
            count: stats.rating.count,
          }),
        },
      ];
    case 'indicators':
      return [
        { kind: 'paragraph', text: tx(locale, 'stats.indicators', { count: stats.indicators }) },
        ...charts,
      ];
    default:
      return charts;
  }
}

function paragraphs(text: string): ExportBlock[] {
  return text
    .split(/\n{2,}/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => ({ kind: 'paragraph' as const, text: t }));
}

function percent(rate: number): string {
  return `${Math.round(rate * 100)} %`;
}

/** "3 of 5 chefs answered", and how many answers were erased, if any (only counts are kept). */
function participationLine(
  q: Pick<QuestionSummary, 'participation' | 'erasedAnswers'>,
  locale: Locale,
): string {
  const line = tx(locale, 'participation.line', {
    answered: q.participation.answered,
    members: q.participation.members,
  });
  return q.erasedAnswers > 0
    ? `${line}. ${tx(locale, 'participation.erased', { count: q.erasedAnswers })}`
    : line;
}
