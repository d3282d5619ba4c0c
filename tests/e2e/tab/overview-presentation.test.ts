import type { Page } from 'playwright-core';
import { localize } from '../../../core/i18n';
import type { Department, Member, Question } from '../../../core/model';
import { describeWithBrowser } from '../../support/browser';
import { answerThroughBot, sampleInputs } from './answer-through-bot';
import { layoutFailures } from './layout-checks';
import { startTabFixture, type TabFixture } from './tab-fixture';
import { screenshot, seriousAxeViolations, signedInPage } from './tab-page-helpers';

jest.setTimeout(240_000);

const THEMES = ['default', 'dark', 'contrast'] as const;
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];

const LONG =
  'Vi har lært, at borgerne skal inddrages tidligt, og at det kræver tid, tillid og tydelige rammer for alle parter – også når det går stærkt.';

/** Card inputs that fill every field of a question with long text (as many items as the card allows). */
function longInputs(question: Question, chef: number): Record<string, string> {
  const p = (field: string) => `q${question.number}_${field}`;
  const shape = question.shape;
  if (shape.kind === 'improvements') {
    const inputs: Record<string, string> = {};
    for (let i = 1; i <= shape.maxItems; i++) {
      inputs[p(`i${i}`)] = `Forbedring ${i} fra chef ${chef + 1}: ${LONG}`;
      for (let a = 1; a <= shape.maxActionsPerItem; a++) {
        inputs[p(`i${i}a${a}_what`)] = `Handling ${i}.${a}: ${LONG}`;
        inputs[p(`i${i}a${a}_who`)] =
          'Ledergruppen, sekretariatet og de frivillige koordinatorer i lokalområderne';
        inputs[p(`i${i}a${a}_when`)] = a % 2 ? '2019-10-01' : '2019-12-15';
      }
    }
    return inputs;
  }
  if (shape.kind === 'indicators') {
    const inputs: Record<string, string> = {};
    for (let i = 1; i <= shape.maxItems; i++) {
      inputs[p(`n${i}`)] = `Indikator ${i}: ${LONG}`;
      inputs[p(`n${i}_type`)] = ['quality', 'efficiency', 'democracy'][i % 3]!;
      inputs[p(`n${i}_mode`)] = i % 2 ? 'co-creation' : 'co-production';
    }
    return inputs;
  }
  if (shape.kind === 'textWithPrinciples')
    return { [p('text')]: LONG, [p('principles')]: ['1,2,3', '4,5,6', '7,3,6'][chef % 3]! };
  return sampleInputs(question, chef + 1);
}

describeWithBrowser('the forum overview and the presentation in Chromium (themes × screen sizes)', () => {
  let f: TabFixture;
  let page: Page;
  let departments: Department[];
  let longDepartment: Department;
  const name = (d: Department) => localize(d.name, 'da');

  beforeAll(async () => {
    f = await startTabFixture();
    const forumData = await f.api.forum(f.organizer.aadObjectId, f.forum.id);
    departments = [...forumData.departments].sort((a, b) => a.sortOrder - b.sortOrder);
    longDepartment = departments[1]!;
    const { members } = await f.api.members(f.organizer.aadObjectId, f.forum.id);
    const chefsOf = (d: Department): Member[] =>
      members.filter((m) => m.role === 'chef' && m.departmentIds.includes(d.id));
    const answer = async (member: Member, question: Question, inputs: Record<string, string>) => {
      const res = await answerThroughBot({
        baseUrl: f.url,
        serviceUrl: f.connector.url,
        member,
        question,
        inputs,
      });
      expect(res.status).toBeLessThan(300);
    };
    // A department with ordinary answers, one whose chefs wrote as much as the cards allow.
    for (const question of f.questions) await answer(f.chefs[0]!, question, sampleInputs(question, 1));
    for (const [chef, member] of chefsOf(longDepartment).entries())
      for (const question of f.questions) await answer(member, question, longInputs(question, chef));
    await f.api.saveTakeaways(f.organizer.aadObjectId, departments[0]!.id, 'Borgerne skal med fra start.', 0);
    await f.api.saveTakeaways(
      f.organizer.aadObjectId,
      longDepartment.id,
      Array.from({ length: 12 }, (_, i) => `${i + 1}. ${LONG} ${LONG}`).join('\n\n'),
      0,
    );
    // The long department heard people outside the forum: long voices, shown and shared with the
    // forum, so its voices slide follows its own (slide 4) and must fit too.
    const voicesChef = chefsOf(longDepartment)[0]!;
    // The server's clock may stand in the example's autumn or today: the last day is the final
    // meeting's, or ten days from now if that has passed.
    const openRound = (closesOn: string) =>
      f.api.call(voicesChef.aadObjectId, 'openVoiceRound', {
        params: { departmentId: longDepartment.id },
        body: { closesOn },
      });
    const { round } = await openRound(f.forum.finalMeetingDate).catch(() =>
      openRound(new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10)),
    );
    await f.api.call(voicesChef.aadObjectId, 'updateVoiceRound', {
      params: { roundId: round.id },
      body: { shared: true },
    });
    const groups = ['ledere', 'medarbejdere', 'borgere', 'virksomheder'];
    for (let i = 0; i < 8; i++) {
      const res = await fetch(f.url + new URL(round.link!).pathname, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          group: groups[i % 4]!,
          text: `${i + 1}. ${LONG} ${LONG} ${LONG}`,
        }).toString(),
        redirect: 'manual',
      });
      expect(res.status).toBe(303);
    }
    const waiting = await f.api.call(voicesChef.aadObjectId, 'voicesToModerate', {
      params: { departmentId: longDepartment.id },
      query: { state: 'waiting' },
    });
    for (const v of waiting.voices)
      await f.api.call(voicesChef.aadObjectId, 'moderateVoice', {
        params: { voiceId: v.id },
        body: { state: 'shown' },
      });
    page = await signedInPage(f.browser.context, f.url, f.organizer.name, '#/overview');
  }, 240_000);

  afterAll(async () => {
    await f?.stop();
  });

  const open = async (theme: string, hash: string, size: { width: number; height: number }) => {
    await page.setViewportSize(size);
    await page.goto(`${f.url}/tab/?theme=${theme}${hash}`);
    await page.locator(`[data-theme="${theme}"]`).first().waitFor();
  };

  it('overview: every theme and size shows the comparison without overlapping or clipped text, axe clean', async () => {
    const problems: Record<string, string[]> = {};
    for (const theme of THEMES) {
      for (const size of SIZES) {
        await open(theme, '#/overview', size);
        await page.getByTestId('overview-table').waitFor();
        expect(await page.getByTestId('overview-department').count()).toBe(departments.length);
        const key = `${theme} ${size.width}×${size.height}`;
        problems[key] = await layoutFailures(page);
        if (size.width === 1280) {
          problems[`${key} axe`] = await seriousAxeViolations(page);
          await screenshot(page, `overview-${theme}`);
        }
      }
    }
    expect(Object.entries(problems).filter(([, p]) => p.length > 0)).toEqual([]);
    // The organizer sees who is behind: participation and overdue actions per department, in Danish.
    const row = page.getByTestId('overview-department').filter({ hasText: name(longDepartment) });
    await row.getByText('3 af 3 har svaret').waitFor();
    expect(await row.textContent()).toMatch(/\d+ overskredet/);
    await page.getByRole('link', { name: name(longDepartment) }).click();
    await page.getByRole('heading', { level: 1, name: `Opsamling: ${name(longDepartment)}` }).waitFor();
  });

  it('overview: every column sorts from the keyboard, and aria-sort says how', async () => {
    await open('default', '#/overview', SIZES[0]!);
    const header = (key: string) => page.getByTestId(`sort-${key}`);
    const names = async () =>
      page.getByTestId('overview-department').locator('td:first-child').allTextContents();
    await page
      .getByTestId('overview-department')
      .nth(departments.length - 1)
      .waitFor();
    const forumOrder = await names();
    expect(forumOrder).toEqual(departments.map(name));

    await header('name').getByRole('button').focus();
    await page.keyboard.press('Enter');
    expect(await header('name').getAttribute('aria-sort')).toBe('ascending');
    expect(await names()).toEqual([...forumOrder].sort((a, b) => a.localeCompare(b, 'da-DK')));
    await page.keyboard.press(' ');
    expect(await header('name').getAttribute('aria-sort')).toBe('descending');
    expect(await names()).toEqual([...forumOrder].sort((a, b) => b.localeCompare(a, 'da-DK')));

    // Tab on to the participation column: the least answered first, then the most.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('th')?.dataset.testid)).toBe(
      'sort-participation',
    );
    await page.keyboard.press('Enter');
    expect(await header('participation').getAttribute('aria-sort')).toBe('ascending');
    expect(await header('name').getAttribute('aria-sort')).toBe('none');
    const ascending = await names();
    expect(ascending.at(-1)).toBe(name(longDepartment));
    await page.keyboard.press('Enter');
    expect((await names())[0]).toBe(name(longDepartment));

    for (const key of ['principles', 'actions', 'indicators']) {
      await header(key).getByRole('button').focus();
      await page.keyboard.press('Enter');
      expect([key, await header(key).getAttribute('aria-sort')]).toEqual([key, 'ascending']);
      await page.keyboard.press('Enter');
      expect([key, (await names())[0]]).toEqual([key, name(longDepartment)]);
    }
  });

  it('presentation: every slide fits 16:9 without overlapping or clipped text in every theme and size', async () => {
    const problems: Record<string, string[]> = {};
    // The cover, every department (the long one followed by its voices slide), then the closing slide.
    const slideCount = 1 + departments.length + 1 + 1;
    for (const theme of THEMES) {
      for (const size of SIZES) {
        await open(theme, '#/present/1', size);
        for (let i = 1; i <= slideCount; i++) {
          await page.getByTestId('slide-counter').getByText(`Dias ${i} af ${slideCount}`).waitFor();
          const key = `${theme} ${size.width}×${size.height} slide ${i}`;
          problems[key] = await layoutFailures(page, { scope: '[data-testid="presentation"]' });
          const box = (await page.getByTestId('slide').boundingBox())!;
          // Letterboxed: 16:9, inside the window, as wide or as high as the stage allows.
          expect(Math.abs(box.width / box.height - 16 / 9)).toBeLessThan(0.01);
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(size.width);
          expect(box.width).toBeGreaterThan(size.width * 0.75);
          if (i === 3 && size.width === 1920) await screenshot(page, `presentation-${theme}`);
          if (i === slideCount)
            expect(await page.locator('#slide-title').textContent()).toBe('Det har vi lært på tværs');
          await page.keyboard.press('PageDown');
        }
        if (size.width === 1280) problems[`${theme} axe`] = await seriousAxeViolations(page);
      }
    }
    expect(Object.entries(problems).filter(([, p]) => p.length > 0)).toEqual([]);
  });

  it('presentation: type scales with the screen, and long content ends in "+N mere" instead of overflowing', async () => {
    const titleSize = async () =>
      page.locator('#slide-title').evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    await open('default', '#/present/3', SIZES[0]!);
    await page.getByRole('heading', { level: 2, name: name(longDepartment) }).waitFor();
    const small = await titleSize();
    for (const key of ['takeaways', 'actions', 'indicators'])
      expect([key, await page.getByTestId(`slide-${key}`).getByTestId('slide-more').textContent()]).toEqual([
        key,
        expect.stringMatching(/^\+\d+ mere$/),
      ]);
    await open('default', '#/present/3', SIZES[2]!);
    await page.getByRole('heading', { level: 2, name: name(longDepartment) }).waitFor();
    expect((await titleSize()) / small).toBeGreaterThan(2.5);
    expect(small).toBeGreaterThanOrEqual(32);
  });

  it('presentation: the voices slide follows its department, counts by group, recurring words and voices cut to fit', async () => {
    await open('default', '#/present/4', SIZES[0]!);
    await page.getByRole('heading', { level: 2, name: `Stemmer til ${name(longDepartment)}` }).waitFor();
    const groups = await page.getByTestId('slide-voiceGroups').textContent();
    expect(groups).toMatch(/Ledere2 stemmer/);
    expect(await page.getByTestId('slide-voiceWords').textContent()).toMatch(/borgerne8 stemmer/);
    const texts = page.getByTestId('slide-voiceTexts');
    expect(await texts.textContent()).toMatch(/^Nogle af stemmerneLedere: »\d\. Vi har lært/);
    expect(await texts.getByTestId('slide-more').textContent()).toMatch(/^\+\d+ mere$/);
    expect(await layoutFailures(page, { scope: '[data-testid="presentation"]' })).toEqual([]);
    await screenshot(page, 'presentation-voices');
  });

  it('presentation: keys and clicker move between slides, and the position is announced', async () => {
    await open('default', '#/present/1', SIZES[0]!);
    const count = 1 + departments.length + 1 + 1;
    const at = async (n: number) => {
      await page.getByTestId('slide-counter').getByText(`Dias ${n} af ${count}`).waitFor();
      expect(page.url()).toMatch(new RegExp(`#/present/${n}$`));
    };
    await at(1);
    for (const [key, n] of [
      ['ArrowRight', 2],
      ['PageDown', 3],
      [' ', 4],
      ['Shift+ ', 3],
      ['PageUp', 2],
      ['ArrowLeft', 1],
      ['ArrowLeft', 1],
      ['End', count],
      ['ArrowRight', count],
      ['Home', 1],
    ] as const) {
      await page.keyboard.press(key === 'Shift+ ' ? 'Shift+Space' : key === ' ' ? 'Space' : key);
      await at(n);
    }
    await page.keyboard.press('PageDown');
    await page
      .getByTestId('slide-announcement')
      .getByText(`Dias 2 af ${count}: ${name(departments[0]!)}`)
      .waitFor();
    expect(await page.getByTestId('slide-announcement').getAttribute('aria-live')).toBe('polite');
    // A focused button keeps Space for itself (one step, not two).
    await page.getByTestId('slide-next').focus();
    await page.keyboard.press('Space');
    await at(3);
  });
});
