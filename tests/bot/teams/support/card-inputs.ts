import type { Question } from '../../../../core/model';

/** Card inputs as Teams sends them (strings), valid for the question's shape. */
export function inputsFor(question: Question, text: string): Record<string, string> {
  const p = `q${question.number}_`;
  switch (question.shape.kind) {
    case 'text':
      return { [`${p}text`]: text };
    case 'textWithPrinciples':
      return { [`${p}text`]: text, [`${p}principles`]: '1,3' };
    case 'textWithLeadershipStyle':
      return { [`${p}text`]: text, [`${p}style`]: 'facilitating' };
    case 'textWithKnowsOthers':
      return { [`${p}text`]: text, [`${p}knows`]: 'partly' };
    case 'textWithRating':
      return { [`${p}text`]: text, [`${p}rating`]: '2' };
    case 'improvements':
      return {
        [`${p}i1`]: text,
        [`${p}i1a1_what`]: 'Workshop',
        [`${p}i1a1_who`]: 'Ledergruppen',
        [`${p}i1a1_when`]: '2019-10-15',
      };
    case 'indicators':
      return { [`${p}n1`]: text, [`${p}n1_type`]: 'quality', [`${p}n1_mode`]: 'co-creation' };
  }
}
