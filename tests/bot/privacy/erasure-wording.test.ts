import { readFileSync } from 'node:fs';
import path from 'node:path';
import { exportMessages } from '../../../bot/api/exports/export-messages';
import type { ChangeNotice } from '../../../bot/store/store';
import { confirmEraseCard } from '../../../bot/teams/privacy/privacy-cards';
import { erasureWording } from '../../../core/privacy/erasure-wording';
import { summaryMessages } from '../../../tab/src/i18n/catalog-summary';
import { privacyMessages } from '../../../tab/src/privacy/privacy-messages';
import { startTestApp } from '../../support/app-harness';
import { answerAll } from '../api/support/answers';
import { call, cast, devToken } from '../api/support/api-client';
import { cardText } from '../teams/support/validate-card';

const oneLine = (s: string) => s.replace(/\s+/g, ' ');

describe('what an erasure does to participation: said once, said everywhere, and true', () => {
  test('the bot card, the tab dialog, the summary, the exports and docs/privacy.md share one wording', () => {
    const docs = oneLine(readFileSync(path.join(__dirname, '../../../docs/privacy.md'), 'utf8'));
    for (const locale of ['da', 'en'] as const) {
      const sentence = erasureWording.participation[locale];
      expect(cardText(confirmEraseCard({ answers: 3, meetings: 0 }, 'code', locale))).toContain(sentence);
      expect(privacyMessages['erase.body'][locale]).toContain(sentence);
      expect(docs).toContain(sentence);
      expect(summaryMessages['summary.erasedAnswers']).toBe(erasureWording.summaryNote);
      expect(exportMessages['participation.erased']).toBe(erasureWording.summaryNote);
    }
    // The old promise ("participation stays honest") is gone from every place a person reads.
    for (const text of [
      docs,
      privacyMessages['erase.body'].en,
      cardText(confirmEraseCard({ answers: 1, meetings: 0 }, 'c', 'en')),
    ])
      expect(text).not.toMatch(/participation (still counts|stays honest)/);
  });

  test('after an erasure the summary counts participation without the answers, shows the count apart, and live views are told', async () => {
    const app = await startTestApp();
    try {
      const forumId = (await app.deps.store.listForums())[0]!.id;
      const c = await cast(app.deps, forumId);
      const department = c.departments[0]!;
      const [a, b] = c.chefsOf(department.id);
      await answerAll(app.deps, a!, (q) => `A svarer ${q.number}`);
      await answerAll(app.deps, b!, (q) => `B svarer ${q.number}`);
      const questions = (await app.deps.store.listQuestions(forumId)).length;
      const organizer = await devToken(app.url, c.organizer.aadObjectId);
      const summary = async () =>
        (await call(app.url, `/api/departments/${department.id}/summary`, { token: organizer })).body.summary;
      const before = await summary();
      expect(before.participation).toMatchObject({ respondents: 2, answers: 2 * questions });

      const notices: ChangeNotice[] = [];
      app.deps.changes.subscribe((n) => notices.push(n));
      const token = await devToken(app.url, a!.aadObjectId);
      const ask = await call(app.url, '/api/me/data/delete', { token, body: {} });
      await call(app.url, '/api/me/data/delete', { token, body: { confirmToken: ask.body.confirmToken } });

      const after = await summary();
      expect(after.participation).toMatchObject({ respondents: 1, answers: questions });
      expect(after.erasedAnswers).toBe(questions);
      expect(JSON.stringify(after)).not.toContain('A svarer');
      expect(notices).toContainEqual({ forumId, departmentId: department.id, topic: 'answer' });
    } finally {
      await app.stop();
    }
  });
});
