import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import * as React from 'react';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ActionPlanItem, QuestionSummary } from '../../core/summary/types';
import type { HttpClient } from '../../tab/src/api/http-client';
import { AnonymityFields } from '../../tab/src/pages/admin/settings/anonymity-fields';
import { QuestionSection } from '../../tab/src/pages/summary/question-section';
import { nameResolver, type SummaryData } from '../../tab/src/pages/summary/summary-view-model';
import { I18nProvider } from '../../tab/src/i18n/i18n-context';
import { ActionPlanTable } from '../../tab/src/pages/summary/action-plan-table';
import { BarChart } from '../../tab/src/pages/summary/charts/bar-chart';
import { ChartTable } from '../../tab/src/pages/summary/charts/chart-table';
import { AnswerValueView } from '../../tab/src/pages/summary/answer-value-view';
import { OverviewTable } from '../../tab/src/pages/overview/overview-table';
import { ActionPlanTile } from '../../tab/src/pages/summary/glance/action-plan-tile';
import { IndicatorsTile } from '../../tab/src/pages/summary/glance/indicators-tile';
import type { DepartmentGlance } from '../../core/summary/department-glance';
import { overviewRow } from './support/overview-row';

// The repository's jest transform uses the classic JSX runtime; the tab is built with the automatic one.
(globalThis as { React?: unknown }).React = React;

const render = (node: ReactNode, locale: 'da' | 'en' = 'da') =>
  renderToStaticMarkup(
    <FluentProvider theme={teamsLightTheme}>
      <I18nProvider locale={locale} setLocale={() => undefined}>
        {node}
      </I18nProvider>
    </FluentProvider>,
  );

const item = (over: Partial<ActionPlanItem>): ActionPlanItem => ({
  what: 'Borgermøde',
  who: 'Mette',
  byWhen: '2019-10-01',
  overdue: false,
  improvement: 'Mere dialog',
  improvementIndex: 0,
  actionIndex: 0,
  answerId: 'a1',
  questionId: 'q2',
  memberId: 'm1',
  authorName: 'Mette Nørgaard',
  departmentId: 'd1',
  ...over,
});

describe('summary components', () => {
  it('glance: an empty action plan or indicator tile says when withheld answers will show', () => {
    const glance = (withheld: number | null): DepartmentGlance => ({
      participation: { respondents: 2, members: 3, completed: 0 },
      questions: [],
      actions: { status: 'empty', total: 0, overdue: 0, onTrack: 0, nextDeadline: null },
      valueTypes: [],
      indicators: 0,
      withheldBelow: { principles: withheld, actions: withheld, indicators: withheld },
    });
    const withheld = render(
      <>
        <ActionPlanTile glance={glance(3)} />
        <IndicatorsTile glance={glance(3)} />
      </>,
    );
    expect(withheld.match(/Vises når mindst 3 har svaret/g)).toHaveLength(2);
    const none = render(<ActionPlanTile glance={glance(null)} />);
    expect(none).not.toContain('Vises når');
  });

  it('overview: a department whose answers are still too few to show says when they will, not "none yet"', () => {
    const row = (name: string, withheld: number | null) =>
      overviewRow(name, {
        respondents: 2,
        rate: 2 / 3,
        withheldBelow: { principles: withheld, actions: withheld, indicators: withheld },
      });
    const cellsOf = (html: string, name: string) =>
      html
        .split('<tr')
        .find((r) => r.includes(`>${name}<`))!
        .replace(/<[^>]+>/g, '|');
    const html = render(<OverviewTable rows={[row('Børn', 3), row('Teknik', null)]} />);
    expect(cellsOf(html, 'Børn').match(/Vises når mindst 3 har svaret/g)).toHaveLength(3);
    expect(cellsOf(html, 'Børn')).not.toContain('Ingen endnu');
    expect(cellsOf(html, 'Teknik')).toContain('Ingen endnu');
    expect(cellsOf(html, 'Teknik')).toContain('0 indikatorer');
    const en = render(<OverviewTable rows={[row('Børn', 3)]} />, 'en');
    expect(en).toContain('Shown once at least 3 people have answered');
  });

  it('marks overdue actions in words and with a symbol, not by colour alone', () => {
    const html = render(
      <ActionPlanTable
        items={[item({ overdue: true }), item({ answerId: 'a2', what: 'Evaluering' })]}
        nameOf={(_, n) => n ?? '?'}
      />,
    );
    expect(html).toContain('⚠ Overskredet');
    expect(html).toContain('data-overdue="true"');
    expect(html).toContain('1. oktober 2019');
    expect(html.match(/data-overdue/g)).toHaveLength(1);
  });

  it('renders user text inert', () => {
    const html = render(
      <AnswerValueView value={{ kind: 'text', text: '<script>alert(1)</script>' }} principles={[]} />,
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('offers every chart as a table on demand and says when there is nothing to draw', () => {
    const html = render(
      <BarChart
        title="Værdityper"
        data={[
          { key: 'q', label: 'Kvalitet', count: 3 },
          { key: 'e', label: 'Effektivitet', count: 1 },
        ]}
        testId="chart-values"
      />,
    );
    expect(html).toContain('<figcaption');
    expect(html).toContain('Vis som tabel');
    expect(html).toContain('role="switch"');
    expect(html).not.toContain('<table'); // the table comes on demand
    expect(render(<BarChart title="Tom" data={[{ key: 'x', label: 'X', count: 0 }]} />, 'en')).toContain(
      'No data yet.',
    );
  });

  it('puts counts and Danish shares in the chart table', () => {
    const html = render(
      <ChartTable
        title="Værdityper"
        data={[
          { key: 'q', label: 'Kvalitet', count: 3 },
          { key: 'e', label: 'Effektivitet', count: 1 },
        ]}
      />,
    );
    expect(html).toMatch(/<th scope="row"[^>]*>Kvalitet<\/th><td[^>]*>3<\/td><td[^>]*>75\u00a0%<\/td>/);
    expect(html).toContain('Værdityper (tabel)');
  });
});

describe('the forum’s anonymity in the tab', () => {
  const withheld: QuestionSummary = {
    questionId: 'q1',
    number: 1,
    text: { da: 'Spørgsmål', en: 'Question' },
    kind: 'textWithPrinciples',
    answerCount: 2,
    withheldBelow: 3,
    participation: { answered: 2, members: 5, rate: 0.4 },
    stats: { kind: 'textWithPrinciples', principles: [] },
    erasedAnswers: 0,
  };

  it('a withheld question says when its results show, and draws no distribution', () => {
    const withheldSection = (locale: 'da' | 'en') =>
      render(
        <QuestionSection
          http={{} as HttpClient}
          departmentId="d1"
          refreshKey="1"
          summary={withheld}
          question={undefined}
          principles={[]}
          timeZone="Europe/Copenhagen"
          nameOf={() => '?'}
        />,
        locale,
      );
    const html = withheldSection('da');
    expect(html).toContain('Vises når mindst 3 har svaret');
    expect(html).not.toContain('data-testid="chart-');
    expect(withheldSection('en')).toContain('Shown once at least 3 people have answered');
  });

  it('a hidden author reads "En chef", whatever name the member has elsewhere in the summary', () => {
    const html = render(
      <ActionPlanTable
        items={[item({ memberId: '', authorName: null, anonymous: true })]}
        nameOf={nameResolver(
          {
            summary: {
              actionPlan: [item({ memberId: '', authorName: null, anonymous: true })],
              indicators: [],
            },
            takeaways: { updatedBy: null },
            takeawaysEditorName: null,
          } as unknown as SummaryData,
          'Ukendt deltager',
          'En chef',
        )}
      />,
    );
    expect(html).toContain('En chef');
    expect(html).not.toContain('Mette Nørgaard');
  });

  it('the settings form’s fields: the minimum (default 3) and the names switch, with the server’s message', () => {
    const html = render(
      <AnonymityFields
        value={undefined}
        onChange={() => undefined}
        errorOf={(path) => (path === 'settings.anonymity.minAnswers' ? 'Skal være mindst 1.' : undefined)}
      />,
    );
    expect(html).toContain('Mindste antal svar, før et spørgsmåls resultater vises');
    expect(html).toContain('value="3"');
    expect(html).toContain('Vis chefernes svar uden navne for andre end chefen selv');
    expect(html).toContain('Skal være mindst 1.');
  });
});
