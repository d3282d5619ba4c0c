/**
 * `npm run screenshots`: the README's pictures of the tab. Starts the server in-process (SQLite in a
 * temporary folder, the seeded example forum, dev sign-in, the clock on 5 November 2019), lets the
 * example chefs answer with the demo's answers (some departments fully, some partly, one not yet),
 * writes takeaways, and photographs the summary, the overview and a presentation slide, in the light
 * and the dark theme, with Debian's Chromium in Danish. Writes docs/images/<page>-<theme>.png.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Frame, type Page } from 'playwright-core';
import { createApp } from '../bot/app';
import { loadConfig } from '../bot/config';
import { demoAnswer } from '../core/example-forum/demo-answers';
import { openInTeams, simulateTeams, type SimulatedHost } from './teams-host-simulation';

const ROOT = join(__dirname, '..');
const OUT = join(ROOT, 'docs/images');
const NOW = new Date('2019-11-05T09:00:00.000Z');
const CHROMIUM = '/usr/bin/chromium';

const TAKEAWAYS = [
  'Borgerne skal med, før vi kender løsningen – ikke først når den skal leveres.\nVi skal være ærlige om, hvad der kan påvirkes, og hvad der ligger fast.',
  'Forældre er en ressource i overgangen til skole, når vi inviterer dem tidligt.\nSmå forsøg lærer os mere end store planer.',
  'De frivillige bærer meget; vores opgave er at skabe rammerne og gå af vejen.',
  'Virksomhederne vil gerne, når vi gør det enkelt at sige ja.\nVi mangler fælles mål for, hvornår et forløb er lykkedes.',
  '',
  '',
];

/** How many of a department's chefs have answered, by the department's place in the forum. */
const ANSWERING = (index: number, chefs: number) =>
  [chefs, chefs - 1, chefs - 2, chefs, chefs - 1, 0][index] ?? 0;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'samskab-screenshots-'));
  const config = loadConfig({
    NODE_ENV: 'development',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    SQLITE_PATH: join(dir, 'samskab.sqlite'),
    SCHEDULER_ENABLED: 'false',
    SEED_EXAMPLE: 'true',
  });
  const app = await createApp(config, { clock: { now: () => new Date(NOW) } });
  const url = await app.start();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const { forumId, departmentId, organizer, organizerAad } = await fillWithDemoAnswers(app.deps.store);
    mkdirSync(OUT, { recursive: true });
    for (const theme of ['light', 'dark'] as const) {
      const query = theme === 'dark' ? '?theme=dark' : '?theme=default';
      const context = await browser.newContext({
        locale: 'da-DK',
        viewport: { width: 1440, height: 900 },
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      await signIn(page, `${url}/tab/${query}#/overview`, organizer);
      await page.getByTestId('overview-table').waitFor();
      await shoot(page, `overview-${theme}`);

      await page.goto(`${url}/tab/${query}#/department/${departmentId}`);
      await page.getByRole('heading', { level: 1, name: /^Opsamling: / }).waitFor();
      await shoot(page, `summary-${theme}`);

      await page.setViewportSize({ width: 1600, height: 900 });
      await page.goto(`${url}/tab/${query}#/present/2`);
      await page.getByTestId('slide-takeaways').waitFor();
      await shoot(page, `presentation-${theme}`);
      await context.close();
    }
    await shootMeeting(browser, url, organizerAad);
    process.stdout.write(`screenshots of forum ${forumId} written to ${OUT}\n`);
  } finally {
    await browser.close();
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

type Store = Awaited<ReturnType<typeof createApp>>['deps']['store'];

/** The example chefs answer every question with the demo's answers; departments differ in how many did. */
async function fillWithDemoAnswers(store: Store) {
  const forum = (await store.listForums())[0]!;
  const [departments, questions, members] = await Promise.all([
    store.listDepartments(forum.id),
    store.listQuestions(forum.id),
    store.listMembers(forum.id),
  ]);
  const ordered = [...departments].sort((a, b) => a.sortOrder - b.sortOrder);
  const at = NOW.toISOString();
  for (const [index, department] of ordered.entries()) {
    const chefs = members.filter((m) => m.role === 'chef' && m.departmentIds.includes(department.id));
    for (const [chef, member] of chefs.slice(0, ANSWERING(index, chefs.length)).entries()) {
      for (const question of questions) {
        const saved = await store.saveAnswer({
          forumId: forum.id,
          departmentId: department.id,
          questionId: question.id,
          memberId: member.id,
          value: demoAnswer(question, index, chef, forum.finalMeetingDate),
          at,
        });
        if (!saved.ok) throw new Error(`could not save a demo answer: ${JSON.stringify(saved)}`);
      }
    }
    const takeaways = TAKEAWAYS[index];
    if (takeaways && chefs[0]) await store.saveTakeaways(department.id, takeaways, 0, chefs[0].id, at);
  }
  const organizer = members.find((m) => m.role === 'organizer');
  if (!organizer) throw new Error('the example forum has no organizer');
  return {
    forumId: forum.id,
    departmentId: ordered[0]!.id,
    organizer: organizer.name,
    organizerAad: organizer.aadObjectId,
  };
}

/**
 * The final meeting in Teams, with the host simulated at the teams-js boundary: the side panel
 * (a department just shared) and the meeting stage showing that department's slide.
 */
async function shootMeeting(browser: import('playwright-core').Browser, url: string, organizerAad: string) {
  const response = await fetch(`${url}/api/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ aadObjectId: organizerAad }),
  });
  const { token } = (await response.json()) as { token: string };
  const host: SimulatedHost = { frameContext: 'sidePanel', hash: '#/meeting', token, calls: [] };
  const context = await browser.newContext({ locale: 'da-DK', reducedMotion: 'reduce' });
  await simulateTeams(context, url, host);
  try {
    const panel = await openInTeams(context, host, { frameContext: 'sidePanel', hash: '#/meeting', token });
    await panel.page.setViewportSize({ width: 420, height: 900 });
    await panel.frame.getByTestId('meeting-slide').nth(1).getByRole('button').click();
    await panel.frame.getByTestId('meeting-status').filter({ hasText: 'Mødeskærmen viser nu' }).waitFor();
    await shoot(panel.page, 'meeting-side-panel', panel.frame);
    const shared = host.calls.find((c) => c.func === 'meeting.shareAppContentToStage')!.args[0] as string;
    const stage = await openInTeams(context, host, {
      frameContext: 'meetingStage',
      hash: new URL(shared).hash,
      token,
    });
    await stage.page.setViewportSize({ width: 1600, height: 900 });
    await stage.frame.getByTestId('slide-takeaways').waitFor();
    await shoot(stage.page, 'meeting-stage', stage.frame);
  } finally {
    await context.close();
  }
}

async function signIn(page: Page, href: string, name: string): Promise<void> {
  await page.goto(href);
  await page.getByRole('button', { name: `Log ind som ${name}`, exact: true }).click();
  await page.locator('header, [data-testid="presentation"]').first().waitFor();
}

/**
 * A picture of what the page shows on screen once nothing is loading any more (lazy parts such as
 * charts included); the dev-mode banner is left out (not part of the product).
 */
async function shoot(page: Page, name: string, frame: Page | Frame = page): Promise<void> {
  await frame.addStyleTag({ content: '[data-testid="dev-banner"] { display: none !important; }' });
  await frame.locator('.fui-Spinner').first().waitFor({ state: 'detached', timeout: 15_000 });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  process.stdout.write(`wrote docs/images/${name}.png\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`screenshots failed: ${String(error instanceof Error ? error.stack : error)}\n`);
  process.exit(1);
});
