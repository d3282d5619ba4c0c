import { VALUE_TYPE_LABELS, VALUE_TYPES } from '../answers/labels';
import { localize } from '../i18n';
import type { Locale } from '../model';
import { clipText } from './fit-text';
import { CHARS_PER_LINE, TITLE_CHARS } from './slide-layout';
import { slideText as t } from './slide-messages';
import type { ClosingSlide, SlideSection } from './slide-types';
import { item, participationLine, section } from './slide-parts';
import type { DeckSource, DepartmentSlideSource } from './slide-source';

/**
 * The deck's last slide, "what we learned across the forum": the forum's participation, each
 * department's response rate, the principles chosen in the most departments, how the actions
 * of every action plan stand, and the indicators per value type.
 */
export function closingSlide(source: DeckSource, locale: Locale): ClosingSlide {
  const departments = source.departments;
  return {
    kind: 'closing',
    title: clipText(closingSlideTitle(locale), TITLE_CHARS),
    subtitle: participationLine(source.participation, locale),
    sections: [
      participation(departments, locale),
      principles(departments, locale),
      actions(departments, locale),
      indicators(departments, locale),
    ],
  };
}

/** The closing slide's title (also its name in the meeting chat's running order). */
export function closingSlideTitle(locale: Locale): string {
  return t(locale, 'closing.title');
}

/** A label with a count at the end of its line, the label cut so both fit on the line. */
function countedItem(label: string, countText: string) {
  return item(clipText(label, CHARS_PER_LINE - countText.length - 2), { countText });
}

function participation(departments: readonly DepartmentSlideSource[], locale: Locale): SlideSection {
  const byRate = [...departments].sort((a, b) => b.participation.rate - a.participation.rate);
  return section(
    'participation',
    byRate.map((d) =>
      countedItem(
        localize(d.departmentName, locale),
        t(locale, 'closing.rate', { percent: Math.round(d.participation.rate * 100) }),
      ),
    ),
    locale,
  );
}

/** Principles by how many departments chose them, then by how many chefs did. */
function principles(departments: readonly DepartmentSlideSource[], locale: Locale): SlideSection {
  const byNumber = new Map<
    number,
    {
      number: number;
      title: DepartmentSlideSource['principles'][number]['title'];
      departments: number;
      chefs: number;
    }
  >();
  for (const d of departments) {
    for (const p of d.principles) {
      if (p.count <= 0) continue;
      const prev = byNumber.get(p.number) ?? { number: p.number, title: p.title, departments: 0, chefs: 0 };
      byNumber.set(p.number, { ...prev, departments: prev.departments + 1, chefs: prev.chefs + p.count });
    }
  }
  const chosen = [...byNumber.values()].sort(
    (a, b) => b.departments - a.departments || b.chefs - a.chefs || a.number - b.number,
  );
  return section(
    'principles',
    chosen.map((p) =>
      countedItem(
        `${p.number}. ${localize(p.title, locale).replace(/\s*:\s*$/, '')}`,
        t(locale, 'title.departments', { count: p.departments }),
      ),
    ),
    locale,
  );
}

/**
 * The actions of every action plan, on track and overdue. A department's listed actions are its
 * earliest, so the overdue ones are among them; the rest of its total is on track.
 */
function actions(departments: readonly DepartmentSlideSource[], locale: Locale): SlideSection {
  let total = 0;
  let overdue = 0;
  for (const d of departments) {
    total += d.actionPlanTotal;
    overdue += d.actionPlan.filter((a) => a.overdue).length;
  }
  if (total === 0) return section('actions', [], locale);
  const counts = [
    { status: 'onTrack' as const, count: total - overdue },
    { status: 'overdue' as const, count: overdue },
  ];
  return section(
    'actions',
    counts.map(({ status, count }) =>
      item(t(locale, status === 'overdue' ? 'action.overdue' : 'action.onTrack'), {
        countText: t(locale, 'closing.actions.count', { count }),
      }),
    ),
    locale,
  );
}

function indicators(departments: readonly DepartmentSlideSource[], locale: Locale): SlideSection {
  const counts = VALUE_TYPES.map((v) => ({
    valueType: v,
    count: departments.reduce((sum, d) => sum + (d.valueTypes[v] ?? 0), 0),
  }));
  if (counts.every((c) => c.count === 0)) return section('indicators', [], locale);
  return section(
    'indicators',
    counts.map((c) =>
      item(localize(VALUE_TYPE_LABELS[c.valueType], locale), {
        countText: t(locale, 'closing.indicators.count', { count: c.count }),
      }),
    ),
    locale,
  );
}
