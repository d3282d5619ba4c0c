import { readCardAnswer } from '../../../bot/teams/answers/read-card-answer';
import { inputId } from '../../../bot/teams/cards/card-data';
import { actionDatePeriod, answerInputs } from '../../../bot/teams/cards/answer-form';
import { EXAMPLE_QUESTIONS } from '../../../core/example-forum';
import type { Question } from '../../../core/model';

const q2 = { id: 'q2', forumId: 'f', ...EXAMPLE_QUESTIONS[1]! } as unknown as Question;

function find(
  node: unknown,
  match: (el: Record<string, unknown>) => boolean,
  parents: unknown[] = [],
): unknown[][] {
  if (Array.isArray(node)) return node.flatMap((n) => find(n, match, parents));
  if (!node || typeof node !== 'object') return [];
  const el = node as Record<string, unknown>;
  const here = match(el) ? [[...parents, el]] : [];
  return [...here, ...Object.values(el).flatMap((v) => find(v, match, [...parents, el]))];
}

describe("question 2's action fields in the card", () => {
  const inputs = answerInputs({
    question: q2,
    principles: [],
    locale: 'da',
    current: null,
    actionDates: actionDatePeriod({ kickoffDate: '2019-08-30', finalMeetingDate: '2019-11-21' }),
  });

  it('gives "what" the full width: it stands in no column beside other fields', () => {
    const whats = find(inputs, (el) => typeof el.id === 'string' && el.id.endsWith('_what'));
    expect(whats.length).toBe(6);
    for (const path of whats)
      expect(path.some((p) => (p as { type?: string }).type === 'ColumnSet')).toBe(false);
  });

  it("bounds the date pickers from the forum's kickoff", () => {
    const dates = find(inputs, (el) => el.type === 'Input.Date').map((p) => p[p.length - 1]);
    expect(dates.length).toBe(6);
    for (const date of dates) expect(date).toMatchObject({ min: '2019-08-30', max: '2020-11-20' });
  });

  it('accepts a deadline typed the Danish way (15-11-2019)', () => {
    const submitted = {
      [inputId(2, 'i1')]: 'Bedre inddragelse',
      [inputId(2, 'i1a1_what')]: 'Workshop',
      [inputId(2, 'i1a1_who')]: 'Ledergruppen',
      [inputId(2, 'i1a1_when')]: '15-11-2019',
    };
    expect(readCardAnswer(q2, submitted)).toEqual({
      kind: 'improvements',
      items: [
        {
          improvement: 'Bedre inddragelse',
          actions: [{ what: 'Workshop', who: 'Ledergruppen', byWhen: '2019-11-15' }],
        },
      ],
    });
  });
});
