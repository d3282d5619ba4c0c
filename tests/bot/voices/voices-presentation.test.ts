import JSZip from 'jszip';
import type { DepartmentVoicesResponse, ForumOverviewResponse } from '../../../core/api';
import type { Department, Member } from '../../../core/model';
import { buildSlideDeck, forumDeckSource, type Slide } from '../../../core/presentation';
import { officeText } from '../../support/office-text';
import { manualClock, startTestApp, type TestApp } from '../../support/app-harness';
import { call, cast, devToken } from '../api/support/api-client';
import { voiceRound } from '../store/voices/voice-fixtures';

/** Words only the hidden voice uses: none of them may leave the store in any view or file. */
const HIDDEN = 'Hemmeligholdt Xylofonsvar';

/** The text of each slide of a PowerPoint file, in slide order. */
async function slideTexts(data: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(data);
  const names = Object.keys(zip.files)
    .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  return Promise.all(
    names.map(async (n) =>
      [...(await zip.file(n)!.async('string')).matchAll(/<a:t>([^<]*)<\/a:t>/g)]
        .map((m) => m[1]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"'))
        .join('\n'),
    ),
  );
}

/** A slide's texts as the model has them (what the PowerPoint file must say). */
function modelTexts(slide: Slide): string[] {
  if (slide.kind === 'cover') return [slide.title, ...slide.lines];
  return [
    slide.title,
    slide.subtitle,
    ...slide.sections.flatMap((s) => [
      s.heading,
      ...(s.empty === null ? [] : [s.empty]),
      ...s.items.map((i) => i.text),
      ...(s.more === null ? [] : [s.more]),
    ]),
  ];
}

describe('voices in presentation mode and the exports: only shown voices, never a hidden one', () => {
  let app: TestApp;
  let forumId: string;
  let dept: Department;
  let chef: Member;
  let tokens: Record<'chef' | 'organizer', string>;
  const clock = manualClock('2019-09-05T08:00:00.000Z');
  let roundId: string;

  const submit = async (i: number, groupId: string, text: string, state: 'shown' | 'hidden' | 'waiting') => {
    const id = `v-${i}`;
    await app.app.voices.submitVoice({
      voice: {
        id,
        roundId,
        forumId,
        departmentId: dept.id,
        groupId,
        text,
        state: 'waiting',
        createdAt: new Date(Date.parse('2019-09-05T08:00:00.000Z') - i * 60_000).toISOString(),
        moderatedAt: null,
      },
      limits: [],
    });
    if (state !== 'waiting') await app.app.voices.moderateVoice(id, state, clock.now().toISOString());
  };

  beforeAll(async () => {
    app = await startTestApp({ clock });
    forumId = (await app.deps.store.listForums())[0]!.id;
    const people = await cast(app.deps, forumId);
    dept = people.departments.find((d) => people.chefsOf(d.id).length > 0)!;
    chef = people.chefsOf(dept.id)[0]!;
    tokens = {
      chef: await devToken(app.url, chef.aadObjectId),
      organizer: await devToken(app.url, people.organizer.aadObjectId),
    };
    roundId = 'voices-presentation-round';
    await app.app.voices.createRound(
      voiceRound({
        id: roundId,
        forumId,
        departmentId: dept.id,
        closesAt: '2019-09-30T22:00:00.000Z',
        createdAt: clock.now().toISOString(),
        createdBy: chef.id,
      }),
    );
    await submit(1, 'borgere', 'Mere tillid og tid til borgerne.', 'shown');
    await submit(2, 'medarbejdere', 'Giv medarbejderne tillid og tid.', 'shown');
    await submit(3, 'ledere', 'Tillid til lederne.', 'shown');
    await submit(4, 'borgere', `${HIDDEN} med tillid tillid`, 'hidden');
    await submit(5, 'borgere', 'Ventende Kvartsvar om tillid', 'waiting');
  });
  afterAll(async () => app?.stop());

  const overview = async () => {
    const res = await call<ForumOverviewResponse>(app.url, `/api/forums/${forumId}/overview`, {
      token: tokens.organizer,
    });
    expect(res.status).toBe(200);
    return res.body;
  };
  const download = async (path: string, token: string) => {
    const res = await fetch(`${app.url}${path}?locale=da`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  };

  it('the department’s chefs see the recurring words of the shown voices in the Stemmer section', async () => {
    const res = await call<DepartmentVoicesResponse>(app.url, `/api/departments/${dept.id}/voices`, {
      token: tokens.chef,
    });
    expect(res.body.summary.words).toEqual(
      [
        { word: 'tid', voices: 2 },
        { word: 'tillid', voices: 3 },
      ].sort((a, b) => b.voices - a.voices),
    );
    expect(res.body.summary.wordsFrom).toBe(3);
    expect(JSON.stringify(res.body.summary)).not.toMatch(/Hemmeligholdt|Xylofonsvar|Kvartsvar/i);
  });

  it('while the department does not share: the overview and the forum deck show counts only', async () => {
    const data = await overview();
    const glance = data.voices[dept.id]!;
    expect(glance.total.shown).toBe(3);
    expect(glance.texts).toBe(false);
    expect(glance.samples).toEqual([]);
    expect(glance.words).toEqual([]);
    const deck = await slideTexts(await download(`/api/forums/${forumId}/export.pptx`, tokens.organizer));
    const model = buildSlideDeck(forumDeckSource(data.forum, data.overview, data.voices), 'da');
    const at = model.findIndex((s) => s.kind === 'voices');
    expect(deck[at]).toMatch(/Afdelingen deler ikke teksterne med forummet\./);
    expect(deck[at]).not.toMatch(/Mere tillid og tid/);
  });

  it('once shared: the voices slide in the tab’s deck and the forum PowerPoint, text for text, no hidden voice', async () => {
    await app.app.voices.updateRound(roundId, { shared: true });
    const data = await overview();
    expect(JSON.stringify(data)).not.toMatch(/Hemmeligholdt|Xylofonsvar|Kvartsvar/i);
    const model = buildSlideDeck(forumDeckSource(data.forum, data.overview, data.voices), 'da');
    const at = model.findIndex((s) => s.kind === 'voices');
    expect(at).toBeGreaterThan(0);
    expect(model[at - 1]).toMatchObject({ kind: 'department', departmentId: dept.id });
    const deck = await slideTexts(await download(`/api/forums/${forumId}/export.pptx`, tokens.organizer));
    expect(model.filter((s) => s.kind === 'voices')).toHaveLength(1);
    for (const text of modelTexts(model[at]!)) expect(deck[at]).toContain(text);
    expect(deck[at]).toMatch(/Borgere: »Mere tillid og tid til borgerne\.«/);
    expect(deck[at]).toMatch(/^tillid \(3 stemmer\)$/m);
    expect(deck[at]).toMatch(/^Borgere \(1 stemme\)$/m);
    expect(deck.join('\n')).not.toMatch(/Hemmeligholdt|Xylofonsvar|Kvartsvar/i);
  });

  it('the department’s Word and PowerPoint carry the shown voices and their words, never the hidden one', async () => {
    const docx = await officeText(
      await download(`/api/departments/${dept.id}/export.docx`, tokens.chef),
      'word/',
    );
    expect(docx).toMatch(/Mere tillid og tid til borgerne\./);
    expect(docx).toMatch(/Ord der går igen/);
    expect(docx).not.toMatch(/Hemmeligholdt|Xylofonsvar|Kvartsvar/i);
    const pptx = await slideTexts(await download(`/api/departments/${dept.id}/export.pptx`, tokens.chef));
    expect(pptx[2]).toMatch(/^Stemmer til /);
    expect(pptx.join('\n')).not.toMatch(/Hemmeligholdt|Xylofonsvar|Kvartsvar/i);
    const csv = (await download(`/api/departments/${dept.id}/voices.csv`, tokens.chef)).toString('utf8');
    expect(csv).toMatch(/Giv medarbejderne tillid og tid\./);
    expect(csv).not.toMatch(/Hemmeligholdt|Xylofonsvar|Kvartsvar/i);
  });
});
