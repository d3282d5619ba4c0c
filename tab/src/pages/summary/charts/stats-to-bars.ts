import type { Locale } from '../../../../../core/model';
import { chartSeriesFor, type ChartKey } from '../../../../../core/summary/chart-series';
import type { QuestionStats } from '../../../../../core/summary/types';
import type { BarDatum } from './bar-chart';

export interface ChartSpec {
  key: ChartKey;
  /** Catalog key of the chart's title. */
  titleKey: 'chart.principles' | 'chart.style' | 'chart.valueTypes' | 'chart.modes' | 'chart.knowsOthers';
  data: BarDatum[];
}

const TITLE_KEYS: Record<ChartKey, ChartSpec['titleKey']> = {
  principles: 'chart.principles',
  style: 'chart.style',
  knows: 'chart.knowsOthers',
  values: 'chart.valueTypes',
  modes: 'chart.modes',
};

/** The charts a question's statistics call for: the series the exports draw too (core). */
export function chartsFor(stats: QuestionStats, locale: Locale): ChartSpec[] {
  return chartSeriesFor(stats, locale).map((s) => ({
    key: s.key,
    titleKey: TITLE_KEYS[s.key],
    data: s.points,
  }));
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
