import JSZip from 'jszip';
import type { ForumOverviewResponse } from '../../../core/api/types';
import type { Locale } from '../../../core/model';
import {
  buildSlideDeck,
  departmentSlideSource,
  forumDeckSource,
  type Slide,
  type SlideItem,
} from '../../../core/presentation';
import { startTestApp, type TestApp } from '../../support/app-harness';
import { answerAll } from './support/answers';
import { call, cast, devToken } from './support/api-client';

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Each slide's paragraphs as PowerPoint holds them, in slide order (empty paragraphs left out). */
async function slideParagraphs(data: Buffer): Promise<string[][]> {
  const zip = await JSZip.loadAsync(data);
  const numbers = Object.keys(zip.files)
    .map((f) => /^ppt\/slides\/slide(\d+)\.xml$/.exec(f)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
  return Promise.all(
    numbers.map(async (n) => {
      const xml = await zip.file(`ppt/slides/slide${n}.xml`)!.async('string');
      return [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)]
        .map((p) => decode([...p[1]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join('')))
        .filter((text) => text.trim() !== '' && !/^\d+$/.test(text.trim()));
    }),
  );
}

/** How a model slide reads, paragraph by paragraph: title, subtitle, then each section's heading and lines. */
function expectedParagraphs(slide: Slide): string[] {
  if (slide.kind === 'cover') return [slide.title, ...slide.lines];
  const item = (i: SlideItem) => [
    i.countText === null ? i.text : `${i.text} (${i.countText})`,
    ...(i.detail === null ? [] : [`${i.detail}${i.statusText === null ? '' : `  ${i.statusText}`}`]),
  ];
  return [
    slide.title,
    slide.subtitle,
    ...slide.sections.flatMap((s) => [
      s.heading,
      ...(s.empty === null ? [] : [s.empty]),
      ...s.items.flatMap(item),
      ...(s.more === null ? [] : [s.more]),
    ]),
  ];
}

describe('the PowerPoint export opens with the presentation’s slides (core/presentation)', () => {
  let app: TestApp;
  let forumId: string;
  let departmentId: string;
  let organizerToken: string;

  beforeAll(async () => {
    app = await startTestApp();
    forumId = (await app.deps.store.listForums())[0]!.id;
    const c = await cast(app.deps, forumId);
    departmentId = c.departments[0]!.id;
    const chefs = c.chefsOf(departmentId);
    for (const chef of chefs.slice(0, 2))
      await answerAll(app.deps, chef, (q) => `Svar ${q.number} fra ${chef.name}: borgerne med fra start`);
    await app.deps.store.saveTakeaways(
      departmentId,
      'Borgerne skal med, før vi kender løsningen.\nSmå forsøg lærer os mere end store planer.',
      0,
      chefs[0]!.id,
      new Date().toISOString(),
    );
    organizerToken = await devToken(app.url, c.organizer.aadObjectId);
  });
  afterAll(() => app.stop());

  async function download(path: string, locale: Locale): Promise<Buffer> {
    const res = await fetch(`${app.url}${path}?locale=${locale}`, {
      headers: { authorization: `Bearer ${organizerToken}` },
    });
    expect(res.status).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  }

  async function overview() {
    const res = await call<ForumOverviewResponse>(app.url, `/api/forums/${forumId}/overview`, {
      token: organizerToken,
    });
    expect(res.status).toBe(200);
    return res.body;
  }

  it.each(['da', 'en'] as const)(
    'forum deck (%s): the cover, every department’s slide and the closing slide, text for text',
    async (locale) => {
      const data = await overview();
      const model = buildSlideDeck(forumDeckSource(data.forum, data.overview), locale);
      expect(model).toHaveLength(1 + data.departments.length + 1);
      expect(model.at(-1)!.kind).toBe('closing');
      const deck = await slideParagraphs(await download(`/api/forums/${forumId}/export.pptx`, locale));
      expect(deck.slice(0, model.length)).toEqual(model.map(expectedParagraphs));
      // The answered department's slide carries its takeaways and principles, not only empty states.
      const answered = model.findIndex((s) => s.kind === 'department' && s.departmentId === departmentId);
      expect(deck[answered]).toContain('Borgerne skal med, før vi kender løsningen.');
      expect(deck[answered]!.some((p) => /^\d\. .+ \(\d+ (chef|chefer|chefs)\)$/.test(p))).toBe(true);
      // The deck's last slide before the appendix is the closing slide, counted across the departments.
      const closing = deck[model.length - 1]!;
      expect(closing[0]).toBe(
        locale === 'da' ? 'Det har vi lært på tværs' : 'What we learned across the forum',
      );
      expect(closing.some((p) => /^\d\. .+ \(1 (afdeling|department)\)$/.test(p))).toBe(true);
      // The details follow as an appendix.
      expect(deck[model.length]![0]).toBe(locale === 'da' ? 'Bilag: detaljer' : 'Appendix: details');
    },
  );

  it('department deck: the cover and the department’s slide, then the appendix', async () => {
    const data = await overview();
    const summary = data.overview.departments.find((d) => d.departmentId === departmentId)!;
    const model = buildSlideDeck(
      {
        forumName: data.forum.name,
        kickoffDate: data.forum.kickoffDate,
        finalMeetingDate: data.forum.finalMeetingDate,
        participation: summary.participation,
        departments: [departmentSlideSource(summary)],
      },
      'da',
      { closing: false },
    );
    expect(model.map((s) => s.kind)).toEqual(['cover', 'department']);
    const deck = await slideParagraphs(await download(`/api/departments/${departmentId}/export.pptx`, 'da'));
    expect(deck.slice(0, 2)).toEqual(model.map(expectedParagraphs));
    expect(deck[2]![0]).toBe('Bilag: detaljer');
  });
});
