import { exampleForum, exampleMembers } from '../../../core';
import { counterIds, example } from '../helpers';

const NOW = '2019-08-01T10:00:00.000Z';
const ex = example(NOW);
const question = (n: number) => ex.questions.find((q) => q.number === n)!;
const principle = (n: number) => ex.principles.find((p) => p.number === n)!;

describe('the 2019 example forum', () => {
  it('has the forum dates, zone, languages and settings of the assignment', () => {
    expect(ex.forum).toMatchObject({
      name: { da: 'Strategisk Ledelsesforum: Samskabelse af velfærd' },
      kickoffDate: '2019-08-30',
      finalMeetingDate: '2019-11-21',
      timeZone: 'Europe/Copenhagen',
      languages: ['da', 'en'],
      defaultLocale: 'da',
      createdAt: NOW,
      settings: {
        sendTime: '09:00',
        quietHours: { start: '17:00', end: '08:00' },
        blackoutPeriods: [
          { from: '2019-10-14', to: '2019-10-18', label: { da: 'Efterårsferie', en: 'Autumn half-term' } },
        ],
        reminderAfterWorkingDays: 3,
        finalCallWorkingDaysBefore: 5,
        shareSummaries: false,
        shareAnswersInGroupChat: false,
        retentionDays: 180,
      },
    });
    expect(ex.forum.assignment.da).toContain(
      'På mødet deltager Anne Vest Hansen (CFIA) med henblik på at kunne berige jeres beslutninger.',
    );
  });

  it('has the six departments in Danish and English with empty recap and assignment', () => {
    expect(ex.departments.map((d) => d.name.da)).toEqual([
      'Borgmesterens Afdeling',
      'Børn og Unge',
      'Kultur og Borgerservice',
      'Sociale Forhold og Beskæftigelse',
      'Sundhed og Omsorg',
      'Teknik og Miljø',
    ]);
    expect(ex.departments[0]!.name.en).toBe("The Mayor's Department");
    expect(ex.departments[5]!.name.en).toBe('Technical Services and Environment');
    expect(ex.departments.every((d) => d.recap === '' && d.chosenAssignment === '')).toBe(true);
  });

  it('words the six questions as the source document, without its page references', () => {
    expect(question(1).text.da).toBe(
      'Hvad er kernen for jer i ledelse af samskabelse? Se evt. CFIAs principper for samskabelse.',
    );
    expect(question(2).text.da).toBe(
      'Hvad vil I gerne forbedre ift jeres ledelse af samskabelse (1-2 ting), ift. jeres valgte opgave? Hvilke ændringer/handlinger kræver det af hvem og hvornår?',
    );
    expect(question(3).text.da).toBe('Klarhed over, hvad er min ledelsesrolle?');
    expect(question(4).text.da).toBe(
      'Fokus på om jeg får kommunikeret med organisationen om samskabelse? Ved jeg noget om, hvad resten af organisationen gør ift samskabelse?',
    );
    expect(question(5).text.da).toBe(
      'Sikrer jeg at organisationen har de rette rammer og de rette kompetencer ift samskabelse?',
    );
    expect(question(6).text.da).toBe(
      'Hvordan ved I, at I lykkes? Hvilke tegn/indikatorer skal der kunne ses af indsatsen?',
    );
    for (const q of ex.questions) {
      expect(q.text.en.length).toBeGreaterThan(20);
      expect(q.help.da.length).toBeGreaterThan(20);
      expect(q.help.en.length).toBeGreaterThan(20);
    }
  });

  it('gives each question the answer shape of the design', () => {
    expect(ex.questions.map((q) => q.shape)).toEqual([
      { kind: 'textWithPrinciples', maxLength: 2000, maxPrinciples: 3 },
      { kind: 'improvements', maxItems: 2, maxActionsPerItem: 3, maxLength: 2000 },
      { kind: 'textWithLeadershipStyle', maxLength: 2000 },
      { kind: 'textWithKnowsOthers', maxLength: 2000 },
      expect.objectContaining({ kind: 'textWithRating', maxLength: 2000, scale: 5 }),
      { kind: 'indicators', maxItems: 5, maxLength: 2000 },
    ]);
  });

  it('words the seven principles exactly as the source document', () => {
    expect(ex.principles.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(principle(1).title.da).toBe(
      'Det er dyrt at involvere og samskabe med eksterne aktører, så skab værdi når vi gør det',
    );
    expect(principle(2).title.da).toBe('Vær skarp på hvilken værdi vi vil opnå med samskabelse');
    expect(principle(2).subPoints.map((s) => s.da)).toEqual([
      'kvalitet, borgernes oplevelse/tilfredshed med serviceydelser, oplevet kvalitet for borgerne',
      'effektivitet, organisationens produktivitet, reducering af omkostninger',
      'demokrati, indflydelse, transparens, legitimitet, empowerment',
    ]);
    expect(principle(3).title.da).toBe(
      'Skelne mellem samskabelse som en proces, en del af det at udvikle nye løsninger (co-creation) eller samskabelse som en del af leveringen af løsningen (co-production)',
    );
    expect(principle(3).subPoints.map((s) => s.da.split(':')[0])).toEqual(['co-creation', 'co-production']);
    expect(principle(4).title.da).toBe(
      'Vær tydelig og åben om kommunes rolle og forventninger til borgere, virksomheder andre aktørers rolle',
    );
    expect(principle(5).title.da).toBe(
      'Vær tydelig omkring hvor ejerskabet ligger og graden af forpligtelse i samarbejdet',
    );
    expect(principle(6).title.da).toBe(
      'Samskabelse kræver også ledelse – definerende vs faciliterende ledelse',
    );
    expect(principle(7).title.da).toBe('Skab bæredygtig evalueringspraksis – også når vi samskaber');
    for (const p of ex.principles) expect(p.title.en.length).toBeGreaterThan(20);
  });

  it('takes every id from the generator and fills forumId everywhere', () => {
    const { forum, departments, questions, principles } = exampleForum(counterIds('x'), NOW);
    expect(forum.id).toBe('x-1');
    expect([...departments, ...questions].map((e) => e.id)).toEqual(
      Array.from({ length: 12 }, (_, i) => `x-${i + 2}`),
    );
    expect([...departments, ...questions, ...principles].every((e) => e.forumId === 'x-1')).toBe(true);
  });

  it('returns fresh data on each call', () => {
    const one = exampleForum(counterIds(), NOW);
    one.questions[0]!.text.da = 'changed';
    one.forum.settings.blackoutPeriods.length = 0;
    const two = exampleForum(counterIds(), NOW);
    expect(two.questions[0]!.text.da).not.toBe('changed');
    expect(two.forum.settings.blackoutPeriods).toHaveLength(1);
  });
});

describe('exampleMembers', () => {
  it('has three chefs per department, one organizer and one facilitator', () => {
    expect(ex.members).toHaveLength(20);
    for (const d of ex.departments) {
      expect(ex.members.filter((m) => m.role === 'chef' && m.departmentIds.join() === d.id)).toHaveLength(3);
    }
    expect(ex.members.filter((m) => m.role === 'organizer')).toEqual([
      expect.objectContaining({ departmentIds: [] }),
    ]);
    const facilitator = ex.members.filter((m) => m.role === 'facilitator');
    expect(facilitator).toHaveLength(1);
    expect(facilitator[0]!.departmentIds).toEqual(ex.departments.map((d) => d.id));
  });

  it('gives deterministic, unique, UUID-shaped Entra object ids', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(ex.members.every((m) => uuid.test(m.aadObjectId))).toBe(true);
    expect(new Set(ex.members.map((m) => m.aadObjectId)).size).toBe(20);
    expect(new Set(ex.members.map((m) => m.id)).size).toBe(20);
    expect(example(NOW).members).toEqual(ex.members);
  });

  it('mostly speaks Danish, with a couple of English users', () => {
    const en = ex.members.filter((m) => m.locale === 'en').length;
    expect(en).toBeGreaterThanOrEqual(1);
    expect(en).toBeLessThanOrEqual(2);
    expect(ex.members.every((m) => m.forumId === ex.forum.id && m.pausedUntil === null)).toBe(true);
    expect(exampleMembers(ex.forum, [], counterIds())).toHaveLength(2);
  });
});
