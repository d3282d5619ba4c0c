import { localize } from '../../../../../core/i18n';
import type { CoMode, KnowsOthers, LeadershipStyle, Locale, ValueType } from '../../../../../core/model';
import type { QuestionStats } from '../../../../../core/summary/types';
import type { BarDatum } from './bar-chart';

type Label = (key: string) => string;

export interface ChartSpec {
  key: string;
  /** Catalog key of the chart's title. */
  titleKey: 'chart.principles' | 'chart.style' | 'chart.valueTypes' | 'chart.modes' | 'chart.knowsOthers';
  data: BarDatum[];
}

const STYLES: LeadershipStyle[] = ['defining', 'facilitating', 'both'];
const KNOWS: KnowsOthers[] = ['yes', 'partly', 'no'];
const VALUES: ValueType[] = ['quality', 'efficiency', 'democracy'];
const MODES: CoMode[] = ['co-creation', 'co-production'];

/** The charts a question's statistics call for (principles, leadership role, value types, modes). */
export function chartsFor(stats: QuestionStats, locale: Locale, label: Label): ChartSpec[] {
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
          data: STYLES.map((s) => ({ key: s, label: label(`style.${s}`), count: stats.styles[s] ?? 0 })),
        },
      ];
    case 'textWithKnowsOthers':
      return [
        {
          key: 'knows',
          titleKey: 'chart.knowsOthers',
          data: KNOWS.map((k) => ({ key: k, label: label(`knows.${k}`), count: stats.knowsOthers[k] ?? 0 })),
        },
      ];
    case 'indicators':
      return [
        {
          key: 'values',
          titleKey: 'chart.valueTypes',
          data: VALUES.map((v) => ({ key: v, label: label(`value.${v}`), count: stats.valueTypes[v] ?? 0 })),
        },
        {
          key: 'modes',
          titleKey: 'chart.modes',
          data: MODES.map((m) => ({ key: m, label: label(`mode.${m}`), count: stats.modes[m] ?? 0 })),
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
