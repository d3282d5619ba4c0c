import type { AnswerShape, AnswerValue } from '../../../core/model';

/** A valid answer for each answer shape (content does not matter to the scheduler). */
export function sampleAnswer(shape: AnswerShape, text = 'Vi prøver det af'): AnswerValue {
  switch (shape.kind) {
    case 'text':
      return { kind: 'text', text };
    case 'textWithPrinciples':
      return { kind: 'textWithPrinciples', text, principles: [1, 2] };
    case 'improvements':
      return {
        kind: 'improvements',
        items: [{ improvement: text, actions: [{ what: 'møde', who: 'chefgruppen', byWhen: '2019-11-01' }] }],
      };
    case 'textWithLeadershipStyle':
      return { kind: 'textWithLeadershipStyle', text, style: 'both' };
    case 'textWithKnowsOthers':
      return { kind: 'textWithKnowsOthers', text, knowsOthers: 'partly' };
    case 'textWithRating':
      return { kind: 'textWithRating', text, rating: 3 };
    case 'indicators':
      return { kind: 'indicators', items: [{ indicator: text, valueType: 'quality', mode: 'co-creation' }] };
  }
}
