import { type AnswerValidation, validateAnswerValue } from '../../../core/answers/validate-answer';
import type { Principle, Question } from '../../../core/model';

/** A card submit's answer, checked by core's rules (which keep one schema per question shape). */
export function validateCardAnswer(
  candidate: unknown,
  question: Question,
  principles: readonly Pick<Principle, 'number'>[],
): AnswerValidation {
  return validateAnswerValue(candidate, question, principles);
}
