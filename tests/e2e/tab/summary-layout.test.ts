import type { Page } from 'playwright-core';
import type { Department, Member, Question } from '../../../core/model';
import { describeWithBrowser } from '../../support/browser';
import { answerThroughBot, sampleInputs } from './answer-through-bot';
import { layoutFailures } from './layout-checks';
import { startTabFixture, type TabFixture } from './tab-fixture';
import { screenshot, seriousAxeViolations, signedInPage } from './tab-page-helpers';

jest.setTimeout(120_000);

const THEMES = ['default', 'dark', 'contrast'] as const;
const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];
/** A laptop's tab area with Teams' own chrome left out: the header band must fit in its first 900 px. */
const LAPTOP = { width: 1366, height: 768 };
const FIRST_SCREEN_PX = 900;
const STATES = ['empty', 'partial', 'full'] as const;
type State = (typeof STATES)[number];

const LONG_TEXT =
  'Vi har lært, at samskabelse begynder med at lytte: borgerne, foreningerne og medarbejderne skal ' +
  'være med fra den første skitse, ikke først når beslutningen er taget. Det kræver tid, tillid og ' +
  'mod til at slippe kontrollen – og en ledelse, der tør sige "det ved vi ikke endnu". ' +
  'Tværkommunalsamarbejdsaftalerne skal også kunne læses af dem, de handler om.';

describeWithBrowser('the department summary at a glance (layout, themes, sizes)', () => {
  let f: TabFixture;
  const pages = {} as Record<State, Page>;
  const departments = {} as Record<State, Department>;

  const answer = async (member: Member, question: Question, variant: number, long: boolean) => {
    const inputs = sampleInputs(question, variant);
    const textField = `q${question.number}_text`;
    if (long && textField in inputs) inputs[textField] = `${LONG_TEXT} (${member.name})`;
    const response = await answerThroughBot({
      baseUrl: f.url,
      serviceUrl: f.connector.url,
      member,
      question,
      inputs,
    });
    expect(response.status).toBeLessThan(300);
  };

  const setTheme = async (page: Page, theme: (typeof THEMES)[number]) => {
    await page.getByTestId('theme-switch').selectOption(theme);
    await page.locator(`[data-theme="${theme}"]`).first().waitFor();
  };

  const settle = (page: Page) =>
    page.evaluate(
      () =>
        new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
    );

  /**
   * Layout checks at every size in every theme; axe at the smallest size: every WCAG A/AA rule in
   * the light theme, and the theme-dependent contrast rule again in dark and high contrast.
   */
  const checkEverywhere = async (page: Page, label: string): Promise<string[]> => {
    const failures: string[] = [];
    for (const theme of THEMES) {
      await setTheme(page, theme);
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize(viewport);
        await settle(page);
        const where = `${label} ${theme} ${viewport.width}×${viewport.height}`;
        failures.push(...(await layoutFailures(page)).map((m) => `${where}: ${m}`));
        if (viewport !== VIEWPORTS[0]) continue;
        await screenshot(page, `summary-${label.replace(/\W+/g, '-')}-${theme}`);
        const rules = theme === 'default' ? undefined : ['color-contrast'];
        failures.push(...(await seriousAxeViolations(page, rules)).map((m) => `${where} axe: ${m}`));
      }
    }
    await setTheme(page, 'default');
    return failures;
  };

  beforeAll(async () => {
    f = await startTabFixture();
    const organizer = f.organizer;
    const forumData = await f.api.forum(organizer.aadObjectId, f.forum.id);
    const { members } = await f.api.members(organizer.aadObjectId, f.forum.id);
    const sorted = [...forumData.departments].sort((a, b) => a.sortOrder - b.sortOrder);
    const chefsOf = (d: Department) =>
      members.filter((m) => m.role === 'chef' && m.departmentIds.includes(d.id));
    departments.partial = sorted[0]!;
    departments.full = sorted.find((d, i) => i > 0 && chefsOf(d).length >= 2)!;
    departments.empty = sorted.find((d) => d !== departments.partial && d !== departments.full)!;

    // Partial: one chef has answered the first three questions.
    for (const question of f.questions.slice(0, 3))
      await answer(chefsOf(departments.partial)[0]!, question, 1, false);
    // Full: every chef has answered every question, with long texts, and the group wrote its takeaways.
    for (const [i, chef] of chefsOf(departments.full).entries())
      for (const question of f.questions) await answer(chef, question, i + 1, true);
    const token = await f.api.tokenFor(organizer.aadObjectId);
    const saved = await fetch(`${f.url}/api/departments/${departments.full.id}/takeaways`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: `${LONG_TEXT}\n\n${LONG_TEXT}\n\n${LONG_TEXT}`, expectedVersion: 0 }),
    });
    expect(saved.status).toBe(200);

    for (const state of STATES) {
      pages[state] = await signedInPage(
        f.browser.context,
        f.url,
        organizer.name,
        `#/department/${departments[state].id}`,
      );
      await pages[state].getByTestId('glance-band').waitFor();
    }
  }, 180_000);

  afterAll(async () => {
    await f?.stop();
  });

  for (const state of STATES) {
    it(`${state}: the header band fits the laptop's first 900 px; no overlapping or clipped text, axe clean`, async () => {
      const page = pages[state];
      await page.setViewportSize(LAPTOP);
      await page.evaluate(() => window.scrollTo(0, 0));
      const band = await page.getByTestId('glance-band').boundingBox();
      expect(band).not.toBeNull();
      expect(band!.y + band!.height).toBeLessThanOrEqual(FIRST_SCREEN_PX);
      for (const part of [
        'glance-participation',
        'glance-actions',
        'glance-indicators',
        'glance-takeaways',
      ]) {
        const box = await page.getByTestId(part).boundingBox();
        expect({ part, inside: box !== null && box.y + box.height <= FIRST_SCREEN_PX }).toEqual({
          part,
          inside: true,
        });
      }
      // Details start collapsed: a heading button per question, no answers shown yet.
      const toggles = page.locator('[data-testid^="question-"][data-testid$="-toggle"] button');
      expect(await toggles.count()).toBe(f.questions.length);
      expect(await toggles.evaluateAll((els) => els.map((e) => e.getAttribute('aria-expanded')))).toEqual(
        f.questions.map(() => 'false'),
      );
      expect(await checkEverywhere(page, state)).toEqual([]);
    });
  }

  it('the band says what to do next when nothing is there yet', async () => {
    const page = pages.empty;
    await page
      .getByTestId('glance-participation')
      .getByText(/Ingen har svaret endnu|ingen chefer endnu/)
      .waitFor();
    await page
      .getByTestId('glance-actions')
      .getByText(/Ingen handlinger endnu\. Skriv hvad, hvem og hvornår/)
      .waitFor();
    await page
      .getByTestId('glance-indicators')
      .getByText(/Ingen indikatorer endnu\. Foreslå en/)
      .waitFor();
  });

  it('full: opens the details by keyboard, shows answers as text and charts with a table on demand; layout holds', async () => {
    const page = pages.full;
    await page.setViewportSize({ width: 1280, height: 720 });
    const first = page.getByTestId('question-1-toggle').locator('button');
    await first.focus();
    await page.keyboard.press('Enter');
    expect(await first.getAttribute('aria-expanded')).toBe('true');
    await page.getByTestId('question-1').getByText(LONG_TEXT, { exact: false }).first().waitFor();
    for (const question of f.questions.slice(1)) {
      await page.getByTestId(`question-${question.number}-toggle`).locator('button').click();
    }
    for (const item of ['details-actions', 'details-indicators', 'details-recap'])
      await page.getByTestId(`${item}-toggle`).locator('button').click();
    // The charts come from the lazily loaded charting library.
    const charts = page.locator('[data-testid^="chart-"] .fui-hbc__root');
    await charts.first().waitFor();
    expect(await charts.count()).toBeGreaterThanOrEqual(4);
    const principles = page.getByTestId('chart-principles');
    expect(await principles.locator('table').count()).toBe(0);
    await page.getByTestId('chart-principles-as-table').click();
    await principles.locator('table').waitFor();
    expect(await principles.locator('th[scope="row"]').count()).toBeGreaterThanOrEqual(7);
    expect(await principles.locator('.fui-hbc__root').count()).toBe(0);
    // The charts' tooltips live in portals; none of them may lie over the page and catch its clicks.
    await page.getByTestId('takeaways-save').click({ trial: true, timeout: 5_000 });
    await page.getByTestId('export-docx').click({ trial: true, timeout: 5_000 });
    await screenshot(page, 'summary-details-full');
    expect(await checkEverywhere(page, 'full, details open')).toEqual([]);
  });
});
