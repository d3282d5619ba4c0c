import {
  buildSlideDeck,
  CHARS_PER_LINE,
  departmentSlideSource,
  SECTION_LINES,
  SECTION_ORDER,
  CLOSING_SECTION_ORDER,
  type ClosingSlide,
  type DeckSource,
  type DepartmentSlide,
  type DepartmentSlideSource,
  type SlideSection,
} from '../../../core/presentation';
import { buildDepartmentSummary } from '../../../core/summary';
import type { Answer } from '../../../core/model';
import { everyAnswerShown, example } from '../helpers';

const principle = (number: number, count: number) => ({
  number,
  title: { da: `Princip nummer ${number} om samskabelse`, en: `Principle number ${number} on co-creation` },
  count,
});

function department(over: Partial<DepartmentSlideSource> = {}): DepartmentSlideSource {
  return {
    departmentId: 'd1',
    departmentName: { da: 'Børn og Unge', en: 'Children and Young People' },
    participation: { respondents: 2, members: 3, rate: 0.5 },
    principles: [principle(1, 0), principle(2, 1), principle(3, 4), principle(6, 4)],
    actionPlan: [
      { what: 'Forældreworkshop', who: 'Ledergruppen', byWhen: '2019-10-01', overdue: true },
      { what: 'Borgerpanel', who: 'Sekretariatet', byWhen: '2019-12-01', overdue: false },
    ],
    actionPlanTotal: 2,
    indicators: [{ indicator: 'Forældre deltager', valueType: 'democracy', mode: 'co-creation' }],
    indicatorTotal: 1,
    valueTypes: { quality: 0, efficiency: 0, democracy: 1 },
    takeaways: 'Små forsøg virker.\n\n- Tillid før styring',
    voices: null,
    withheldBelow: { principles: null, actions: null, indicators: null },
    ...over,
  };
}

function deck(departments: DepartmentSlideSource[], locale: 'da' | 'en' = 'da') {
  const source: DeckSource = {
    forumName: { da: 'Strategisk Ledelsesforum', en: 'Strategic Leadership Forum' },
    kickoffDate: '2019-08-30',
    finalMeetingDate: '2019-11-21',
    participation: { respondents: 1234, members: 2000, rate: 0.617 },
    departments,
  };
  return buildSlideDeck(source, locale);
}

const sectionOf = (slide: DepartmentSlide | ClosingSlide, key: SlideSection['key']) =>
  slide.sections.find((s) => s.key === key)!;

/** Lines a section's items take by the model's own budget (an item's text, its detail line). */
const usedLines = (s: SlideSection) =>
  s.items.reduce((n, i) => n + Math.ceil(i.text.length / CHARS_PER_LINE) + (i.detail === null ? 0 : 1), 0) +
  (s.more === null ? 0 : 1);

/** A summary of the example's first department with one chef's principles answer (2 and 5). */
function oneAnswerSummary(showEveryAnswer: boolean) {
  const ex = example();
  const d = ex.departments[0]!;
  const chef = ex.members.find((m) => m.role === 'chef' && m.departmentIds.includes(d.id))!;
  const q = ex.questions.find((q) => q.shape.kind === 'textWithPrinciples')!;
  const answer: Answer = {
    id: 'a1',
    forumId: ex.forum.id,
    departmentId: d.id,
    questionId: q.id,
    memberId: chef.id,
    value: { kind: 'textWithPrinciples', text: 'x', principles: [2, 5] },
    revision: 1,
    createdAt: '2019-09-01T10:00:00.000Z',
    updatedAt: '2019-09-01T10:00:00.000Z',
  };
  return buildDepartmentSummary({
    forum: showEveryAnswer ? everyAnswerShown(ex.forum) : ex.forum,
    department: d,
    members: ex.members,
    questions: ex.questions,
    principles: ex.principles,
    answers: [answer],
    now: '2019-10-01T10:00:00.000Z',
  });
}

describe('the slide model (one structure for the tab and the PowerPoint export)', () => {
  it('is a cover, one slide per department in the given order, then the closing slide; Danish numbers and dates', () => {
    const slides = deck([
      department(),
      department({ departmentId: 'd2', departmentName: { da: 'Sundhed', en: 'Health' } }),
    ]);
    expect(slides.map((s) => s.kind)).toEqual(['cover', 'department', 'department', 'closing']);
    const cover = slides[0]!;
    expect(cover.title).toBe('Strategisk Ledelsesforum');
    if (cover.kind !== 'cover') throw new Error('cover expected');
    expect(cover.lines).toEqual([
      'Kickoff 30. august 2019 · Afsluttende møde 21. november 2019',
      '2 afdelinger · 1.234 af 2.000 chefer har svaret · svarprocent 62 %',
    ]);
    expect(slides.slice(1).map((s) => s.title)).toEqual([
      'Børn og Unge',
      'Sundhed',
      'Det har vi lært på tværs',
    ]);
  });

  it('shows takeaways, principles, action plan and indicators in that order, in English on request', () => {
    const [, slide] = deck([department()], 'en') as [unknown, DepartmentSlide];
    expect(slide.sections.map((s) => s.key)).toEqual([...SECTION_ORDER]);
    expect(slide.sections.map((s) => s.heading)).toEqual([
      'What we have learned',
      'Principles that matter most',
      'Action plan',
      'How we know we succeed',
    ]);
    expect(slide.subtitle).toBe('2 of 3 chefs answered · response rate 50%');
    expect(sectionOf(slide, 'takeaways').items.map((i) => i.text)).toEqual([
      'Små forsøg virker.',
      'Tillid før styring',
    ]);
  });

  it('ranks the chosen principles by how many chefs chose them and leaves out the unchosen', () => {
    const [, slide] = deck([department()]) as [unknown, DepartmentSlide];
    const principles = sectionOf(slide, 'principles').items;
    expect(principles.map((p) => [p.text, p.countText])).toEqual([
      ['3. Princip nummer 3 om samskabelse', '4 chefer'],
      ['6. Princip nummer 6 om samskabelse', '4 chefer'],
      ['2. Princip nummer 2 om samskabelse', '1 chef'],
    ]);
  });

  it('says each action’s status in words and each indicator’s value type and mode', () => {
    const [, slide] = deck([department()]) as [unknown, DepartmentSlide];
    expect(sectionOf(slide, 'actions').items).toEqual([
      expect.objectContaining({
        text: 'Forældreworkshop',
        detail: 'Ledergruppen · 1. oktober 2019',
        status: 'overdue',
        statusText: 'Overskredet',
      }),
      expect.objectContaining({ text: 'Borgerpanel', status: 'onTrack', statusText: 'I rute' }),
    ]);
    expect(sectionOf(slide, 'indicators').items[0]).toEqual(
      expect.objectContaining({ text: 'Forældre deltager', detail: 'Demokrati · Samskabelse' }),
    );
  });

  it('says so when a section is empty', () => {
    const [, slide] = deck([
      department({
        principles: [],
        actionPlan: [],
        actionPlanTotal: 0,
        indicators: [],
        indicatorTotal: 0,
        takeaways: null,
      }),
    ]) as [unknown, DepartmentSlide];
    expect(slide.sections.map((s) => [s.items.length, s.empty, s.more])).toEqual([
      [0, 'Gruppen har endnu ikke skrevet noget.', null],
      [0, 'Ingen principper valgt endnu.', null],
      [0, 'Ingen handlinger endnu.', null],
      [0, 'Ingen indikatorer endnu.', null],
    ]);
  });

  it('says when a part will show while its answers are too few to show, not that there is none', () => {
    // The example forum's own threshold (3): one answer is withheld.
    const summary = oneAnswerSummary(false);
    const source = departmentSlideSource(summary);
    expect(source.withheldBelow).toEqual({ principles: 3, actions: null, indicators: null });
    const [, da] = deck([source]) as [unknown, DepartmentSlide];
    expect(sectionOf(da, 'principles').empty).toBe('Vises når mindst 3 har svaret');
    // Unanswered parts still say there is nothing yet.
    expect(sectionOf(da, 'actions').empty).toBe('Ingen handlinger endnu.');
    const [, en] = deck([source], 'en') as [unknown, DepartmentSlide];
    expect(sectionOf(en, 'principles').empty).toBe('Shown once at least 3 people have answered');
  });

  it('cuts long content to what fits and counts the rest as "+N mere", never losing count', () => {
    const long =
      'Vi har lært, at borgerne skal inddrages tidligt i processen, og at det kræver tid, tillid og tydelige rammer for alle parter i samarbejdet. '.repeat(
        3,
      );
    const actions = Array.from({ length: 9 }, (_, i) => ({
      what: `Handling ${i + 1}: ${long}`,
      who: 'En meget lang række af ansvarlige personer og udvalg på tværs af afdelingen',
      byWhen: '2019-11-01',
      overdue: i % 2 === 0,
    }));
    const [, slide] = deck([
      department({
        takeaways: Array.from({ length: 8 }, (_, i) => `${i + 1}. ${long}`).join('\n'),
        principles: [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => principle(n, 10 - n)),
        actionPlan: actions,
        actionPlanTotal: 25,
        indicators: Array.from({ length: 12 }, (_, i) => ({
          indicator: `Indikator ${i + 1}: ${long}`,
          valueType: 'quality' as const,
          mode: 'co-production' as const,
        })),
        indicatorTotal: 12,
      }),
    ]) as [unknown, DepartmentSlide];
    const totals: Record<string, number> = { takeaways: 8, principles: 9, actions: 25, indicators: 12 };
    for (const s of slide.sections) {
      expect([s.key, usedLines(s) <= SECTION_LINES]).toEqual([s.key, true]);
      const hidden = Number(/^\+(\d+) mere$/.exec(s.more ?? '')?.[1] ?? 0);
      expect([s.key, s.items.length + hidden]).toEqual([s.key, totals[s.key]]);
      expect(s.items.length).toBeGreaterThan(0);
      for (const item of s.items) {
        expect(item.text.length).toBeLessThanOrEqual(3 * CHARS_PER_LINE);
        if (item.detail !== null)
          expect((item.detail + (item.statusText ?? '')).length).toBeLessThanOrEqual(CHARS_PER_LINE);
      }
    }
    const takeaway = sectionOf(slide, 'takeaways').items[0]!.text;
    expect(takeaway.endsWith('…')).toBe(true);
    expect(long.startsWith(takeaway.slice(3, -1))).toBe(true);
    expect(sectionOf(slide, 'actions').more).toBe(`+${25 - sectionOf(slide, 'actions').items.length} mere`);
  });

  it('reads a department summary built by core/summary (aggregates only)', () => {
    const summary = oneAnswerSummary(true);
    const source = departmentSlideSource(summary);
    expect(source.principles.filter((p) => p.count > 0).map((p) => p.number)).toEqual([2, 5]);
    expect(source.participation.respondents).toBe(1);
    const [, slide] = deck([source]) as [unknown, DepartmentSlide];
    expect(sectionOf(slide, 'principles').items.map((i) => i.text.slice(0, 2))).toEqual(['2.', '5.']);
  });
});

describe('the closing slide (what the departments learned together)', () => {
  const closing = (departments: DepartmentSlideSource[], locale: 'da' | 'en' = 'da') => {
    const last = deck(departments, locale).at(-1)!;
    if (last.kind !== 'closing') throw new Error('closing slide expected last');
    return last;
  };
  const lines = (s: SlideSection) => s.items.map((i) => `${i.text} (${i.countText})`);
  const short = (number: number, count: number) => ({
    number,
    title: { da: `Princip nr. ${number}`, en: `Principle no. ${number}` },
    count,
  });
  const three = () => [
    department({ principles: [short(1, 0), short(2, 1), short(3, 4), short(6, 4)] }),
    department({
      departmentId: 'd2',
      departmentName: { da: 'Sundhed', en: 'Health' },
      participation: { respondents: 3, members: 3, rate: 1 },
      principles: [short(3, 1), short(5, 2)],
      actionPlan: [{ what: 'Dialogmøde', who: 'Chefgruppen', byWhen: '2019-09-15', overdue: true }],
      actionPlanTotal: 4,
      valueTypes: { quality: 2, efficiency: 1, democracy: 0 },
    }),
    department({
      departmentId: 'd3',
      departmentName: { da: 'Teknik og Miljø', en: 'Technical Services' },
      participation: { respondents: 0, members: 4, rate: 0 },
      principles: [short(6, 0)],
      actionPlan: [],
      actionPlanTotal: 0,
      valueTypes: { quality: 0, efficiency: 0, democracy: 0 },
    }),
  ];

  it('counts participation, principles, actions and indicators across every department', () => {
    const slide = closing(three());
    expect(slide.title).toBe('Det har vi lært på tværs');
    expect(slide.subtitle).toBe('1.234 af 2.000 chefer har svaret · svarprocent 62 %');
    expect(slide.sections.map((s) => s.key)).toEqual([...CLOSING_SECTION_ORDER]);
    expect(slide.sections.map((s) => s.heading)).toEqual([
      'Deltagelse',
      'Vigtigste principper',
      'Handleplan',
      'Sådan ved vi, at det lykkes',
    ]);
    expect(lines(sectionOf(slide, 'participation'))).toEqual([
      'Sundhed (100 %)',
      'Børn og Unge (50 %)',
      'Teknik og Miljø (0 %)',
    ]);
    // 3 was chosen in two departments; 6 (4 chefs) before 5 (2 chefs) before 2 (1 chef); a 0 is no choice.
    expect(lines(sectionOf(slide, 'principles'))).toEqual([
      '3. Princip nr. 3 (2 afdelinger)',
      '6. Princip nr. 6 (1 afdeling)',
      '5. Princip nr. 5 (1 afdeling)',
      '2. Princip nr. 2 (1 afdeling)',
    ]);
    // d1: 1 overdue of 2; d2: 1 overdue listed of 4 (its earliest), the rest on track.
    expect(lines(sectionOf(slide, 'actions'))).toEqual([
      'I rute (4 handlinger)',
      'Overskredet (2 handlinger)',
    ]);
    expect(lines(sectionOf(slide, 'indicators'))).toEqual([
      'Kvalitet (2 indikatorer)',
      'Effektivitet (1 indikator)',
      'Demokrati (1 indikator)',
    ]);
  });

  it('speaks English on request', () => {
    const slide = closing(three(), 'en');
    expect(slide.title).toBe('What we learned across the forum');
    expect(lines(sectionOf(slide, 'actions'))).toEqual(['On track (4 actions)', 'Overdue (2 actions)']);
    expect(lines(sectionOf(slide, 'principles'))[0]).toBe('3. Principle no. 3 (2 departments)');
  });

  it('says so when there is nothing to count yet', () => {
    const slide = closing([
      department({
        principles: [principle(1, 0)],
        actionPlan: [],
        actionPlanTotal: 0,
        valueTypes: { quality: 0, efficiency: 0, democracy: 0 },
      }),
    ]);
    expect(slide.sections.map((s) => [s.key, s.items.length, s.empty])).toEqual([
      ['participation', 1, null],
      ['principles', 0, 'Ingen principper valgt endnu.'],
      ['actions', 0, 'Ingen handlinger endnu.'],
      ['indicators', 0, 'Ingen indikatorer endnu.'],
    ]);
    expect(closing([]).sections[0]!.empty).toBe('Ingen afdelinger endnu.');
  });

  it('fits many departments and principles in their sections and counts the rest', () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      department({
        departmentId: `d${i}`,
        departmentName: {
          da: `Afdeling nummer ${i + 1} med et meget langt navn der ikke kan stå på en linje`,
          en: `D${i}`,
        },
        principles: Array.from({ length: 12 }, (_, k) => principle(k + 1, (i + k) % 3)),
      }),
    );
    const slide = closing(many);
    for (const s of slide.sections) {
      expect([s.key, usedLines(s) <= SECTION_LINES]).toEqual([s.key, true]);
      for (const item of s.items)
        expect(item.text.length + (item.countText?.length ?? 0) + 2).toBeLessThanOrEqual(CHARS_PER_LINE);
    }
    const shownAndHidden = (s: SlideSection) =>
      s.items.length + Number(/^\+(\d+) mere$/.exec(s.more ?? '')?.[1] ?? 0);
    expect(shownAndHidden(sectionOf(slide, 'participation'))).toBe(30);
    expect(shownAndHidden(sectionOf(slide, 'principles'))).toBe(12);
  });
});
