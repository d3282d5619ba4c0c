import type { AnswerValue, Question } from '../model';

const filled = (s: unknown) => typeof s === 'string' && s.trim().length > 0;

/**
 * Whether an answer says everything its shape asks for: texts filled, at least one principle,
 * at least one improvement each with at least one complete action, at least one indicator.
 * A value of another kind than the question's shape is never complete.
 * (Validation is looser: an improvement may be saved before its actions are known.)
 */
export function isAnswerComplete(value: AnswerValue, question?: Pick<Question, 'shape'>): boolean {
  if (question && question.shape.kind !== value.kind) return false;
  switch (value.kind) {
    case 'text':
    case 'textWithLeadershipStyle':
    case 'textWithKnowsOthers':
      return filled(value.text);
    case 'textWithRating':
      return filled(value.text) && Number.isInteger(value.rating) && value.rating >= 1;
    case 'textWithPrinciples':
      return filled(value.text) && value.principles.length > 0;
    case 'improvements':
      return (
        value.items.length > 0 &&
        value.items.every(
          (i) =>
            filled(i.improvement) &&
            i.actions.length > 0 &&
            i.actions.every((a) => filled(a.what) && filled(a.who) && filled(a.byWhen)),
        )
      );
    case 'indicators':
      return value.items.length > 0 && value.items.every((i) => filled(i.indicator));
  }
}
