import { COMMANDS, parseCommand } from '../../../bot/teams/commands';
import { chefs, type Harness, organizer, startBotHarness } from './support/bot-harness';
import { inputsFor } from './support/card-inputs';
import { cardText, cardsOf, findAction } from './support/validate-card';

let h: Harness;
beforeEach(async () => {
  h = await startBotHarness();
});
afterEach(() => h.close());

describe('the command list', () => {
  it('understands every command in Danish and in English, with mentions and arguments', () => {
    for (const spec of COMMANDS) {
      expect(parseCommand(`${spec.words.da[0]!.toUpperCase()} x`)).toMatchObject({
        spec: { id: spec.id },
        argument: 'x',
        language: 'da',
      });
      expect(parseCommand(`<at>Samskab</at> ${spec.words.en[0]}`)?.spec.id).toBe(spec.id);
    }
    expect(parseCommand('hvad er klokken')).toBeNull();
  });

  it('knows the privacy phrases of several words, before any one-word command', () => {
    expect(parseCommand('mine data')?.spec.id).toBe('myData');
    expect(parseCommand('My Data!')?.spec.id).toBe('myData');
    expect(parseCommand('slet mine data')).toMatchObject({ spec: { id: 'deleteMyData' }, language: 'da' });
    expect(parseCommand('<at>Samskab</at> delete my data')).toMatchObject({
      spec: { id: 'deleteMyData' },
      language: 'en',
    });
    expect(parseCommand('mine')).toBeNull();
    expect(parseCommand('slet')).toBeNull();
    expect(parseCommand('mine dataer')).toBeNull();
  });
});

describe('commands in a personal chat', () => {
  it("hjælp / help lists the commands in the member's language, organizer commands only for organizers", async () => {
    const da = await h.user(chefs(h)[0]!).say('hjælp');
    expect(da.texts[0]).toContain('Det kan jeg');
    expect(da.texts[0]).toContain('pause <dato>');
    expect(da.texts[0]).not.toContain('tilknyt');
    const en = await h.user(chefs(h, 'en')[0]!).say('help');
    expect(en.texts[0]).toContain('What I can do');
    expect(en.texts[0]).toContain('pause <date>');
    const org = await h.user(organizer(h)).say('hjælp');
    expect(org.texts[0]).toContain('tilknyt <afdeling>');
    expect(org.texts[0]).toContain('leveringer');
  });

  it('status shows answered and open questions and days left', async () => {
    const chef = chefs(h)[0]!;
    const questions = await h.deps.store.listQuestions(h.forum.id);
    await h.user(chef).execute('answer', {
      samskab: 'answer',
      forumId: h.forum.id,
      questionId: questions[0]!.id,
      rev: 0,
      ...inputsFor(questions[0]!, 'Svar'),
    });
    const result = await h.user(chef).say('status');
    expect(result.texts[0]).toContain(`Besvaret: 1 af ${questions.length}`);
    expect(result.texts[0]).toContain('Mangler: 2.');
    expect(result.texts[0]).toContain('80 dage til mødet 21. november 2019');
  });

  it('spørgsmål / questions sends a card with the open questions to answer now', async () => {
    const chef = chefs(h)[0]!;
    const result = await h.user(chef).say('spørgsmål');
    const card = cardsOf(result.replies[0] as never)[0]!;
    expect(cardText(card)).toContain('Spørgsmål 1');
    expect(cardText(card)).toContain('Spørgsmål 6');
    const action = findAction(card, 'answer', (d) => d.questionId);
    const question = (await h.deps.store.listQuestions(h.forum.id)).find(
      (q) => q.id === action.data.questionId,
    )!;
    const answered = await h.user(chef).execute('answer', { ...action.data, ...inputsFor(question, 'Nu') });
    expect(cardText(answered.invoke!.body.value)).toContain('Besvaret (version 1)');
    expect(cardText(answered.invoke!.body.value)).toContain('Spørgsmål 6');
  });

  it('principper / principles shows the seven principles', async () => {
    const result = await h.user(chefs(h, 'en')[0]!).say('principles');
    const text = cardText(cardsOf(result.replies[0] as never)[0]);
    expect(text).toContain('The seven principles');
    expect(text).toMatch(/7\. /);
  });

  it('pause validates the date (localized) and genoptag resumes', async () => {
    const chef = chefs(h)[0]!;
    const user = h.user(chef);
    expect((await user.say('pause')).texts[0]).toContain('pause 2019-10-20');
    expect((await user.say('pause 31-02-2019')).texts[0]).toContain('er ikke en gyldig dato');
    expect((await user.say('pause i morgen')).texts[0]).toContain('ÅÅÅÅ-MM-DD');
    expect((await user.say('pause 2019-08-01')).texts[0]).toContain('allerede passeret');
    expect((await h.deps.store.getMember(chef.id))!.pausedUntil).toBeNull();
    expect((await user.say('pause 20.10.2019')).texts[0]).toContain('20. oktober 2019');
    expect((await h.deps.store.getMember(chef.id))!.pausedUntil).toBe('2019-10-20');
    expect((await user.say('status')).texts[0]).toContain('pause til og med 20. oktober 2019');
    expect((await user.say('genoptag')).texts[0]).toBe('Påmindelserne er genoptaget.');
    expect((await h.deps.store.getMember(chef.id))!.pausedUntil).toBeNull();
    const en = h.user(chefs(h, 'en')[0]!);
    expect((await en.say('pause tomorrow')).texts[0]).toContain('is not a valid date');
    expect((await en.say('resume')).texts[0]).toBe('Your reminders are not paused.');
  });

  it('opsummering / summary links to the department tab and into Teams', async () => {
    const chef = chefs(h)[0]!;
    const result = await h.user(chef).say('opsummering');
    expect(result.texts[0]).toContain(
      `https://samskab.example.test/tab/#/department/${chef.departmentIds[0]}`,
    );
    expect(result.texts[0]).toContain('https://teams.microsoft.com/l/entity/teams-app-1/');
  });

  it('unknown text gets a short helpful answer in the right language', async () => {
    expect((await h.user(chefs(h)[0]!).say('hvad så?')).texts[0]).toContain('Skriv "hjælp"');
    expect((await h.user(chefs(h, 'en')[0]!).say('what now?')).texts[0]).toContain('Type "help"');
  });
});
