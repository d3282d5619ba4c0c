import {
  CO_MODE_LABELS,
  CO_MODES,
  KNOWS_OTHERS_LABELS,
  KNOWS_OTHERS_VALUES,
  LEADERSHIP_STYLE_LABELS,
  LEADERSHIP_STYLES,
  VALUE_TYPE_LABELS,
  VALUE_TYPES,
} from '../answers/labels';
import { localize } from '../i18n';
import type { Locale, Localized } from '../model';
import type { QuestionStats } from './types';

export type ChartKey = 'principles' | 'style' | 'knows' | 'values' | 'modes';

/** One bar: a category's label in the reader's language and how often it was chosen. */
export interface ChartPoint {
  key: string;
  label: string;
  count: number;
}

export interface ChartSeries {
  key: ChartKey;
  points: ChartPoint[];
}

/** The title of each chart, the same in the tab and the exports. */
export const CHART_TITLES: Record<ChartKey, Localized> = {
  principles: { da: 'Hvilke principper er vigtigst', en: 'Which principles matter most' },
  style: { da: 'Definerende eller faciliterende ledelse', en: 'Defining or facilitating leadership' },
  knows: { da: 'Kender til resten af organisationen', en: 'Knows the rest of the organisation' },
  values: { da: 'Indikatorer efter værditype', en: 'Indicators by value type' },
  modes: { da: 'Samskabelse eller samproduktion', en: 'Co-creation or co-production' },
};

/**
 * The charts a question's statistics call for (principles, leadership role, knows-others,
 * value types, modes), every category present with 0 when nobody chose it. The tab and the
 * PowerPoint export both draw these.
 */
export function chartSeriesFor(stats: QuestionStats, locale: Locale): ChartSeries[] {
  switch (stats.kind) {
    case 'textWithPrinciples':
      return [
        {
          key: 'principles',
          points: stats.principles.map((p) => ({
            key: `p${p.number}`,
            label: `${p.number}. ${localize(p.title, locale).replace(/\s*:\s*$/, '')}`,
            count: p.count,
          })),
        },
      ];
    case 'textWithLeadershipStyle':
      return [
        {
          key: 'style',
          points: LEADERSHIP_STYLES.map((s) => ({
            key: s,
            label: localize(LEADERSHIP_STYLE_LABELS[s], locale),
            count: stats.styles[s] ?? 0,
          })),
        },
      ];
    case 'textWithKnowsOthers':
      return [
        {
          key: 'knows',
          points: KNOWS_OTHERS_VALUES.map((k) => ({
            key: k,
            label: localize(KNOWS_OTHERS_LABELS[k], locale),
            count: stats.knowsOthers[k] ?? 0,
          })),
        },
      ];
    case 'indicators':
      return [
        {
          key: 'values',
          points: VALUE_TYPES.map((v) => ({
            key: v,
            label: localize(VALUE_TYPE_LABELS[v], locale),
            count: stats.valueTypes[v] ?? 0,
          })),
        },
        {
          key: 'modes',
          points: CO_MODES.map((m) => ({
            key: m,
            label: localize(CO_MODE_LABELS[m], locale),
            count: stats.modes[m] ?? 0,
          })),
        },
      ];
    default:
      return [];
  }
}

/** All counts of a chart together (the base of each category's share). */
export function chartTotal(series: ChartSeries): number {
  return series.points.reduce((sum, p) => sum + p.count, 0);
}

/**
 * A label short enough for a chart axis: cut at a word boundary before `max` characters and
 * marked with "…" (the full text belongs in the table beside the chart).
 */
export function shortLabel(label: string, max: number): string {
  if (label.length <= max) return label;
  const cut = label.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const head = space >= max / 2 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.–-]+$/, '')}…`;
}
