import type { Page } from 'playwright-core';
import { localize } from '../../../core/i18n';
import { describeWithBrowser } from '../../support/browser';
import { answerThroughBot, sampleInputs } from './answer-through-bot';
import { startTabFixture, type TabFixture } from './tab-fixture';
import {
  download,
  officeText,
  screenshot,
  SCREENSHOTS,
  seriousAxeViolations,
  signedInPage,
} from './tab-page-helpers';

jest.setTimeout(60_000);

describeWithBrowser('the Samskab tab in Chromium (dev mode)', () => {
  let f: TabFixture;
  let chefPage: Page;
  let organizerPage: Page;
  const axe: Record<string, string[]> = {};
  const summaryHash = () => `#/department/${f.department.id}`;
  const departmentName = () => localize(f.department.name, 'da');
  const setTheme = async (page: Page, theme: 'default' | 'dark') => {
    await page.getByTestId('theme-switch').selectOption(theme);
    await page.locator(`[data-theme="${theme}"]`).first().waitFor();
  };

  beforeAll(async () => {
    f = await startTabFixture();
    // Some answers for the summary, charts and screenshots, saved the way Teams delivers card submits.
    for (const [i, question] of f.questions.entries()) {
      const response = await answerThroughBot({
        baseUrl: f.url,
        serviceUrl: f.connector.url,
        member: f.chefs[0]!,
        question,
        inputs: sampleInputs(question, i + 1),
      });
      expect(response.status).toBeLessThan(300);
    }
  }, 120_000);

  afterAll(async () => {
    await f?.stop();
  });

  it('outside Teams and without dev mode, explains that the tab must be opened in Teams', async () => {
    const page = await f.browser.context.newPage();
    await page.route('**/api/dev/users', (route) =>
      route.fulfill({
        status: 404,
        contentType: 'application/json',
        body: '{"error":{"code":"not_found","message":"x"}}',
      }),
    );
    await page.goto(`${f.url}/tab/#/`);
    await page.getByRole('heading', { name: 'Åbn Samskab i Teams' }).waitFor();
    expect(await page.getByTestId('dev-banner').count()).toBe(0);
    await page.close();
  });

  it('signs in through the dev sign-in, shows the dev banner and the department summary', async () => {
    const page = await f.browser.context.newPage();
    await page.goto(`${f.url}/tab/${summaryHash()}`);
    await page.getByText('Udviklingstilstand / Dev mode').first().waitFor();
    axe.signIn = await seriousAxeViolations(page);
    await page.close();

    chefPage = await signedInPage(f.browser.context, f.url, f.chefs[0]!.name, summaryHash());
    await chefPage.getByRole('heading', { level: 1, name: `Opsamling: ${departmentName()}` }).waitFor();
    expect(await chefPage.getByTestId('dev-banner').isVisible()).toBe(true);
    await chefPage.getByTestId('question-1').waitFor();
    axe.summary = await seriousAxeViolations(chefPage);
    await screenshot(chefPage, 'summary-light');
    await setTheme(chefPage, 'dark');
    await screenshot(chefPage, 'summary-dark');
    axe.summaryDark = await seriousAxeViolations(chefPage);
    await setTheme(chefPage, 'default');
    await chefPage.getByTestId('language-switch').selectOption('en');
    await chefPage
      .getByRole('heading', { level: 1, name: `Summary: ${localize(f.department.name, 'en')}` })
      .waitFor();
    await chefPage.getByText('Dev mode – local test sign-ins, not for real data.').waitFor();
    await chefPage.getByTestId('language-switch').selectOption('da');
    await chefPage.getByRole('heading', { level: 1, name: `Opsamling: ${departmentName()}` }).waitFor();
  });

  it('shows an answer saved through the bot live, without reloading', async () => {
    const q1 = f.questions[0]!;
    const text = 'Live-svar: borgerne skal med fra start';
    const response = await answerThroughBot({
      baseUrl: f.url,
      serviceUrl: f.connector.url,
      member: f.chefs[1]!,
      question: q1,
      inputs: { [`q${q1.number}_text`]: text, [`q${q1.number}_principles`]: '1,3' },
    });
    expect(response.status).toBeLessThan(300);
    const stored = await f.api.answers(f.organizer.aadObjectId, f.department.id, q1.id);
    expect(JSON.stringify(stored.answers.map((a) => a.value))).toContain(text);
    // The question's details start collapsed; opened, they follow the live updates.
    const toggle = chefPage.getByTestId('question-1-toggle').getByRole('button');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await chefPage.getByTestId('question-1').getByText(text).waitFor({ timeout: 10_000 });
    await chefPage.getByText(f.chefs[1]!.name, { exact: false }).first().waitFor();
  });

  it('co-edits the takeaways from two pages; a conflict shows both texts and the merge keeps both', async () => {
    const other = await signedInPage(f.browser.context, f.url, f.chefs[1]!.name, summaryHash());
    await other.getByTestId('takeaways-text').waitFor();
    await chefPage.getByTestId('takeaways-text').fill('Mettes pointe: tillid før styring');
    await other.getByTestId('takeaways-text').fill('Lars’ pointe: små forsøg virker');
    await chefPage.getByTestId('takeaways-save').click();
    await chefPage.getByTestId('takeaways-status').getByText(/Gemt/).waitFor();
    await other.getByTestId('takeaways-save').click();
    const conflict = other.getByTestId('takeaways-conflict');
    await conflict.waitFor();
    expect(await other.getByTestId('conflict-theirs').textContent()).toContain('Mettes pointe');
    expect(await other.getByTestId('conflict-mine').inputValue()).toContain('Lars’ pointe');
    axe.conflict = await seriousAxeViolations(other);
    await other.getByTestId('conflict-merge').click();
    const merged = await other.getByTestId('takeaways-text').inputValue();
    expect(merged).toContain('Mettes pointe');
    expect(merged).toContain('Lars’ pointe');
    await other.getByTestId('takeaways-save').click();
    await other.getByTestId('takeaways-status').getByText(/Gemt/).waitFor();
    const stored = (await f.api.summary(f.organizer.aadObjectId, f.department.id)).takeaways;
    expect(stored.text).toContain('Mettes pointe');
    expect(stored.text).toContain('Lars’ pointe');
    // The first page had no unsaved changes, so it follows the newer version live.
    await chefPage.waitForFunction(
      () =>
        (
          document.querySelector('[data-testid="takeaways-text"]') as HTMLTextAreaElement | null
        )?.value.includes('Lars'),
      undefined,
      { timeout: 10_000 },
    );
    await other.close();
  });

  it('downloads the summary as .docx, .pptx and CSV with the department and its answers', async () => {
    const docx = await download(chefPage, 'export-docx');
    expect(docx.name).toMatch(/\.docx$/);
    expect(await officeText(docx.bytes, /^word\/document\.xml$/)).toContain(departmentName());
    const pptx = await download(chefPage, 'export-pptx');
    expect(pptx.name).toMatch(/\.pptx$/);
    expect(await officeText(pptx.bytes, /^ppt\/slides\/slide\d+\.xml$/)).toContain(departmentName());
    const csv = await download(chefPage, 'export-csv');
    expect(csv.name).toMatch(/\.csv$/);
    expect(csv.bytes.toString('utf8')).toContain('Live-svar: borgerne skal med fra start');
  });

  it('works by keyboard: tab to the takeaways, type, save with Enter, and follow a nav link', async () => {
    await chefPage.reload();
    await chefPage.getByTestId('takeaways-text').waitFor();
    const focusedTestId = () =>
      chefPage.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
    const tabTo = async (testId: string) => {
      for (let i = 0; i < 80; i++) {
        if ((await focusedTestId()) === testId) return;
        await chefPage.keyboard.press('Tab');
      }
      throw new Error(`could not reach ${testId} by Tab`);
    };
    await tabTo('takeaways-text');
    await chefPage.keyboard.press('End');
    await chefPage.keyboard.type(' Tastatur virker.');
    await tabTo('takeaways-save');
    await chefPage.keyboard.press('Enter');
    await chefPage.getByTestId('takeaways-status').getByText(/Gemt/).waitFor();
    expect((await f.api.summary(f.organizer.aadObjectId, f.department.id)).takeaways.text).toContain(
      'Tastatur virker.',
    );
    await chefPage.evaluate(() => window.scrollTo(0, 0));
    await chefPage.locator('body').focus();
    await tabTo('nav-me');
    await chefPage.keyboard.press('Enter');
    await chefPage.getByRole('heading', { level: 1, name: 'Mine svar' }).waitFor();
    axe.me = await seriousAxeViolations(chefPage);
    await chefPage.goto(`${f.url}/tab/#/config`);
    await chefPage.getByTestId('config-department').selectOption(f.department.id);
    await chefPage.getByText(`/tab/#/department/${f.department.id}`, { exact: false }).waitFor();
    axe.config = await seriousAxeViolations(chefPage);
  });

  it('shows the forum overview and presents one department per slide with arrow keys', async () => {
    organizerPage = await signedInPage(f.browser.context, f.url, f.organizer.name, '#/overview');
    await organizerPage.getByTestId('overview-page').waitFor();
    expect(await organizerPage.getByTestId('overview-department').count()).toBeGreaterThan(1);
    axe.overview = await seriousAxeViolations(organizerPage);
    await screenshot(organizerPage, 'overview-light');
    await setTheme(organizerPage, 'dark');
    await screenshot(organizerPage, 'overview-dark');
    axe.overviewDark = await seriousAxeViolations(organizerPage);
    await setTheme(organizerPage, 'default');
    await organizerPage.getByTestId('start-presentation').click();
    await organizerPage
      .getByTestId('slide-counter')
      .getByText(/Dias 1 af/)
      .waitFor();
    await organizerPage.keyboard.press('ArrowRight');
    await organizerPage
      .getByTestId('slide-counter')
      .getByText(/Dias 2 af/)
      .waitFor();
    axe.present = await seriousAxeViolations(organizerPage);
  });

  it('administration: per-field server validation, CSV import preview with a bad row, and a card preview', async () => {
    await organizerPage.goto(`${f.url}/tab/#/admin`);
    await organizerPage.getByTestId('settings-form').waitFor();
    axe.adminSettings = await seriousAxeViolations(organizerPage);
    await screenshot(organizerPage, 'admin-light');
    await setTheme(organizerPage, 'dark');
    await screenshot(organizerPage, 'admin-dark');
    await setTheme(organizerPage, 'default');

    await organizerPage.getByTestId('settings-retention').fill('0');
    await organizerPage.getByTestId('settings-save').click();
    await organizerPage.getByText('Ret de markerede felter.').waitFor();
    await organizerPage.getByText('Skal være mindst 1.').waitFor();

    await organizerPage.getByTestId('admin-tab-import').focus();
    await organizerPage.keyboard.press('Enter');
    const good = `Test Person,test.person@example.com,0f0e0d0c-0b0a-4908-8706-050403020100,chef,${departmentName()},da`;
    const bad = 'Dårlig Række,ikke-en-mail,xyz,boss,Findes Ikke,da';
    await organizerPage
      .getByTestId('csv-text')
      .fill(`name,email,aadObjectId,role,departments,locale\n${good}\n${bad}`);
    await organizerPage.getByTestId('csv-text').focus();
    await organizerPage.keyboard.press('Tab');
    expect(await organizerPage.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'csv-preview',
    );
    await organizerPage.keyboard.press('Enter');
    const rows = organizerPage.getByTestId('csv-rows');
    await rows.waitFor();
    expect(await rows.locator('[data-row-ok="true"]').count()).toBe(1);
    expect(await rows.locator('[data-row-ok="false"]').count()).toBe(1);
    expect(await rows.locator('[data-row-ok="false"]').textContent()).toMatch(/Fejl/);
    // The refused row keeps what was typed, and its errors name the typed columns.
    expect(await rows.locator('[data-row-ok="false"]').textContent()).toContain('Dårlig Række');
    expect(await rows.locator('[data-row-ok="false"]').textContent()).toContain('ikke-en-mail');
    expect(await rows.locator('[data-row-ok="false"]').textContent()).toContain('role:');
    expect(await organizerPage.getByTestId('csv-apply').isDisabled()).toBe(true);
    axe.adminImport = await seriousAxeViolations(organizerPage);

    const template = await download(organizerPage, 'csv-template');
    expect(template.name).toBe('medlemmer-skabelon.csv');
    expect(template.bytes.toString('utf8')).toMatch(/^\uFEFFnavn;e-mail;rolle;afdelinger;sprog\r\n/);
    // Danish columns and no Entra ids: a person the bot has not seen is listed by name; nothing can be applied.
    await organizerPage
      .getByTestId('csv-text')
      .fill(`navn;e-mail;rolle;afdelinger\nUkendt Ulla;ulla@kommune.example;chef;${departmentName()}`);
    await organizerPage.getByTestId('csv-preview').click();
    const unresolved = organizerPage.getByTestId('csv-unresolved');
    await unresolved.waitFor();
    expect(await unresolved.textContent()).toContain('Vi kender ikke Teams-kontoen for 1 person.');
    expect(await unresolved.textContent()).toContain('Ukendt Ulla (ulla@kommune.example)');
    expect(await organizerPage.getByTestId('csv-apply').isDisabled()).toBe(true);

    await organizerPage.getByTestId('admin-tab-schedule').click();
    await organizerPage.getByTestId('round-row').first().waitFor();
    axe.adminSchedule = await seriousAxeViolations(organizerPage);
    await organizerPage.getByTestId('round-preview').first().click();
    const card = organizerPage.getByTestId('card-host').locator('.ac-adaptiveCard');
    await card.waitFor();
    expect((await card.textContent())?.length ?? 0).toBeGreaterThan(20);
    expect(await organizerPage.locator('[data-testid="card-host"] a[href^="javascript:" i]').count()).toBe(0);
    axe.cardPreview = await seriousAxeViolations(organizerPage);
    await organizerPage
      .getByTestId('card-preview')
      .screenshot({ path: `${SCREENSHOTS}/card-preview-light.png` });
  });

  it('administration: departments with per-field errors, members, chat links and delivery status', async () => {
    await organizerPage.getByTestId('admin-tab-people').click();
    await organizerPage.getByTestId('members-table').waitFor();
    axe.adminPeople = await seriousAxeViolations(organizerPage);
    await organizerPage.getByRole('button', { name: 'Tilføj afdeling' }).click();
    const form = organizerPage.getByTestId('department-form');
    await form.getByRole('button', { name: 'Gem' }).click();
    await form.getByText('Skal udfyldes.').first().waitFor();
    await form.getByLabel('Navn (dansk)').fill('Testafdeling');
    await form.getByRole('button', { name: 'Gem' }).click();
    await organizerPage.getByRole('cell', { name: 'Testafdeling', exact: true }).waitFor();

    await organizerPage.getByTestId('admin-tab-chats').click();
    await organizerPage.getByTestId('chat-links').waitFor();
    axe.adminChats = await seriousAxeViolations(organizerPage);
    await organizerPage.getByTestId('admin-tab-deliveries').click();
    await organizerPage.getByTestId('delivery-status').waitFor();
    axe.adminDeliveries = await seriousAxeViolations(organizerPage);
  });

  it('My data: shows what is stored, downloads JSON, and deletes only after the confirmation', async () => {
    const leaver = f.chefs[1]!;
    const page = await signedInPage(f.browser.context, f.url, leaver.name, '#/me');
    await page.getByTestId('my-data-table').waitFor();
    expect(await page.getByTestId('my-data-table-answers').first().textContent()).toBe('1');
    axe.myData = await seriousAxeViolations(page);
    const json = await download(page, 'my-data-download-json');
    expect(json.name).toMatch(/^samskab-mine-data-.*\.json$/);
    expect(json.bytes.toString('utf8')).toContain('Live-svar: borgerne skal med fra start');

    // Step one asks and shows what will go; cancelling deletes nothing.
    await page.getByTestId('my-data-erase-start').click();
    const dialog = page.getByTestId('my-data-erase-dialog');
    await dialog.getByText(/1 svar og \d+ gemte? udgaver?/).waitFor();
    axe.myDataConfirm = await seriousAxeViolations(page);
    await page.getByTestId('my-data-erase-cancel').click();
    await page.getByTestId('my-data-erase-result').getByText('Intet er slettet.').waitFor();
    const answersNow = () =>
      f.api.allAnswers(
        f.organizer.aadObjectId,
        f.department.id,
        f.questions.map((q) => q.id),
      );
    expect(JSON.stringify(await answersNow())).toContain('Live-svar');

    // Step two with the code deletes.
    await page.getByTestId('my-data-erase-start').click();
    await page.getByTestId('my-data-erase-confirm').click();
    await page
      .getByTestId('my-data-erase-result')
      .getByText(/Slettet: 1 svar/)
      .waitFor();
    await page.getByTestId('my-data-table-answers').getByText('0').waitFor();
    expect(JSON.stringify(await answersNow())).not.toContain('Live-svar');
    await page.close();
  });

  it('administration: the audit log shows a settings change; retention and member data are shown', async () => {
    await organizerPage.goto(`${f.url}/tab/#/admin?section=settings`);
    await organizerPage.reload();
    await organizerPage.getByTestId('settings-retention').fill('200');
    await organizerPage.getByTestId('settings-save').click();
    await organizerPage.getByText('Gemt.').waitFor();
    await organizerPage.getByTestId('admin-tab-audit').click();
    await organizerPage
      .locator('[data-testid="audit-row"][data-action="forum.settings.update"]')
      .first()
      .waitFor();
    expect(await organizerPage.getByTestId('audit-table').textContent()).toContain(
      'Ændrede forummets indstillinger',
    );
    expect(await organizerPage.getByTestId('audit-table').textContent()).toContain('settings.retentionDays');
    axe.adminAudit = await seriousAxeViolations(organizerPage);
    await organizerPage.getByTestId('admin-tab-privacy').click();
    await organizerPage.getByTestId('retention-state').waitFor();
    await organizerPage.getByTestId('member-data-pick').selectOption(f.chefs[0]!.id);
    await organizerPage.getByTestId('member-data-show').click();
    await organizerPage.getByTestId('member-data-table').waitFor();
    axe.adminPrivacy = await seriousAxeViolations(organizerPage);
  });

  it('administration: removes a member by keyboard, erasing their answers; Cancel changes nothing', async () => {
    const leaver = f.chefs[0]!;
    const answersOf = async (memberId: string) =>
      (
        await f.api.allAnswers(
          f.organizer.aadObjectId,
          f.department.id,
          f.questions.map((q) => q.id),
        )
      ).filter((a) => a.memberId === memberId).length;
    const isMember = async (memberId: string) =>
      (await f.api.members(f.organizer.aadObjectId, f.forum.id)).members.some((m) => m.id === memberId);
    const focusedTestId = () =>
      organizerPage.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
    expect(await answersOf(leaver.id)).toBeGreaterThan(0);

    await organizerPage.goto(`${f.url}/tab/#/admin?section=people`);
    await organizerPage.reload();
    await organizerPage.getByTestId('members-table').waitFor();
    const removeButton = organizerPage.getByRole('button', { name: `Fjern ${leaver.name}`, exact: true });

    // Step one only asks: the dialog shows what goes, the safe button has the focus; Cancel changes nothing.
    await removeButton.focus();
    await organizerPage.keyboard.press('Enter');
    const dialog = organizerPage.getByTestId('member-remove-dialog');
    await dialog
      .getByTestId('member-remove-preview')
      .getByText(/har \d+ svar og \d+ gemte? udgaver?/)
      .waitFor();
    expect(await dialog.getByTestId('member-remove-keep').isChecked()).toBe(true);
    await organizerPage.waitForFunction(
      () => document.activeElement?.getAttribute('data-testid') === 'member-remove-cancel',
    );
    axe.adminRemoveMember = await seriousAxeViolations(organizerPage);
    await organizerPage.keyboard.press('Enter');
    await organizerPage
      .getByTestId('member-remove-result')
      .getByText('Intet er ændret', { exact: false })
      .waitFor();
    expect(await isMember(leaver.id)).toBe(true);
    expect(await answersOf(leaver.id)).toBeGreaterThan(0);
    // The page is readable again and the focus is back on the row's button.
    expect(await organizerPage.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      `Fjern ${leaver.name}`,
    );
    axe.adminRemoveCancelled = await seriousAxeViolations(organizerPage);

    // Again, by keyboard, choosing "erase their answers too"; step two removes the member and the answers.
    await removeButton.focus();
    await organizerPage.keyboard.press('Enter');
    await dialog.waitFor();
    await organizerPage.waitForFunction(
      () => document.activeElement?.getAttribute('data-testid') === 'member-remove-cancel',
    );
    await organizerPage.keyboard.press('Shift+Tab');
    expect(await focusedTestId()).toBe('member-remove-keep');
    await organizerPage.keyboard.press('ArrowDown');
    expect(await dialog.getByTestId('member-remove-erase').isChecked()).toBe(true);
    await organizerPage.keyboard.press('Tab');
    await organizerPage.keyboard.press('Tab');
    expect(await focusedTestId()).toBe('member-remove-confirm');
    await organizerPage.keyboard.press('Enter');
    await organizerPage
      .getByTestId('member-remove-result')
      .getByText(/er fjernet, og [1-9]\d* svar er slettet/)
      .waitFor();
    await removeButton.waitFor({ state: 'detached' });
    expect(await isMember(leaver.id)).toBe(false);
    expect(await answersOf(leaver.id)).toBe(0);
    await organizerPage.waitForFunction(() => document.activeElement?.id === 'members-title');
    axe.adminRemoved = await seriousAxeViolations(organizerPage);
  });

  it('has no serious or critical axe-core violation on any page', () => {
    expect(axe).toEqual(Object.fromEntries(Object.keys(axe).map((k) => [k, []])));
    expect(Object.keys(axe).length).toBeGreaterThanOrEqual(10);
  });
});
