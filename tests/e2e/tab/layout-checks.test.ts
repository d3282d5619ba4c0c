import type { Page } from 'playwright-core';
import { describeWithBrowser, launchBrowser, type LaunchedBrowser } from '../../support/browser';
import { layoutFailures, layoutProblems } from './layout-checks';

describeWithBrowser('layout checks (overlapping and clipped text)', () => {
  let browser: LaunchedBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser({ viewport: { width: 800, height: 600 } });
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const render = (body: string) =>
    page.setContent(
      `<!doctype html><html lang="da"><body style="font: 16px sans-serif">${body}</body></html>`,
    );

  it('passes a plain page of headings and paragraphs', async () => {
    await render('<h1>Overskrift</h1><p>Første linje</p><p>Anden linje <strong>fed</strong> og mere.</p>');
    const report = await layoutProblems(page);
    expect(report).toEqual({ overlaps: [], clipped: [], textElements: 4 });
  });

  it('finds a heading whose tight line height makes it collide with the line below', async () => {
    await render(
      '<h1 style="font-size:48px;line-height:8px;margin:0">Hvad er vi blevet klogere på?</h1><p style="margin:0">Første linje</p>',
    );
    const failures = await layoutFailures(page);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^overlap: <h1> "Hvad er vi blevet klogere på\?" and <p> "Første linje"/);
  });

  it('finds absolutely placed text on top of other text', async () => {
    await render('<p>Under</p><span style="position:absolute;top:8px;left:8px">Ovenpå</span>');
    expect((await layoutProblems(page)).overlaps).toHaveLength(1);
  });

  it('finds text cut by its own box, by an ancestor and by the viewport', async () => {
    await render(
      [
        '<div data-testid="own" style="width:60px;overflow:hidden;white-space:nowrap">En meget lang tekst uden plads</div>',
        '<div style="height:20px;overflow:hidden"><p style="margin:0">Linje et</p><p style="margin:0">Linje to skjult</p></div>',
        '<p style="white-space:nowrap;margin-left:700px">Tekst der løber ud af vinduet</p>',
      ].join(''),
    );
    const { clipped } = await layoutProblems(page);
    expect(clipped).toEqual([
      expect.stringMatching(/^<div in own> "En meget lang tekst uden plads" is \d+ px wider than its box/),
      expect.stringMatching(/^<p> "Linje to skjult" is cut at top or bottom by <div>/),
      expect.stringMatching(/^<p> "Tekst der løber ud af vinduet" runs past the viewport edge/),
    ]);
  });

  it('allows an ellipsis only where a title shows the full text', async () => {
    const cell = (title: string) =>
      `<div ${title} style="width:80px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis">Borgmesterens Afdeling</div>`;
    await render(cell('title="Borgmesterens Afdeling"'));
    expect(await layoutFailures(page)).toEqual([]);
    await render(cell(''));
    expect(await layoutFailures(page)).toEqual([
      expect.stringMatching(/^clipped: <div> "Borgmesterens Afdeling"/),
    ]);
  });

  it('skips visually hidden and invisible text, and says so when nothing is left to check', async () => {
    await render(
      [
        '<span style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)">Kun for skærmlæsere med en lang tekst</span>',
        '<p style="visibility:hidden">Skjult</p>',
        '<p style="display:none">Væk</p>',
        '<a href="#main" style="position:absolute;left:-10000px">Spring til indhold</a>',
      ].join(''),
    );
    expect(await layoutFailures(page)).toEqual(['no text found in body']);
  });

  it('counts a horizontally scrolling container that hides part of a text as clipping', async () => {
    await render(
      '<div style="width:100px;overflow-x:auto"><p style="white-space:nowrap;margin:0">Et bredt tabelindhold der skal rulles</p></div>',
    );
    expect((await layoutProblems(page)).clipped).toEqual([expect.stringMatching(/is cut sideways by <div>/)]);
  });
});
