import { answerValueSchema } from '../../../core/answers/answer-schema';
import { type AnswerValidation, validateAnswerValue } from '../../../core/answers/validate-answer';
import type { Principle, Question } from '../../../core/model';

type Schema = ReturnType<typeof answerValueSchema>;
const schemas = new Map<string, Schema>();
const MAX_SCHEMAS = 500;

/**
 * core's validateAnswerValue, with the zod schema kept per question shape and principle set
 * (building it costs ~80x more than parsing). A valid answer is parsed by the kept schema; an
 * invalid one goes through validateAnswerValue for its localized field errors.
 */
export function validateCardAnswer(
  candidate: unknown,
  question: Question,
  principles: readonly Pick<Principle, 'number'>[],
): AnswerValidation {
  const numbers = principles.map((p) => p.number);
  const key = `${JSON.stringify(question.shape)}|${numbers.join(',')}`;
  let schema = schemas.get(key);
  if (!schema) {
    try {
      schema = answerValueSchema(question.shape, numbers);
    } catch {
      return validateAnswerValue(candidate, question, principles);
    }
    if (schemas.size >= MAX_SCHEMAS) schemas.clear();
    schemas.set(key, schema);
  }
  const parsed = schema.safeParse(candidate);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : validateAnswerValue(candidate, question, principles);
}
