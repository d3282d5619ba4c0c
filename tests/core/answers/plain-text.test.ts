import { answerToPlainText, formatLocalDate } from '../../../core';
import { example } from '../helpers';

const ex = example();
const q = (n: number) => ex.questions.find((x) => x.number === n)!;

describe('answerToPlainText', () => {
  it('names the chosen principles without the trailing colon of a title', () => {
    const text = answerToPlainText(
      { kind: 'textWithPrinciples', text: 'Kerne', principles: [2, 6] },
      q(1),
      ex.principles,
      'da',
    );
    expect(text).toBe(
      'Kerne\nVigtigste principper: #2 Vær skarp på hvilken værdi vi vil opnå med samskabelse; ' +
        '#6 Samskabelse kræver også ledelse – definerende vs faciliterende ledelse',
    );
  });

  it('lists improvements with actions, who and a long date in the reader language', () => {
    const value = {
      kind: 'improvements' as const,
      items: [
        {
          improvement: 'Bedre dialog',
          actions: [{ what: 'Møde', who: 'Chefgruppen', byWhen: '2019-11-01' }],
        },
      ],
    };
    expect(answerToPlainText(value, q(2), ex.principles, 'da')).toBe(
      '1. Bedre dialog\n   - Møde (Chefgruppen, senest 1. november 2019)',
    );
    expect(answerToPlainText(value, q(2), ex.principles, 'en')).toBe(
      '1. Bedre dialog\n   - Møde (Chefgruppen, by 1 November 2019)',
    );
  });

  it('writes out choices, ratings and indicator tags', () => {
    expect(
      answerToPlainText(
        { kind: 'textWithLeadershipStyle', text: 'T', style: 'facilitating' },
        q(3),
        ex.principles,
        'da',
      ),
    ).toBe('T\nLedelse: Faciliterende');
    expect(
      answerToPlainText(
        { kind: 'textWithKnowsOthers', text: 'T', knowsOthers: 'no' },
        q(4),
        ex.principles,
        'en',
      ),
    ).toBe('T\nKnows what the rest of the organisation does: No');
    expect(
      answerToPlainText({ kind: 'textWithRating', text: 'T', rating: 4 }, q(5), ex.principles, 'da'),
    ).toBe('T\nVurdering: 4 af 5');
    expect(
      answerToPlainText(
        {
          kind: 'indicators',
          items: [{ indicator: 'Færre klager', valueType: 'democracy', mode: 'co-creation' }],
        },
        q(6),
        ex.principles,
        'en',
      ),
    ).toBe('1. Færre klager (Democracy; Co-creation)');
  });

  it('formats local dates deterministically', () => {
    expect(formatLocalDate('2019-11-21', 'da')).toBe('21. november 2019');
    expect(formatLocalDate('2019-11-21', 'en')).toBe('21 November 2019');
    expect(formatLocalDate('garbage', 'en')).toBe('garbage');
  });
});
