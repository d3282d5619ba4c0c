import fc from 'fast-check';
import { isAnswerComplete, validateAnswerValue, type AnswerValue, type Question } from '../../../core';
import { example } from '../helpers';

const ex = example();
const q = (n: number) => ex.questions.find((x) => x.number === n)!;
const validate = (input: unknown, question: Question) => validateAnswerValue(input, question, ex.principles);
const errors = (input: unknown, question: Question) => {
  const r = validate(input, question);
  return r.ok ? [] : r.errors.map((e) => [e.path, e.code]);
};

const VALID: Record<number, AnswerValue> = {
  1: { kind: 'textWithPrinciples', text: 'Værdi for borgerne', principles: [1, 2, 6] },
  2: {
    kind: 'improvements',
    items: [
      {
        improvement: 'Tydeligere rammer',
        actions: [{ what: 'Workshop med ledere', who: 'Chefgruppen', byWhen: '2019-11-01' }],
      },
    ],
  },
  3: { kind: 'textWithLeadershipStyle', text: 'Jeg sætter retningen', style: 'defining' },
  4: { kind: 'textWithKnowsOthers', text: 'Nyhedsbrev', knowsOthers: 'partly' },
  5: { kind: 'textWithRating', text: 'Kompetencer mangler', rating: 2 },
  6: {
    kind: 'indicators',
    items: [{ indicator: 'Borgertilfredshed', valueType: 'quality', mode: 'co-production' }],
  },
};

describe('validateAnswerValue', () => {
  it('accepts a valid answer to each of the six example questions', () => {
    for (const n of [1, 2, 3, 4, 5, 6])
      expect(validate(VALID[n], q(n))).toEqual({ ok: true, value: VALID[n] });
  });

  it('trims texts and drops unknown keys', () => {
    const r = validate({ kind: 'textWithKnowsOthers', text: '  hej  ', knowsOthers: 'yes', extra: 1 }, q(4));
    expect(r).toEqual({ ok: true, value: { kind: 'textWithKnowsOthers', text: 'hej', knowsOthers: 'yes' } });
  });

  it('reports empty and too long texts with the limit', () => {
    expect(errors({ ...VALID[3], text: '   ' }, q(3))).toEqual([['text', 'required']]);
    const r = validate({ ...VALID[3], text: 'x'.repeat(2001) }, q(3));
    expect(r.ok ? null : r.errors[0]).toMatchObject({
      path: 'text',
      code: 'tooLong',
      params: { max: 2000 },
      message: { da: 'Højst 2.000 tegn.', en: 'At most 2,000 characters.' },
    });
  });

  it('accepts only distinct principles that exist in the forum, at most three', () => {
    expect(errors({ ...VALID[1], principles: [8] }, q(1))).toEqual([['principles.0', 'unknownPrinciple']]);
    expect(errors({ ...VALID[1], principles: [0] }, q(1))).toEqual([['principles.0', 'unknownPrinciple']]);
    expect(errors({ ...VALID[1], principles: [2, 2] }, q(1))).toEqual([['principles', 'duplicatePrinciple']]);
    expect(errors({ ...VALID[1], principles: [1, 2, 3, 4] }, q(1))).toEqual([['principles', 'tooMany']]);
    expect(errors({ ...VALID[1], principles: [] }, q(1))).toEqual([['principles', 'tooFew']]);
    const fewer = validateAnswerValue(
      VALID[1],
      q(1),
      ex.principles.filter((p) => p.number !== 6),
    );
    expect(fewer.ok ? null : fewer.errors[0]!.message.da).toBe('Princip 6 findes ikke.');
  });

  it('limits improvements and actions and checks action dates', () => {
    const item = (VALID[2] as Extract<AnswerValue, { kind: 'improvements' }>).items[0]!;
    expect(errors({ kind: 'improvements', items: [item, item, item] }, q(2))).toEqual([['items', 'tooMany']]);
    const action = item.actions[0]!;
    const many = { ...item, actions: [action, action, action, action] };
    expect(errors({ kind: 'improvements', items: [many] }, q(2))).toEqual([['items.0.actions', 'tooMany']]);
    const badDate = { ...item, actions: [{ ...action, byWhen: '2019-02-30' }] };
    expect(errors({ kind: 'improvements', items: [badDate] }, q(2))).toEqual([
      ['items.0.actions.0.byWhen', 'invalidDate'],
    ]);
    const noWho = { ...item, actions: [{ what: 'x', byWhen: '2019-10-01' }] };
    expect(errors({ kind: 'improvements', items: [noWho] }, q(2))).toEqual([
      ['items.0.actions.0.who', 'required'],
    ]);
    expect(errors({ kind: 'improvements', items: [] }, q(2))).toEqual([['items', 'tooFew']]);
  });

  it('keeps ratings whole and within the scale', () => {
    expect(errors({ ...VALID[5], rating: 6 }, q(5))).toEqual([['rating', 'outOfRange']]);
    expect(errors({ ...VALID[5], rating: 0 }, q(5))).toEqual([['rating', 'outOfRange']]);
    expect(errors({ ...VALID[5], rating: 2.5 }, q(5))).toEqual([['rating', 'notInteger']]);
    expect(errors({ ...VALID[5], rating: '3' }, q(5))).toEqual([['rating', 'invalidType']]);
    const r = validate({ ...VALID[5], rating: 9 }, q(5));
    expect(r.ok ? null : r.errors[0]!.message).toEqual({
      da: 'Vælg et tal fra 1 til 5.',
      en: 'Choose a number from 1 to 5.',
    });
  });

  it('accepts only the offered choices', () => {
    expect(errors({ ...VALID[3], style: 'bossy' }, q(3))).toEqual([['style', 'invalidChoice']]);
    expect(errors({ ...VALID[4], knowsOthers: 'maybe' }, q(4))).toEqual([['knowsOthers', 'invalidChoice']]);
    const bad = { kind: 'indicators', items: [{ indicator: 'x', valueType: 'speed', mode: 'co-design' }] };
    expect(errors(bad, q(6))).toEqual([
      ['items.0.valueType', 'invalidChoice'],
      ['items.0.mode', 'invalidChoice'],
    ]);
    const indicator = { indicator: 'x', valueType: 'quality', mode: 'co-creation' };
    expect(errors({ kind: 'indicators', items: Array(6).fill(indicator) }, q(6))).toEqual([
      ['items', 'tooMany'],
    ]);
  });

  it('refuses an answer of another kind than the question', () => {
    const r = validate(VALID[3], q(4));
    expect(r.ok ? null : r.errors.find((e) => e.path === 'kind')).toMatchObject({
      code: 'wrongKind',
      params: { expected: 'textWithKnowsOthers' },
    });
    expect(errors(null, q(1))).toEqual([['', 'required']]);
    expect(errors('text', q(1))).toEqual([['', 'invalidType']]);
  });

  it('never throws on random junk and always explains the rejection in both languages', () => {
    fc.assert(
      fc.property(fc.anything(), fc.integer({ min: 1, max: 6 }), (junk, n) => {
        const r = validate(junk, q(n));
        if (r.ok) return;
        expect(r.errors.length).toBeGreaterThan(0);
        for (const e of r.errors) {
          expect(e.message.da.length).toBeGreaterThan(0);
          expect(e.message.en.length).toBeGreaterThan(0);
          expect(e.message.da).not.toMatch(/\{\w+\}/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on near-miss answers; accepted ones validate again unchanged', () => {
    const str = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constant(''),
      fc.constant('  '),
      fc.constant('x'.repeat(2001)),
    );
    const junkish = fc.oneof(str, fc.integer(), fc.double(), fc.constant(null), fc.constant(undefined));
    const action = fc.record(
      { what: junkish, who: junkish, byWhen: fc.oneof(junkish, fc.constant('2019-11-01')) },
      { requiredKeys: [] },
    );
    const value = fc.record(
      {
        kind: fc.constantFrom(
          'text',
          'textWithPrinciples',
          'improvements',
          'textWithLeadershipStyle',
          'textWithKnowsOthers',
          'textWithRating',
          'indicators',
          'x',
        ),
        text: fc.oneof(str, junkish),
        principles: fc.array(fc.oneof(fc.integer({ min: -1, max: 9 }), junkish), { maxLength: 5 }),
        style: fc.constantFrom('defining', 'facilitating', 'both', 'x', 1),
        knowsOthers: fc.constantFrom('yes', 'partly', 'no', '', null),
        rating: fc.oneof(fc.integer({ min: -2, max: 8 }), fc.double(), junkish),
        items: fc.array(
          fc.record(
            {
              improvement: str,
              actions: fc.array(action, { maxLength: 4 }),
              indicator: str,
              valueType: fc.constantFrom('quality', 'efficiency', 'democracy', 'x'),
              mode: fc.constantFrom('co-creation', 'co-production', 'x'),
            },
            { requiredKeys: [] },
          ),
          { maxLength: 6 },
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(value, fc.integer({ min: 1, max: 6 }), (v, n) => {
        const r = validate(v, q(n));
        if (!r.ok) {
          expect(r.errors.length).toBeGreaterThan(0);
          return;
        }
        expect(validate(r.value, q(n))).toEqual({ ok: true, value: r.value });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('isAnswerComplete', () => {
  it('is true for complete answers and false for a different kind', () => {
    for (const n of [1, 2, 3, 4, 5, 6]) expect(isAnswerComplete(VALID[n]!, q(n))).toBe(true);
    expect(isAnswerComplete(VALID[3]!, q(4))).toBe(false);
  });

  it('wants text, a principle, an action per improvement and at least one indicator', () => {
    expect(isAnswerComplete({ kind: 'text', text: ' ' })).toBe(false);
    expect(isAnswerComplete({ kind: 'textWithPrinciples', text: 'x', principles: [] })).toBe(false);
    expect(isAnswerComplete({ kind: 'improvements', items: [{ improvement: 'x', actions: [] }] })).toBe(
      false,
    );
    expect(isAnswerComplete({ kind: 'indicators', items: [] })).toBe(false);
  });
});
