import { localize } from '../../../../../core/i18n';
import {
  CO_MODE_LABELS,
  CO_MODES,
  KNOWS_OTHERS_LABELS,
  KNOWS_OTHERS_VALUES,
  LEADERSHIP_STYLE_LABELS,
  LEADERSHIP_STYLES,
  VALUE_TYPE_LABELS,
  VALUE_TYPES,
} from '../../../../../core/answers/labels';
import type { Locale } from '../../../../../core/model';
import type { QuestionStats } from '../../../../../core/summary/types';
import type { BarDatum } from './bar-chart';

export interface ChartSpec {
  key: string;
  /** Catalog key of the chart's title. */
  titleKey: 'chart.principles' | 'chart.style' | 'chart.valueTypes' | 'chart.modes' | 'chart.knowsOthers';
  data: BarDatum[];
}

/** The charts a question's statistics call for (principles, leadership role, value types, modes). */
export function chartsFor(stats: QuestionStats, locale: Locale): ChartSpec[] {
  switch (stats.kind) {
    case 'textWithPrinciples':
      return [
        {
          key: 'principles',
          titleKey: 'chart.principles',
          data: stats.principles.map((p) => ({
            key: `p${p.number}`,
            label: `${p.number}. ${localize(p.title, locale)}`,
            count: p.count,
          })),
        },
      ];
    case 'textWithLeadershipStyle':
      return [
        {
          key: 'style',
          titleKey: 'chart.style',
          data: LEADERSHIP_STYLES.map((s) => ({
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
          titleKey: 'chart.knowsOthers',
          data: KNOWS_OTHERS_VALUES.map((k) => ({
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
          titleKey: 'chart.valueTypes',
          data: VALUE_TYPES.map((v) => ({
            key: v,
            label: localize(VALUE_TYPE_LABELS[v], locale),
            count: stats.valueTypes[v] ?? 0,
          })),
        },
        {
          key: 'modes',
          titleKey: 'chart.modes',
          data: CO_MODES.map((m) => ({
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

/** The n most chosen principles (ties by number), for the overview. */
export function topPrinciples(
  stats: QuestionStats[],
  n: number,
): { number: number; title: Record<Locale, string>; count: number }[] {
  const all = stats.flatMap((s) => (s.kind === 'textWithPrinciples' ? s.principles : []));
  const byNumber = new Map<number, { number: number; title: Record<Locale, string>; count: number }>();
  for (const p of all) {
    const prev = byNumber.get(p.number);
    byNumber.set(p.number, { number: p.number, title: p.title, count: (prev?.count ?? 0) + p.count });
  }
  return [...byNumber.values()]
    .filter((p) => p.count > 0)
    .sort((a, b) => b.count - a.count || a.number - b.number)
    .slice(0, n);
}
