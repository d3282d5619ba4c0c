import { toApiError } from '../../tab/src/api/api-error';
import { fileNameOf } from '../../tab/src/api/http-client';
import { standaloneTheme, toThemeName } from '../../tab/src/host/theme-name';
import { chartsFor, topPrinciples } from '../../tab/src/pages/summary/charts/stats-to-bars';
import { fieldError } from '../../tab/src/pages/admin/settings/settings-draft';
import { timelinePercent } from '../../tab/src/pages/admin/schedule/timeline-position';
import type { QuestionStats } from '../../core/summary/types';

describe('tab helpers', () => {
  it('maps Teams themes and picks a standalone theme', () => {
    expect(toThemeName('dark')).toBe('dark');
    expect(toThemeName('contrast')).toBe('contrast');
    expect(toThemeName('default')).toBe('default');
    expect(toThemeName(undefined)).toBe('default');
    expect(standaloneTheme('?theme=dark', 'default', false)).toBe('dark');
    expect(standaloneTheme('', 'contrast', false)).toBe('contrast');
    expect(standaloneTheme('', null, true)).toBe('dark');
  });

  it('reads the API error shape, with per-field messages', () => {
    const e = toApiError(
      422,
      {
        error: {
          code: 'validation',
          message: 'Nogle felter …',
          fields: { 'settings.sendTime': 'Skal være et klokkeslæt' },
        },
      },
      'x',
    );
    expect(e).toMatchObject({
      status: 422,
      code: 'validation',
      message: 'Nogle felter …',
      fields: { 'settings.sendTime': 'Skal være et klokkeslæt' },
    });
    expect(toApiError(502, '<html>', 'Bad Gateway')).toMatchObject({
      code: 'http_502',
      message: 'Bad Gateway',
      fields: {},
    });
    expect(fieldError({ 'settings.blackoutPeriods.0.to': 'x' }, 'settings.blackoutPeriods.0')).toBe('x');
  });

  it('reads download file names', () => {
    expect(fileNameOf(`attachment; filename="a.docx"; filename*=UTF-8''%C3%86ldre.docx`)).toBe('Ældre.docx');
    expect(fileNameOf('attachment; filename="svar.csv"')).toBe('svar.csv');
    expect(fileNameOf(null)).toBeNull();
  });

  it('places rounds on the timeline between the meetings', () => {
    expect(timelinePercent('2019-08-30', '2019-08-30', '2019-11-21')).toBe(0);
    expect(timelinePercent('2019-11-21', '2019-08-30', '2019-11-21')).toBe(100);
    expect(timelinePercent('2020-01-01', '2019-08-30', '2019-11-21')).toBe(100);
    expect(timelinePercent('2019-10-10', '2019-08-30', '2019-11-21')).toBeCloseTo(49.4, 0);
  });

  it('turns question statistics into labelled charts (all categories, zeros included)', () => {
    const stats: QuestionStats = {
      kind: 'indicators',
      indicators: 3,
      valueTypes: { quality: 2, efficiency: 0, democracy: 1 },
      modes: { 'co-creation': 1, 'co-production': 2 },
    };
    const charts = chartsFor(stats, 'da');
    expect(charts.map((c) => c.key)).toEqual(['values', 'modes']);
    expect(charts[0]?.data).toEqual([
      { key: 'quality', label: 'Kvalitet', count: 2 },
      { key: 'efficiency', label: 'Effektivitet', count: 0 },
      { key: 'democracy', label: 'Demokrati', count: 1 },
    ]);
    expect(chartsFor({ kind: 'text' }, 'da')).toEqual([]);
    const principles: QuestionStats = {
      kind: 'textWithPrinciples',
      principles: [
        { number: 1, title: { da: 'Et', en: 'One' }, count: 1 },
        { number: 2, title: { da: 'To', en: 'Two' }, count: 3 },
        { number: 3, title: { da: 'Tre', en: 'Three' }, count: 0 },
      ],
    };
    expect(topPrinciples([principles, principles], 2).map((p) => [p.number, p.count])).toEqual([
      [2, 6],
      [1, 2],
    ]);
  });
});
