import type { Page } from 'playwright-core';
import type { Department, Member } from '../../../core/model';
import { cast } from '../../bot/api/support/api-client';
import { startTestApp, type TestApp } from '../../support/app-harness';
import { describeWithBrowser, launchBrowser, type LaunchedBrowser } from '../../support/browser';
import { ensureTabBuilt } from './tab-build';
import { screenshot, seriousAxeViolations, signedInPage } from './tab-page-helpers';

/**
 * Voices from outside the forum, end to end: a chef opens a round in the tab; a respondent answers
 * on a phone-sized page in Danish (no sign-in); the voice waits; the chef shows it and it appears
 * live in the department's summary for the facilitator; a revoked link refuses; axe finds no
 * serious or critical violation on the public page.
 */
describeWithBrowser('voices: public page to live summary', () => {
  let app: TestApp;
  let browser: LaunchedBrowser;
  let dept: Department;
  let chef: Member;
  let facilitator: Member;
  let chefPage: Page;
  let facilitatorPage: Page;
  let phone: Page;
  let link = '';

  beforeAll(async () => {
    ensureTabBuilt();
    app = await startTestApp();
    const [forum] = await app.deps.store.listForums();
    const people = await cast(app.deps, forum!.id);
    facilitator = people.facilitator;
    dept = people.departments.find(
      (d) => facilitator.departmentIds.includes(d.id) && people.chefsOf(d.id).length > 0,
    )!;
    chef = people.chefsOf(dept.id)[0]!;
    browser = await launchBrowser();
    chefPage = await signedInPage(browser.context, app.url, chef.name, `#/department/${dept.id}`);
    chefPage.on('dialog', (dialog) => void dialog.accept());
    facilitatorPage = await signedInPage(
      browser.context,
      app.url,
      facilitator.name,
      `#/department/${dept.id}`,
    );
    phone = await browser.context.newPage();
    await phone.setViewportSize({ width: 375, height: 740 });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  test('a chef opens a round and gets the public link and QR code', async () => {
    const section = chefPage.getByTestId('voices-section');
    await section.waitFor();
    await chefPage.getByRole('button', { name: 'Åbn og lav link' }).click();
    const input = chefPage.getByTestId('voice-round-link').first();
    await input.waitFor();
    const shown = await input.inputValue();
    expect(shown).toMatch(/\/stemmer\/[a-z2-7]{26}$/);
    // The link names PUBLIC_URL; the test server listens on a port of its own.
    link = `${app.url}${new URL(shown).pathname}`;
    await chefPage.getByRole('img', { name: 'QR-kode til linket' }).first().waitFor();
  }, 60_000);

  test('a respondent answers in Danish on a phone; the voice waits; axe is clean', async () => {
    await phone.goto(link);
    expect(await phone.getAttribute('html', 'lang')).toBe('da');
    await phone.getByRole('heading', { level: 1 }).waitFor();
    expect(await phone.textContent('body')).toContain(
      'Vi gemmer ikke dit navn, din e-mail eller din IP-adresse',
    );
    expect(await seriousAxeViolations(phone)).toEqual([]);
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
    await screenshot(phone, 'voices-public-da');
    await phone.getByRole('radio', { name: 'Borgere' }).check();
    await phone
      .getByRole('textbox', { name: 'Dit svar' })
      .fill('Tag os med fra starten, ikke kun til høring.');
    await phone.getByRole('button', { name: 'Send mit svar' }).click();
    await phone.getByRole('heading', { name: 'Tak for dit svar' }).waitFor();
    expect(await seriousAxeViolations(phone)).toEqual([]);
    // It waits: the facilitator's summary does not show it.
    const facilitatorSection = facilitatorPage.getByTestId('voices-section');
    await facilitatorSection.waitFor();
    expect(await facilitatorSection.textContent()).not.toContain('Tag os med fra starten');
  }, 60_000);

  test('the chef sees it waiting (live), shows it, and it appears live for the facilitator', async () => {
    const waiting = chefPage.getByTestId('waiting-voice').filter({ hasText: 'Tag os med fra starten' });
    await waiting.waitFor({ timeout: 20_000 });
    await waiting.getByRole('button', { name: 'Vis' }).click();
    await facilitatorPage
      .getByTestId('voices-group-borgere')
      .filter({ hasText: 'Tag os med fra starten, ikke kun til høring.' })
      .waitFor({ timeout: 20_000 });
    expect(await seriousAxeViolations(chefPage)).toEqual([]);
    await screenshot(chefPage, 'voices-section-da');
  }, 60_000);

  test('the chef changes the round: a past last day is refused in Danish and changes nothing; a new question and group are saved and audited', async () => {
    const round = chefPage.getByTestId('voice-round').first();
    await round.getByTestId('voice-round-edit-open').click();
    const form = round.getByTestId('voice-round-edit');
    await form.waitFor();
    expect(await seriousAxeViolations(chefPage)).toEqual([]);
    await form.getByTestId('voice-closes-on').fill('2000-01-01');
    await form.getByRole('button', { name: 'Gem' }).click();
    await form.getByText(/^Ændringen blev ikke gemt: /).waitFor();
    expect(await form.textContent()).toMatch(/Lukkedatoen/);
    const roundId = (await app.app.voices.listRounds(dept.id))[0]!.id;
    expect((await app.app.voices.getRound(roundId))!.question.da).toMatch(/^Hvad ønsker ledere/);

    await form.getByTestId('voice-question-da').fill('Hvad skal vi gøre anderledes sammen med jer?');
    await form.getByTestId('voice-new-group').fill('Frivillige & foreninger');
    await form.getByRole('button', { name: 'Tilføj gruppen' }).click();
    await form.getByRole('checkbox', { name: 'Frivillige & foreninger' }).waitFor();
    const lastDay = await chefPage.evaluate(() => {
      const d = new Date(Date.now() + 10 * 86_400_000);
      return d.toISOString().slice(0, 10);
    });
    await form.getByTestId('voice-closes-on').fill(lastDay);
    await form.getByRole('button', { name: 'Gem' }).click();
    await round.getByText('Spørgsmålet er gemt.').waitFor();
    await round.getByText('Hvad skal vi gøre anderledes sammen med jer?').waitFor();
    const saved = (await app.app.voices.getRound(roundId))!;
    expect(saved.question.da).toBe('Hvad skal vi gøre anderledes sammen med jer?');
    expect(saved.groups.map((g) => g.id)).toContain('frivillige-foreninger');
    const audit = await app.deps.store.listAudit(dept.forumId, { limit: 500 });
    expect(audit.filter((e) => e.action === 'voices.round.update').length).toBeGreaterThan(0);
    await phone.goto(link);
    await phone.getByRole('radio', { name: 'Frivillige & foreninger' }).waitFor();
  }, 90_000);

  test('more than 50 voices waiting: the queue shows 50, and "Vis flere" the rest', async () => {
    const round = (await app.app.voices.listRounds(dept.id))[0]!;
    for (let i = 0; i < 57; i++)
      await app.app.voices.submitVoice({
        voice: {
          id: `queued-${i}`,
          roundId: round.id,
          forumId: round.forumId,
          departmentId: dept.id,
          groupId: 'borgere',
          text: `Ventende stemme nummer ${i}`,
          state: 'waiting',
          createdAt: new Date(Date.now() - i * 1000).toISOString(),
          moderatedAt: null,
        },
        limits: [],
      });
    await app.deps.changes.publish({ forumId: round.forumId, departmentId: dept.id, topic: 'voice' });
    const queue = chefPage.getByTestId('voices-moderation');
    await queue.getByText('57 stemmer venter på at blive læst.').waitFor({ timeout: 20_000 });
    expect(await queue.getByTestId('waiting-voice').count()).toBe(50);
    expect(await queue.getByTestId('moderation-showing').textContent()).toBe('Viser 50 af 57.');
    await queue.getByRole('button', { name: 'Vis flere' }).click();
    await queue.getByText('Ventende stemme nummer 56', { exact: true }).waitFor();
    expect(await queue.getByTestId('waiting-voice').count()).toBe(57);
    expect(await queue.getByTestId('moderation-more').count()).toBe(0);
    // Showing one keeps the rest listed (no jump back to the first page).
    await queue
      .getByTestId('waiting-voice')
      .filter({ hasText: 'Ventende stemme nummer 55' })
      .getByRole('button', { name: 'Vis' })
      .click();
    await queue.getByText('56 stemmer venter på at blive læst.').waitFor();
    await chefPage.waitForTimeout(1500);
    expect(await queue.getByTestId('waiting-voice').count()).toBe(56);
    expect(await seriousAxeViolations(chefPage)).toEqual([]);
  }, 90_000);

  test('a revoked link refuses submissions', async () => {
    await chefPage.getByTestId('voice-round-revoke').first().click();
    await chefPage
      .getByTestId('voice-round-status')
      .filter({ hasText: 'Link trukket tilbage' })
      .first()
      .waitFor();
    await phone.goto(link);
    expect(await phone.textContent('h1')).toBe('Spørgsmålet er lukket');
    // (The page's CSP lets it fetch nothing, so the POST goes from the test, as a form does.)
    const res = await fetch(link, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'group=borgere&text=Efter+lukning',
    });
    const status = res.status;
    expect(await res.text()).toContain('trukket tilbage');
    expect(status).toBe(410);
    expect(await seriousAxeViolations(phone)).toEqual([]);
  }, 60_000);
});
