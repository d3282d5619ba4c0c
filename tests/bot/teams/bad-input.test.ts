import type { Member, Question } from '../../../core/model';
import { chefs, type Harness, startBotHarness } from './support/bot-harness';
import { inputsFor } from './support/card-inputs';
import { cardText } from './support/validate-card';

let h: Harness;
let chef: Member;
let questions: Question[];
const q = (n: number) => questions.find((x) => x.number === n)!;

beforeEach(async () => {
  h = await startBotHarness();
  chef = chefs(h)[0]!;
  questions = await h.deps.store.listQuestions(h.forum.id);
});
afterEach(() => h.close());

const data = (question: Question, rev = 0) => ({
  samskab: 'answer',
  forumId: h.forum.id,
  questionId: question.id,
  rev,
});

async function answersCount(): Promise<number> {
  return (await h.deps.store.listAnswers(h.forum.id)).length;
}

/** The text a person sees: the card's notice for Execute, the message for Submit. */
function seen(result: { invoke?: { body: any }; texts: string[]; updates: any[] }): string {
  const body = result.invoke?.body;
  if (body) return typeof body.value === 'string' ? body.value : cardText(body.value);
  return [...result.texts, ...result.updates.map((u) => cardText(u))].join('\n');
}

describe('bad card input never crashes and changes nothing', () => {
  it.each([
    [
      'missing text',
      (qq: Question) => ({ q7_text: undefined, [`q${qq.number}_style`]: 'defining' }),
      3,
      /Dit svar: Feltet skal udfyldes/,
    ],
    [
      'wrong type for the text',
      (qq: Question) => ({ [`q${qq.number}_text`]: 42, [`q${qq.number}_style`]: 'both' }),
      3,
      /forkert type/,
    ],
    [
      'an invalid choice',
      (qq: Question) => ({ [`q${qq.number}_text`]: 'x', [`q${qq.number}_style`]: 'autoritær' }),
      3,
      /Vælg en af mulighederne/,
    ],
    [
      'a rating that is not a number',
      (qq: Question) => ({ [`q${qq.number}_text`]: 'x', [`q${qq.number}_rating`]: 'høj' }),
      5,
      /forkert type|helt tal/,
    ],
    [
      'too many principles',
      (qq: Question) => ({ [`q${qq.number}_text`]: 'x', [`q${qq.number}_principles`]: '1,2,3,4' }),
      1,
      /Højst 3/,
    ],
    [
      'an unknown principle',
      (qq: Question) => ({ [`q${qq.number}_text`]: 'x', [`q${qq.number}_principles`]: '9' }),
      1,
      /Princip 9 findes ikke/,
    ],
    [
      'an action without a date',
      (qq: Question) => ({
        [`q${qq.number}_i1`]: 'x',
        [`q${qq.number}_i1a1_what`]: 'y',
        [`q${qq.number}_i1a1_who`]: 'z',
      }),
      2,
      /Forbedring 1, Handling 1, Senest: Feltet skal udfyldes/,
    ],
  ])('%s', async (_name, inputs, number, expected) => {
    const question = q(number);
    const result = await h.user(chef).execute('answer', { ...data(question), ...inputs(question) });
    expect(result.invoke!.status).toBe(200);
    expect(seen(result)).toMatch(/Svaret kunne ikke gemmes/);
    expect(seen(result)).toMatch(expected);
    expect(await answersCount()).toBe(0);
  });

  it('an answer over the length limit', async () => {
    const question = q(1);
    const result = await h
      .user(chef)
      .execute('answer', { ...data(question), q1_text: 'x'.repeat(2001), q1_principles: '1' });
    expect(seen(result)).toContain('Højst 2.000 tegn.');
    expect(await answersCount()).toBe(0);
  });

  it('an unknown question', async () => {
    const result = await h.user(chef).execute('answer', {
      samskab: 'answer',
      forumId: h.forum.id,
      questionId: 'no-such-question',
      q1_text: 'x',
    });
    expect(seen(result)).toBe('Det spørgsmål findes ikke længere.');
    const submitted = await h
      .user(chef)
      .submit({ samskab: 'answer', forumId: h.forum.id, questionId: 'no-such-question' });
    expect(submitted.texts).toEqual(['Det spørgsmål findes ikke længere.']);
  });

  it('card data that is not ours, or of the wrong types', async () => {
    const cases = [
      {},
      { samskab: 'answer' },
      { samskab: 'answer', forumId: 5, questionId: [] },
      { samskab: 'launchMissiles' },
      { samskab: 'answer', forumId: h.forum.id, questionId: q(1).id, rev: 'x' },
    ];
    for (const value of cases) {
      const submit = await h.user(chef).submit(value);
      expect(submit.texts).toEqual(['Kortet kunne ikke læses. Skriv "spørgsmål" for at få et nyt.']);
    }
    const invoke = await h.user(chef).execute('answer', { forumId: 1 });
    expect(seen(invoke)).toContain('Kortet kunne ikke læses');
    expect(await answersCount()).toBe(0);
  });

  it('a card from a forum that is over', async () => {
    h.clock.set('2019-11-22T10:00:00.000Z');
    const question = q(1);
    const result = await h
      .user(chef)
      .execute('answer', { ...data(question), ...inputsFor(question, 'For sent') });
    expect(seen(result)).toContain('Forløbet er slut');
    expect(await answersCount()).toBe(0);
  });

  it("someone who is not a member of the card's forum", async () => {
    const result = await h.user(null).execute('answer', { ...data(q(1)), ...inputsFor(q(1), 'Hej') });
    expect(seen(result)).toBe('Du er ikke deltager i dette forum.');
    expect(await answersCount()).toBe(0);
  });

  it('errors are localized for English-speaking members', async () => {
    const en = chefs(h, 'en')[0]!;
    const result = await h.user(en).execute('answer', { ...data(q(1)), q1_text: '', q1_principles: '1' });
    expect(seen(result)).toContain('The answer could not be saved');
    expect(seen(result)).toContain('This field is required.');
  });

  it('an invoke that is not an Action.Execute gets a 400 invoke response, not a crash', async () => {
    const result = await h
      .user(chef)
      .raw({ type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Submit' } } });
    expect(result.invoke!.status).toBe(400);
  });
});
