import { CHART_TITLES, chartSeriesFor, chartTotal, shortLabel } from '../../../core/summary/chart-series';
import type { QuestionStats } from '../../../core/summary/types';

describe('chart series: the one "stats → bars" function of the tab and the exports', () => {
  it('gives every category, zeros included, with the shared labels in both languages', () => {
    const stats: QuestionStats = {
      kind: 'textWithLeadershipStyle',
      styles: { defining: 2, facilitating: 0, both: 1 },
    };
    expect(chartSeriesFor(stats, 'da')).toEqual([
      {
        key: 'style',
        points: [
          { key: 'defining', label: 'Definerende', count: 2 },
          { key: 'facilitating', label: 'Faciliterende', count: 0 },
          { key: 'both', label: 'Begge dele', count: 1 },
        ],
      },
    ]);
    expect(chartSeriesFor(stats, 'en')[0]!.points.map((p) => p.label)).toEqual([
      'Defining',
      'Facilitating',
      'Both',
    ]);
    expect(chartTotal(chartSeriesFor(stats, 'da')[0]!)).toBe(3);
    expect(CHART_TITLES.style.da).toBe('Definerende eller faciliterende ledelse');
  });

  it('numbers principles and drops a trailing colon from their titles', () => {
    const stats: QuestionStats = {
      kind: 'textWithPrinciples',
      principles: [
        { number: 4, title: { da: 'Vær tydelig om rollerne:', en: 'Be clear about roles:' }, count: 2 },
      ],
    };
    expect(chartSeriesFor(stats, 'da')[0]!.points).toEqual([
      { key: 'p4', label: '4. Vær tydelig om rollerne', count: 2 },
    ]);
  });

  it('has two charts for indicators and none for text, improvements or ratings', () => {
    const indicators: QuestionStats = {
      kind: 'indicators',
      indicators: 2,
      valueTypes: { quality: 1, efficiency: 0, democracy: 1 },
      modes: { 'co-creation': 2, 'co-production': 0 },
    };
    expect(chartSeriesFor(indicators, 'da').map((c) => c.key)).toEqual(['values', 'modes']);
    expect(chartSeriesFor({ kind: 'text' }, 'da')).toEqual([]);
    expect(chartSeriesFor({ kind: 'improvements', improvements: 1, actions: 2 }, 'da')).toEqual([]);
  });

  it('shortens long labels at a word boundary and leaves short ones alone', () => {
    const long = '1. Det er dyrt at involvere og samskabe med eksterne aktører, så skab værdi når vi gør det';
    const short = shortLabel(long, 42);
    expect(short.length).toBeLessThanOrEqual(42);
    expect(short).toBe('1. Det er dyrt at involvere og samskabe…');
    expect(shortLabel('Begge dele', 42)).toBe('Begge dele');
    expect(shortLabel('Enormtlangtordudenmellemrumoverhovedet', 20)).toBe('Enormtlangtordudenm…');
  });
});
