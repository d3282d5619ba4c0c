import {
  CO_MODE_LABELS,
  CO_MODES,
  KNOWS_OTHERS_LABELS,
  KNOWS_OTHERS_VALUES,
  LEADERSHIP_STYLE_LABELS,
  LEADERSHIP_STYLES,
  VALUE_TYPE_LABELS,
  VALUE_TYPES,
} from '../../../core/answers/labels';
import type { AnswerValue, Locale, Member, Question } from '../../../core/model';
import { answerInputs } from '../../../bot/teams/cards/answer-form';
import { answerView } from '../../../bot/teams/cards/answer-view';
import { chartsFor } from '../../../tab/src/pages/summary/charts/stats-to-bars';
import { startTestApp, type TestApp } from '../../support/app-harness';
import { valueFor } from './support/answers';
import { cast, devToken } from './support/api-client';
import { officeText } from '../../support/office-text';

/** Every answer option's label, in one language. */
function allLabels(locale: Locale): string[] {
  return [
    ...LEADERSHIP_STYLES.map((s) => LEADERSHIP_STYLE_LABELS[s][locale]),
    ...KNOWS_OTHERS_VALUES.map((k) => KNOWS_OTHERS_LABELS[k][locale]),
    ...VALUE_TYPES.map((v) => VALUE_TYPE_LABELS[v][locale]),
    ...CO_MODES.map((m) => CO_MODE_LABELS[m][locale]),
  ];
}

/** Chef i answers with option i of every choice, so every option is chosen by someone. */
function valueOf(question: Question, i: number): AnswerValue {
  const text = `Svar ${question.number} fra chef ${i}`;
  switch (question.shape.kind) {
    case 'textWithLeadershipStyle':
      return { kind: 'textWithLeadershipStyle', text, style: LEADERSHIP_STYLES[i % 3]! };
    case 'textWithKnowsOthers':
      return { kind: 'textWithKnowsOthers', text, knowsOthers: KNOWS_OTHERS_VALUES[i % 3]! };
    case 'indicators':
      return {
        kind: 'indicators',
        items: VALUE_TYPES.map((valueType, j) => ({
          indicator: `Indikator ${j + 1} fra chef ${i}`,
          valueType,
          mode: CO_MODES[(i + j) % 2]!,
        })),
      };
    default:
      return valueFor(question, text);
  }
}

function cardText(elements: unknown): string {
  return JSON.stringify(elements);
}

describe('answer option labels are the same in cards, tab, Word, PowerPoint and CSV', () => {
  let app: TestApp;
  let departmentId: string;
  let questions: Question[];
  let token: string;
  const values: AnswerValue[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    const forum = (await app.deps.store.listForums())[0]!;
    const c = await cast(app.deps, forum.id);
    departmentId = c.departments[0]!.id;
    questions = await app.deps.store.listQuestions(forum.id);
    const chefs: Member[] = c.chefsOf(departmentId).slice(0, 3);
    expect(chefs.length).toBe(3);
    for (const [i, chef] of chefs.entries()) {
      for (const question of questions) {
        const value = valueOf(question, i);
        values.push(value);
        const saved = await app.deps.store.saveAnswer({
          forumId: forum.id,
          departmentId,
          questionId: question.id,
          memberId: chef.id,
          value,
          at: new Date().toISOString(),
        });
        expect(saved.ok).toBe(true);
      }
    }
    token = await devToken(app.url, chefs[0]!.aadObjectId);
  });
  afterAll(() => app.stop());

  async function download(path: string, locale: Locale): Promise<Buffer> {
    const res = await fetch(`${app.url}${path}?locale=${locale}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  }

  const outputs: Record<string, (locale: Locale) => Promise<string>> = {
    'Teams cards (answer form and answered view)': async (locale) =>
      cardText([
        ...questions.flatMap((question) => answerInputs({ question, principles: [], locale, current: null })),
        ...values.map((value) => answerView(value, [], locale)),
      ]),
    'the tab (charts over the summary)': async (locale) => {
      const res = await fetch(`${app.url}/api/departments/${departmentId}/summary`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const summary = (await res.json()) as { summary: { questions: { stats: never }[] } };
      return JSON.stringify(summary.summary.questions.map((q) => chartsFor(q.stats, locale)));
    },
    Word: async (locale) =>
      officeText(await download(`/api/departments/${departmentId}/export.docx`, locale), 'word/'),
    PowerPoint: async (locale) =>
      officeText(await download(`/api/departments/${departmentId}/export.pptx`, locale), 'ppt/'),
    CSV: async (locale) =>
      (await download(`/api/departments/${departmentId}/answers.csv`, locale)).toString('utf8'),
  };

  for (const locale of ['da', 'en'] as const) {
    for (const [output, render] of Object.entries(outputs)) {
      it(`${output} (${locale}) names every option with the shared label`, async () => {
        const text = await render(locale);
        const missing = allLabels(locale).filter((label) => !text.includes(label));
        expect(missing).toEqual([]);
      });
    }
  }

  it('no output uses an older wording of an option', async () => {
    const older = /Både definerende|Co-creation \(|Co-production \(|Both defining/;
    for (const locale of ['da', 'en'] as const) {
      for (const render of Object.values(outputs)) expect(await render(locale)).not.toMatch(older);
    }
  });
});
