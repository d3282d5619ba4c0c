import { CO_MODE_LABELS, VALUE_TYPE_LABELS } from '../answers/labels';
import { localize } from '../i18n';
import type { Locale } from '../model';
import { formatLocalDate } from '../time/format-date';
import { closingSlide } from './closing-slide';
import { clipText, clipToLines } from './fit-text';
import { CHARS_PER_LINE, TITLE_CHARS } from './slide-layout';
import { slideText as t } from './slide-messages';
import { item, participationLine, section, unlessWithheld } from './slide-parts';
import type { DeckSource, DepartmentSlideSource } from './slide-source';
import { voicesSlide } from './voices-slide';

export type * from './slide-types';
import type { CoverSlide, DepartmentSlide, Slide, SlideSection, SlideSectionKey } from './slide-types';

/** The sections in the order a department's slide shows them. */
export const SECTION_ORDER: readonly SlideSectionKey[] = ['takeaways', 'principles', 'actions', 'indicators'];

/** The sections in the order the closing slide shows them. */
export const CLOSING_SECTION_ORDER: readonly SlideSectionKey[] = [
  'participation',
  'principles',
  'actions',
  'indicators',
];

/**
 * The presentation of a forum for its final meeting: a cover slide, then one slide per
 * department with what it learned, the principles its chefs chose, its action plan and its
 * indicators (followed by its voices slide when people outside the forum were heard), and last the forum-wide closing slide. Every text is cut to what fits the slide (SLIDE_LAYOUT), the rest counted as
 * "+N more". The tab's presentation and the PowerPoint export both draw exactly these slides.
 */
export function buildSlideDeck(
  source: DeckSource,
  locale: Locale,
  /** A single department's deck leaves out the closing slide: there is nothing to compare across. */
  options: { closing: boolean } = { closing: true },
): Slide[] {
  return [
    coverSlide(source, locale),
    ...source.departments.flatMap((d) => {
      const voices = voicesSlide(d, locale);
      return voices ? [departmentSlide(d, locale), voices] : [departmentSlide(d, locale)];
    }),
    ...(options.closing ? [closingSlide(source, locale)] : []),
  ];
}

function coverSlide(source: DeckSource, locale: Locale): CoverSlide {
  return {
    kind: 'cover',
    title: clipText(localize(source.forumName, locale), TITLE_CHARS * 2),
    lines: [
      t(locale, 'title.period', {
        kickoff: formatLocalDate(source.kickoffDate, locale),
        final: formatLocalDate(source.finalMeetingDate, locale),
      }),
      `${t(locale, 'title.departments', { count: source.departments.length })} · ${participationLine(source.participation, locale)}`,
    ],
  };
}

export function departmentSlide(d: DepartmentSlideSource, locale: Locale): DepartmentSlide {
  return {
    kind: 'department',
    departmentId: d.departmentId,
    title: clipText(localize(d.departmentName, locale), TITLE_CHARS),
    subtitle: participationLine(d.participation, locale),
    sections: [
      takeaways(d, locale),
      unlessWithheld(principles(d, locale), d.withheldBelow.principles, locale),
      unlessWithheld(actions(d, locale), d.withheldBelow.actions, locale),
      unlessWithheld(indicators(d, locale), d.withheldBelow.indicators, locale),
    ],
  };
}

function takeaways(d: DepartmentSlideSource, locale: Locale): SlideSection {
  const paragraphs = (d.takeaways ?? '')
    .split(/\n+/)
    .map((p) => p.replace(/^\s*[-•*]\s*/, '').trim())
    .filter(Boolean);
  return section(
    'takeaways',
    paragraphs.map((p) => item(clipToLines(p, 3))),
    locale,
  );
}

function principles(d: DepartmentSlideSource, locale: Locale): SlideSection {
  const chosen = d.principles
    .filter((p) => p.count > 0)
    .sort((a, b) => b.count - a.count || a.number - b.number);
  return section(
    'principles',
    chosen.map((p) => {
      const countText = t(locale, 'principle.count', { count: p.count });
      const label = `${p.number}. ${localize(p.title, locale).replace(/\s*:\s*$/, '')}`;
      return item(clipText(label, CHARS_PER_LINE - countText.length - 2), { countText });
    }),
    locale,
  );
}

function actions(d: DepartmentSlideSource, locale: Locale): SlideSection {
  return section(
    'actions',
    d.actionPlan.map((a) => {
      const status = a.overdue ? 'overdue' : 'onTrack';
      const statusText = t(locale, a.overdue ? 'action.overdue' : 'action.onTrack');
      const date = formatLocalDate(a.byWhen, locale);
      const room = CHARS_PER_LINE - statusText.length - date.length - 6;
      return item(clipToLines(a.what, 1), {
        detail: t(locale, 'action.detail', { who: clipText(a.who.trim(), Math.max(8, room)), date }),
        status,
        statusText,
      });
    }),
    locale,
    Math.max(0, d.actionPlanTotal - d.actionPlan.length),
  );
}

function indicators(d: DepartmentSlideSource, locale: Locale): SlideSection {
  return section(
    'indicators',
    d.indicators.map((i) =>
      item(clipToLines(i.indicator, 1), {
        detail: `${localize(VALUE_TYPE_LABELS[i.valueType], locale)} · ${localize(CO_MODE_LABELS[i.mode], locale)}`,
      }),
    ),
    locale,
    Math.max(0, d.indicatorTotal - d.indicators.length),
  );
}
