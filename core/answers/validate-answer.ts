import type { z } from 'zod';
import type { Params } from '../i18n';
import { LOCALES, type AnswerValue, type Localized, type Principle, type Question } from '../model';
import { answerValueSchema } from './answer-schema';
import { tAnswer, type AnswerMessageKey } from './messages';

export type AnswerErrorCode =
  | 'required'
  | 'invalidType'
  | 'notInteger'
  | 'tooLong'
  | 'tooShort'
  | 'tooFew'
  | 'tooMany'
  | 'invalidChoice'
  | 'wrongKind'
  | 'outOfRange'
  | 'unknownPrinciple'
  | 'duplicatePrinciple'
  | 'invalidDate'
  | 'unstorableText'
  | 'invalidInput';

export interface AnswerFieldError {
  /** Dotted path into the value ("items.0.actions.1.byWhen"); "" for the whole value. */
  path: string;
  code: AnswerErrorCode;
  params: Params;
  message: Localized;
}

export type AnswerValidation = { ok: true; value: AnswerValue } | { ok: false; errors: AnswerFieldError[] };

function fieldError(path: string, code: AnswerErrorCode, params: Params = {}): AnswerFieldError {
  const message = {} as Localized;
  for (const l of LOCALES) message[l] = tAnswer(l, `error.${code}` as AnswerMessageKey, params);
  return { path, code, params, message };
}

function toFieldError(issue: z.core.$ZodIssue, expectedKind: string): AnswerFieldError {
  const path = issue.path.map(String).join('.');
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined || input === null) return fieldError(path, 'required');
      return fieldError(path, issue.expected === 'int' ? 'notInteger' : 'invalidType');
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? fieldError(path, 'required')
          : fieldError(path, 'tooShort', { min: Number(issue.minimum) });
      }
      return fieldError(path, 'tooFew', { min: Number(issue.minimum) });
    case 'too_big':
      return fieldError(path, issue.origin === 'string' ? 'tooLong' : 'tooMany', {
        max: Number(issue.maximum),
      });
    case 'invalid_value':
      return path === 'kind'
        ? fieldError(path, 'wrongKind', { expected: expectedKind })
        : fieldError(path, 'invalidChoice');
    case 'custom': {
      const params = (issue.params ?? {}) as Record<string, unknown>;
      const code = (typeof params.code === 'string' ? params.code : 'invalidInput') as AnswerErrorCode;
      const p: Params = { value: String(input) };
      if (typeof params.min === 'number') p.min = params.min;
      if (typeof params.max === 'number') p.max = params.max;
      return fieldError(path, code, p);
    }
    default:
      return fieldError(path, 'invalidInput');
  }
}

/**
 * Validates an untrusted value (card submit, API body) against a question's answer shape and
 * the forum's principles. Never throws; on failure every problem is returned as a localized
 * field error. On success the cleaned value (texts trimmed, unknown keys dropped) is returned.
 */
export function validateAnswerValue(
  input: unknown,
  question: Pick<Question, 'shape'>,
  principles: readonly Pick<Principle, 'number'>[],
): AnswerValidation {
  const kind = question.shape.kind;
  try {
    const schema = answerValueSchema(
      question.shape,
      principles.map((p) => p.number),
    );
    const result = schema.safeParse(input, { reportInput: true });
    if (result.success) return { ok: true, value: result.data };
    const errors = result.error.issues.map((i) => toFieldError(i, kind));
    return { ok: false, errors: errors.length > 0 ? errors : [fieldError('', 'invalidInput')] };
  } catch {
    return { ok: false, errors: [fieldError('', 'invalidInput')] };
  }
}
