import JSZip from 'jszip';
import type { AnswerValue, Locale, Member, Question } from '../../../core/model';
import {
  CHART_TITLES,
  chartSeriesFor,
  chartTotal,
  type DepartmentSummary,
  type ForumOverview,
  type QuestionStats,
} from '../../../core/summary';
import { startTestApp, type TestApp } from '../../support/app-harness';
import { valueFor } from './support/answers';
import { call, cast, devToken } from './support/api-client';

/** A chart as PowerPoint stores it: its title, category labels and values, and the slide it is on. */
interface DeckChart {
  part: string;
  slide: number;
  slideXml: string;
  title: string;
  labels: string[];
  values: number[];
  xml: string;
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

const points = (xml: string, tag: 'c:cat' | 'c:val') => {
  const inner = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml)?.[1] ?? '';
  return [...inner.matchAll(/<c:pt idx="\d+">\s*<c:v>([^<]*)<\/c:v>/g)].map((m) => decode(m[1]!));
};

/** Every chart of a deck in slide order, each found through its slide's relationships. */
async function deckCharts(data: Buffer): Promise<{ charts: DeckChart[]; chartParts: string[]; zip: JSZip }> {
  const zip = await JSZip.loadAsync(data);
  const chartParts = Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
  const slides = Object.keys(zip.files)
    .map((f) => /^ppt\/slides\/slide(\d+)\.xml$/.exec(f))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[1]))
    .sort((a, b) => a - b);
  const charts: DeckChart[] = [];
  for (const slide of slides) {
    const slideXml = await zip.file(`ppt/slides/slide${slide}.xml`)!.async('string');
    const rels = await zip.file(`ppt/slides/_rels/slide${slide}.xml.rels`)!.async('string');
    for (const [, rid] of slideXml.matchAll(/<c:chart r:id="(rId\d+)"/g)) {
      const target = new RegExp(`Id="${rid}"[^>]*Target="(?:\\.\\.|/ppt)/charts/(chart\\d+\\.xml)"`).exec(
        rels,
      )?.[1];
      expect(target).toBeDefined();
      const part = `ppt/charts/${target}`;
      const xml = await zip.file(part)!.async('string');
      const title = decode(
        [...(/<c:title>([\s\S]*?)<\/c:title>/.exec(xml)?.[1] ?? '').matchAll(/<a:t>([^<]*)<\/a:t>/g)]
          .map((m) => m[1])
          .join(''),
      );
      charts.push({
        part,
        slide,
        slideXml,
        title,
        labels: points(xml, 'c:cat'),
        values: points(xml, 'c:val').map(Number),
        xml,
      });
    }
  }
  return { charts, chartParts, zip };
}

/** The charts the tab draws for these statistics, as the deck should hold them (empty ones left out). */
function expectedCharts(stats: QuestionStats[], locale: Locale) {
  return stats.flatMap((s) =>
    chartSeriesFor(s, locale)
      .filter((c) => chartTotal(c) > 0)
      .map((c) => ({
        title: CHART_TITLES[c.key][locale],
        values: c.points.map((p) => p.count),
        fullLabels: c.points.map((p) => p.label),
      })),
  );
}

/** Chef i answers differently from the others, so every chart has distinct counts. */
function valueOf(question: Question, i: number): AnswerValue {
  const text = `Svar ${question.number} fra chef ${i}`;
  switch (question.shape.kind) {
    case 'textWithPrinciples':
      return { kind: 'textWithPrinciples', text, principles: [[1, 3], [1], [1, 7]][i]! };
    case 'textWithLeadershipStyle':
      return {
        kind: 'textWithLeadershipStyle',
        text,
        style: (['defining', 'facilitating', 'facilitating'] as const)[i]!,
      };
    case 'textWithKnowsOthers':
      return { kind: 'textWithKnowsOthers', text, knowsOthers: (['yes', 'yes', 'no'] as const)[i]! };
    case 'indicators':
      return {
        kind: 'indicators',
        items: [
          [
            { indicator: 'Tilfredshed', valueType: 'quality', mode: 'co-creation' },
            { indicator: 'Indflydelse', valueType: 'democracy', mode: 'co-production' },
          ],
          [{ indicator: 'Ventetid', valueType: 'quality', mode: 'co-creation' }],
          [{ indicator: 'Omkostninger', valueType: 'efficiency', mode: 'co-creation' }],
        ][i]! as Extract<AnswerValue, { kind: 'indicators' }>['items'],
      };
    default:
      return valueFor(question, text);
  }
}

describe('PowerPoint exports carry native bar charts of every chart the tab shows', () => {
  let app: TestApp;
  let forumId: string;
  let departmentId: string;
  let chefToken: string;
  let organizerToken: string;

  beforeAll(async () => {
    app = await startTestApp();
    const forum = (await app.deps.store.listForums())[0]!;
    forumId = forum.id;
    const c = await cast(app.deps, forumId);
    departmentId = c.departments[0]!.id;
    const questions = await app.deps.store.listQuestions(forumId);
    const chefs: Member[] = c.chefsOf(departmentId).slice(0, 3);
    expect(chefs.length).toBe(3);
    for (const [i, chef] of chefs.entries()) {
      for (const question of questions) {
        const saved = await app.deps.store.saveAnswer({
          forumId,
          departmentId,
          questionId: question.id,
          memberId: chef.id,
          value: valueOf(question, i),
          at: new Date().toISOString(),
        });
        expect(saved.ok).toBe(true);
      }
    }
    chefToken = await devToken(app.url, chefs[0]!.aadObjectId);
    organizerToken = await devToken(app.url, c.organizer.aadObjectId);
  });
  afterAll(() => app.stop());

  async function download(path: string, token: string, locale: Locale): Promise<Buffer> {
    const res = await fetch(`${app.url}${path}?locale=${locale}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  }

  async function departmentStats(): Promise<QuestionStats[]> {
    const res = await call<{ summary: DepartmentSummary }>(
      app.url,
      `/api/departments/${departmentId}/summary`,
      {
        token: chefToken,
      },
    );
    expect(res.status).toBe(200);
    return res.body.summary.questions.map((q) => q.stats);
  }

  it('department deck: one editable bar chart per chart, labels and numbers as in the summary (Danish)', async () => {
    const stats = await departmentStats();
    const { charts, chartParts, zip } = await deckCharts(
      await download(`/api/departments/${departmentId}/export.pptx`, chefToken, 'da'),
    );

    // Every chart part is on a slide, a native bar chart with its data in an embedded workbook.
    expect(charts.map((c) => c.part).sort()).toEqual([...chartParts].sort());
    for (const chart of charts) {
      expect(chart.xml).toContain('<c:barChart>');
      expect(chart.xml).toContain('<c:barDir val="bar"/>');
      expect(chart.xml).toContain('<c:showVal val="1"/>');
      expect(chart.xml).toMatch(/<c:externalData r:id="rId\d+">/);
    }
    expect(Object.keys(zip.files).filter((f) => /^ppt\/embeddings\/.+\.xlsx$/.test(f))).toHaveLength(
      charts.length,
    );

    // Exactly the tab's charts, in order, with the summary's numbers.
    const expected = expectedCharts(stats, 'da');
    expect(charts.map((c) => [c.title, c.values])).toEqual(expected.map((e) => [e.title, e.values]));
    const byTitle = (title: string) => charts.find((c) => c.title === title)!;

    // The counts the answers above make, read straight from the deck.
    const style = byTitle('Definerende eller faciliterende ledelse');
    expect(style.labels).toEqual(['Definerende', 'Faciliterende', 'Begge dele']);
    expect(style.values).toEqual([1, 2, 0]);
    const knows = byTitle('Kender til resten af organisationen');
    expect(knows.labels).toEqual(['Ja', 'Delvist', 'Nej']);
    expect(knows.values).toEqual([2, 0, 1]);
    const values = byTitle('Indikatorer efter værditype');
    expect(values.labels).toEqual(['Kvalitet', 'Effektivitet', 'Demokrati']);
    expect(values.values).toEqual([2, 1, 1]);
    const modes = byTitle('Samskabelse eller samproduktion');
    expect(modes.labels).toEqual(['Samskabelse', 'Samproduktion']);
    expect(modes.values).toEqual([3, 1]);
    expect(style.slide).not.toBe(knows.slide);
    expect(values.slide).toBe(modes.slide);

    // Principles: short axis labels starting with the number; the full title in the slide's table.
    const principles = byTitle('Hvilke principper er vigtigst');
    const fullLabels = expected.find((e) => e.title === principles.title)!.fullLabels;
    expect(principles.values.slice(0, 3)).toEqual([3, 0, 1]);
    expect(principles.labels).toHaveLength(fullLabels.length);
    principles.labels.forEach((label, i) => {
      expect(label.length).toBeLessThanOrEqual(42);
      expect(label.startsWith(`${i + 1}. `)).toBe(true);
      if (label !== fullLabels[i]) expect(label.endsWith('…')).toBe(true);
    });
    expect(principles.labels.some((l) => l.endsWith('…'))).toBe(true);
    const slideText = decode(principles.slideXml.replace(/<[^>]+>/g, ''));
    for (const full of fullLabels) expect(slideText).toContain(full);

    // The numbers are on the slide too (a table beside each chart, full labels), and the chart has alt text.
    for (const [i, chart] of charts.entries()) {
      const rows = [...chart.slideXml.matchAll(/<a:tr[^>]*>([\s\S]*?)<\/a:tr>/g)].map((tr) =>
        [...tr[1]!.matchAll(/<a:tc[^>]*>([\s\S]*?)<\/a:tc>/g)].map((tc) =>
          decode(tc[1]!.replace(/<[^>]+>/g, '')).trim(),
        ),
      );
      expected[i]!.fullLabels.forEach((label, k) =>
        expect(rows).toContainEqual([label, String(chart.values[k]), expect.stringMatching(/^\d+ %$/)]),
      );
      expect(chart.slideXml).toMatch(/<p:cNvPr id="\d+" name="[^"]*" descr="Søjlediagram: /);
    }
    expect(decode(style.slideXml.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ')).toContain(
      'Faciliterende 2 67 %',
    );
  });

  it('forum deck: the overview charts and each department’s, in English on request; empty charts say so', async () => {
    const res = await call<{ overview: ForumOverview }>(app.url, `/api/forums/${forumId}/overview`, {
      token: organizerToken,
    });
    expect(res.status).toBe(200);
    const overview = res.body.overview;
    const expected = [
      ...expectedCharts(
        overview.questions.map((q) => q.stats),
        'en',
      ),
      ...overview.departments.flatMap((d) =>
        expectedCharts(
          d.questions.map((q) => q.stats),
          'en',
        ),
      ),
    ];
    const data = await download(`/api/forums/${forumId}/export.pptx`, organizerToken, 'en');
    const { charts, chartParts } = await deckCharts(data);
    expect(charts.map((c) => c.part).sort()).toEqual([...chartParts].sort());
    // The overview's charts and the answered department's: twice the department's five charts.
    expect(charts).toHaveLength(10);
    expect(charts.map((c) => [c.title, c.values])).toEqual(expected.map((e) => [e.title, e.values]));
    const style = charts.filter((c) => c.title === 'Defining or facilitating leadership');
    expect(style).toHaveLength(2);
    for (const chart of style) {
      expect(chart.labels).toEqual(['Defining', 'Facilitating', 'Both']);
      expect(chart.values).toEqual([1, 2, 0]);
    }
    expect(charts.find((c) => c.title === 'Co-creation or co-production')!.labels).toEqual([
      'Co-creation',
      'Co-production',
    ]);
    // Departments nobody has answered in: a line saying so where the chart would be.
    expect(overview.departments.length).toBeGreaterThan(1);
    const zip = await JSZip.loadAsync(data);
    const slideXml = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
        .map((f) => zip.file(f)!.async('string')),
    );
    expect(slideXml.filter((x) => x.includes('No data yet.')).length).toBeGreaterThanOrEqual(
      4 * (overview.departments.length - 1),
    );
  });
});
