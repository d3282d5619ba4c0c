import type { Page } from 'playwright-core';
import type { Member } from '../../../core/model';
import { describeWithBrowser } from '../../support/browser';
import { answerThroughBot, messageToBot, sampleInputs } from './answer-through-bot';
import { startTabFixture, type TabFixture } from './tab-fixture';
import { signedInPage } from './tab-page-helpers';

jest.setTimeout(60_000);

/** "Mine svar" shows the person's answers as they are now: after an erasure in the bot or the tab, at once. */
describeWithBrowser(
  'the tab shows what changed: "Mine svar" after erasures, re-timed rounds after a settings save',
  () => {
    let f: TabFixture;
    let chef: Member;
    let page: Page;

    beforeAll(async () => {
      f = await startTabFixture();
      chef = f.chefs[1]!;
    }, 120_000);
    afterAll(async () => {
      await f?.stop();
    });

    /** A message from the chef in their 1:1 chat with the bot (text, or a card's Action.Submit value). */
    const toBot = (message: { text?: string; value?: Record<string, unknown> }) =>
      messageToBot({ baseUrl: f.url, serviceUrl: f.connector.url, member: chef, ...message });
    const answer = async (variant: number) => {
      const question = f.questions[0]!;
      const res = await answerThroughBot({
        baseUrl: f.url,
        serviceUrl: f.connector.url,
        member: chef,
        question,
        inputs: sampleInputs(question, variant),
      });
      expect(res.status).toBeLessThan(300);
    };
    const answerText = (variant: number) => `Svar ${variant} til spørgsmål 1`;

    it('an erasure through "slet mine data" in the bot empties the open page at once', async () => {
      await answer(1);
      page = await signedInPage(f.browser.context, f.url, chef.name, '#/me');
      await page.getByTestId('my-answers').getByText(answerText(1)).waitFor();

      const sendsBefore = f.connector.sends.length;
      expect((await toBot({ text: 'slet mine data' })).status).toBeLessThan(300);
      const card = f.connector.sends.slice(sendsBefore).map((s) => JSON.stringify(s.activity));
      const token = card.map((c) => /\\"token\\":\\"([^"\\]+)\\"|"token":"([^"]+)"/.exec(c)).find(Boolean);
      const code = token?.[1] ?? token?.[2];
      expect(code).toBeDefined();
      expect((await toBot({ value: { samskab: 'privacyConfirm', token: code } })).status).toBeLessThan(300);

      await page.getByTestId('my-answers-empty').waitFor({ timeout: 15_000 });
      expect(await page.getByTestId('my-answers').getByText(answerText(1)).count()).toBe(0);
      await page.getByTestId('my-data-table-answers').getByText('0').waitFor();
    });

    it('an answer given in Teams appears, and deleting it in the tab empties the list right after', async () => {
      await answer(2);
      await page.getByTestId('my-answers').getByText(answerText(2)).waitFor({ timeout: 15_000 });
      await page.getByTestId('my-data-erase-start').click();
      await page.getByTestId('my-data-erase-confirm').click();
      await page
        .getByTestId('my-data-erase-result')
        .getByText(/Slettet: 1 svar/)
        .waitFor();
      await page.getByTestId('my-answers-empty').waitFor();
      expect(await page.getByTestId('my-answers').getByText(answerText(2)).count()).toBe(0);
      await page.close();
    });

    it('settings: a new send time re-times the planned rounds, and the save says how many', async () => {
      const admin = await signedInPage(
        f.browser.context,
        f.url,
        f.organizer.name,
        '#/admin?section=settings',
      );
      const sendTime = admin.getByTestId('settings-send-time');
      await sendTime.fill('10:30');
      await admin.getByTestId('settings-save').click();
      const retimed = admin.getByTestId('settings-retimed');
      await retimed.waitFor();
      expect(await retimed.textContent()).toMatch(/\d+ planlagte udsendelser har fået nyt tidspunkt/);
      await admin.close();
    });
  },
);
