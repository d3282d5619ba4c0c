import type { Member, Question, Round } from '../../../core/model';
import { chefs, type Harness, startBotHarness } from './support/bot-harness';
import { inputsFor } from './support/card-inputs';
import { cardText, cardsOf } from './support/validate-card';

let h: Harness;
let chef: Member;
let english: Member;
let questions: Question[];
let round: Round;
const q = (n: number) => questions.find((x) => x.number === n)!;

beforeEach(async () => {
  h = await startBotHarness();
  chef = chefs(h)[0]!;
  english = chefs(h, 'en')[0]!;
  questions = await h.deps.store.listQuestions(h.forum.id);
  round = (await h.deps.store.listRounds(h.forum.id)).find((r) => r.kind === 'prompt')!;
});
afterEach(() => h.close());

const data = (question: Question, extra: Record<string, unknown> = {}) => ({
  samskab: 'answer',
  forumId: h.forum.id,
  questionId: question.id,
  roundId: round.id,
  qids: round.questionIds,
  ...extra,
});

/** Every element of a card, depth first. */
function elements(card: unknown): Array<Record<string, any>> {
  const out: Array<Record<string, any>> = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, any>;
      if (typeof o.type === 'string') out.push(o);
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return out;
}
const inputs = (card: unknown) => elements(card).filter((e) => e.type.startsWith('Input.'));
const inputValue = (card: unknown, id: string) => inputs(card).find((e) => e.id === id)?.value;

describe('after the final meeting', () => {
  const over = () => h.clock.set('2019-11-22T10:00:00.000Z');

  it('a submit is refused with a closed card: no inputs or buttons, no days-left line, the answer kept', async () => {
    const first = round.questionIds.map((id) => questions.find((x) => x.id === id)!)[0]!;
    await h.user(chef).execute('answer', data(first, inputsFor(first, 'Mit svar før mødet')));
    over();
    const result = await h.user(chef).execute('answer', data(first, inputsFor(first, 'For sent')));
    const card = result.invoke!.body.value;
    const text = cardText(card);
    expect(text).toMatch(/Forløbet er slut \(.+\), så der kan ikke længere svares\. Tak for jeres bidrag\./);
    expect(text).not.toMatch(/dage til mødet|Mødet er i dag/);
    expect(inputs(card)).toEqual([]);
    expect(elements(card).filter((e) => e.type === 'Action.Execute' || e.type === 'Action.ShowCard')).toEqual(
      [],
    );
    expect(text).toContain('Mit svar før mødet');
    expect(text).not.toContain('For sent');
    expect((await h.deps.store.getAnswer(first.id, chef.id))!.revision).toBe(1);
  });

  it('in English too, and an Action.Submit in the 1:1 chat replaces the card with the closed one', async () => {
    over();
    const result = await h.user(english).submit(data(q(1), inputsFor(q(1), 'Too late')), 'card-9');
    const card = cardsOf(result.updates[0] as never)[0];
    expect(cardText(card)).toMatch(/The process has ended \(.+\), so answers can no longer be given\./);
    expect(inputs(card)).toEqual([]);
    expect(cardText(card)).toContain('You did not answer this question.');
  });

  it('"edit" and a group refresh show the closed card as well', async () => {
    await h.user(chef).execute('answer', data(q(1), inputsFor(q(1), 'Gemt svar')));
    over();
    const edit = await h.user(chef).execute('edit', { ...data(q(1)), samskab: 'edit' });
    expect(inputs(edit.invoke!.body.value)).toEqual([]);
    expect(cardText(edit.invoke!.body.value)).toContain('Gemt svar');
    const chat = { id: '19:closed-group@thread.v2', type: 'groupChat' as const };
    const refresh = await h
      .user(chef, chat)
      .execute('refresh', { forumId: h.forum.id, roundId: round.id, departmentId: chef.departmentIds[0] });
    expect(inputs(refresh.invoke!.body.value)).toEqual([]);
    expect(cardText(refresh.invoke!.body.value)).toContain('Forløbet er slut');
  });
});

describe('a refused answer comes back with what the person typed', () => {
  it('a first answer: the text stays in the form, next to the reason (Action.Execute)', async () => {
    const result = await h
      .user(chef)
      .execute('answer', data(q(1), { q1_text: 'Mine lange tanker om samskabelse', q1_principles: '' }));
    const card = result.invoke!.body.value;
    expect(cardText(card)).toContain('Svaret kunne ikke gemmes');
    expect(inputValue(card, 'q1_text')).toBe('Mine lange tanker om samskabelse');
    expect(inputValue(card, 'q1_principles')).toBeUndefined();
    expect(await h.deps.store.listAnswers(h.forum.id)).toEqual([]);
  });

  it('an edit of a saved answer shows the new text, not the saved one; valid choices are kept', async () => {
    await h.user(chef).execute('answer', data(q(1), inputsFor(q(1), 'Det gamle svar')));
    const result = await h
      .user(chef)
      .execute('answer', data(q(1), { rev: 1, q1_text: 'Det nye svar', q1_principles: '2,99' }));
    const card = result.invoke!.body.value;
    expect(cardText(card)).toContain('Svaret kunne ikke gemmes');
    expect(inputValue(card, 'q1_text')).toBe('Det nye svar');
    expect(inputValue(card, 'q1_principles')).toBe('2');
    expect(JSON.stringify(card)).toContain('Gem ændring');
    expect((await h.deps.store.getAnswer(q(1).id, chef.id))!.value).toMatchObject({ text: 'Det gamle svar' });
  });

  it('every field of a structured answer is kept; a too-long text is kept up to the field limit (Action.Submit, English)', async () => {
    const improvements = questions.find((x) => x.shape.kind === 'improvements')!;
    const p = `q${improvements.number}_`;
    const max = (improvements.shape as { maxLength: number }).maxLength;
    const long = 'x'.repeat(max + 50);
    const result = await h.user(english).submit(
      data(improvements, {
        [`${p}i1`]: long,
        [`${p}i1a1_what`]: 'Workshop',
        [`${p}i1a1_who`]: 'The leadership group',
        [`${p}i1a1_when`]: 'not a date',
      }),
      'card-3',
    );
    const card = cardsOf(result.updates[0] as never)[0];
    expect(cardText(card)).toContain('The answer could not be saved');
    expect(inputValue(card, `${p}i1`)).toBe('x'.repeat(max));
    expect(inputValue(card, `${p}i1a1_what`)).toBe('Workshop');
    expect(inputValue(card, `${p}i1a1_who`)).toBe('The leadership group');
    expect(inputValue(card, `${p}i1a1_when`)).toBeUndefined();
    expect(await h.deps.store.listAnswers(h.forum.id)).toEqual([]);
  });
});
