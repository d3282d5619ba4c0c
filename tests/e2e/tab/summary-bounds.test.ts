/**
 * Summaries stay bounded at any size: against a forum of 100,000 answers (bulk-seeded into the
 * server's SQLite file), every route of the summary, overview and export families answers, each
 * non-export response is at most 1 MB, the CSV streams every answer, and the tab still renders
 * the department page with its answers a page at a time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sqliteBulkWriter } from '../../../bench/summary/databases';
import { largestDepartment, seedDataset, type Dataset } from '../../../bench/summary/dataset';
import { createSqliteStore } from '../../../bot/store';
import { API, pathOf, type ApiRoute, type DepartmentAnswersResponse } from '../../../core/api';
import type { Member } from '../../../core/model';
import { describeWithBrowser, launchBrowser, type LaunchedBrowser } from '../../support/browser';
import { AppClient } from './app-client';
import { ensureTabBuilt } from './tab-build';
import { startServer } from './tab-fixture';

// About a minute of CPU in all (seeding, exports, Chromium); the margin is for a shared machine.
jest.setTimeout(240_000);

const ANSWERS = 100_000;
const ONE_MB = 1024 * 1024;
/** The families under test: summaries, the overview, answer pages and exports. */
const FAMILY =
  /^\/api\/(forums\/:forumId|departments\/:departmentId)\/(summary|overview|export\.(docx|pptx)|answers\.csv|questions\/:questionId\/answers)$/;

describeWithBrowser('summaries, the overview and exports of a forum with 100,000 answers', () => {
  let dir: string;
  let data: Dataset;
  let organizer: Member;
  let chef: Member;
  let server: { url: string; stop(): Promise<void> };
  let browser: LaunchedBrowser;
  let token: string;

  beforeAll(async () => {
    const t0 = Date.now();
    ensureTabBuilt();
    dir = mkdtempSync(join(tmpdir(), 'samskab-bounds-'));
    const file = join(dir, 'forum.sqlite');
    const store = createSqliteStore({ path: file });
    const raw = new BetterSqlite3(file);
    try {
      await store.migrate();
      data = await seedDataset(store, ANSWERS, sqliteBulkWriter(raw));
      raw.exec('analyze');
      const members = await store.listMembers(data.forumId);
      organizer = members.find((m) => m.role === 'organizer')!;
      const biggest = largestDepartment(data);
      // An example chef (seeded with a real name), not one of the bulk ones.
      chef = members.find(
        (m) => m.role === 'chef' && m.departmentIds.includes(biggest.id) && !m.name.startsWith('Chef '),
      )!;
    } finally {
      raw.close();
      await store.close();
    }
    const seeded = Date.now();
    [server, browser] = await Promise.all([startServer({ TAB_TEST_SQLITE_PATH: file }), launchBrowser()]);
    token = await new AppClient(server.url).tokenFor(organizer.aadObjectId);
    console.log(
      `seeded in ${(seeded - t0) / 1000} s, server and browser up in ${(Date.now() - seeded) / 1000} s`,
    );
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const get = (path: string) => fetch(server.url + path, { headers: { Authorization: `Bearer ${token}` } });

  it('every route of the family answers; each non-export response is at most 1 MB', async () => {
    const family = Object.entries(API as Record<string, ApiRoute>).filter(
      ([, r]) => r.method === 'GET' && FAMILY.test(r.path),
    );
    expect(family.map(([name]) => name).sort()).toEqual(
      [
        'departmentAnswers',
        'departmentCsv',
        'departmentDocx',
        'departmentPptx',
        'departmentSummary',
        'forumCsv',
        'forumDocx',
        'forumPptx',
        'overview',
      ].sort(),
    );
    const department = largestDepartment(data);
    const forum = await (await get(pathOf(API.forum, { params: { forumId: data.forumId } }))).json();
    const questionId = (forum as { questions: { id: string; number: number }[] }).questions.find(
      (q) => q.number === 1,
    )!.id;
    const params = { forumId: data.forumId, departmentId: department.id, questionId };
    const sizes: Record<string, number> = {};
    for (const [name, route] of family) {
      const isExport = route.reply.kind === 'file';
      // Each route of the family takes some of these params: typed per route, not across the loop.
      const path = pathOf(route, { params, query: isExport ? { locale: 'da' } : {} } as never);
      const response = await get(path);
      expect([name, response.status]).toEqual([name, 200]);
      const body = Buffer.from(await response.arrayBuffer());
      sizes[name] = body.length;
      if (isExport) {
        if (name === 'forumCsv') {
          // Every answer streamed as one row, after the header.
          expect(body.toString('utf8').split('\r\n').length - 2).toBe(data.answers);
        } else if (name !== 'departmentCsv') expect(body.subarray(0, 2).toString()).toBe('PK');
        continue;
      }
      expect([name, body.length]).toEqual([name, expect.any(Number)]);
      expect(body.length).toBeLessThanOrEqual(ONE_MB);
    }
    // A full page of answers and the next one, by cursor, newest first.
    const first = (await (
      await get(pathOf(API.departmentAnswers, { params, query: { limit: 100 } }))
    ).json()) as DepartmentAnswersResponse;
    expect(first.answers).toHaveLength(100);
    const second = (await (
      await get(pathOf(API.departmentAnswers, { params, query: { limit: 100, cursor: first.nextCursor! } }))
    ).json()) as DepartmentAnswersResponse;
    expect(second.answers).toHaveLength(100);
    expect(second.answers[0]!.updatedAt <= first.answers[99]!.updatedAt).toBe(true);
    expect((await get(pathOf(API.departmentAnswers, { params, query: { limit: 101 } }))).status).toBe(400);
    console.log(`response bytes at ${data.answers} answers: ${JSON.stringify(sizes)}`);
  });

  it('the tab renders the department page and loads further answers on request', async () => {
    const department = largestDepartment(data);
    // Signed in as the chef the way the dev sign-in leaves it (its list of 16,000 people is not under test).
    const chefToken = await new AppClient(server.url).tokenFor(chef.aadObjectId);
    const page = await browser.context.newPage();
    await page.addInitScript(
      ([token, user]) => {
        sessionStorage.setItem('samskab.devToken', token!);
        sessionStorage.setItem('samskab.devUser', user!);
      },
      [chefToken, chef.aadObjectId],
    );
    await page.goto(`${server.url}/tab/#/department/${department.id}`);
    await page.getByTestId('summary-page').waitFor({ timeout: 20_000 });
    const question = page.getByTestId('question-1');
    // A question's details start collapsed: open them as a reader would.
    await page.getByTestId('question-1-toggle').getByRole('button').click();
    await question.getByTestId('answer').nth(19).waitFor();
    expect(await question.getByTestId('answer').count()).toBe(20);
    await question.getByTestId('more-answers').click();
    await question.getByTestId('answer').nth(39).waitFor();
    expect(await question.getByTestId('answer').count()).toBe(40);
    await expect(question.getByTestId('answers-shown').textContent()).resolves.toMatch(
      /Viser 40 af [\d.]+ svar/,
    );
    await page.close();
  });
});
