import { z } from 'zod';
import type { AnswerShape, AnswerValue } from '../model';
import { isStorableText } from '../text/storable-text';
import { isValidLocalDate } from '../time/local-date';
import { CO_MODES, KNOWS_OTHERS_VALUES, LEADERSHIP_STYLES, VALUE_TYPES } from './labels';

/**
 * The zod schema of an answer to a question of the given shape. Texts are trimmed and must
 * not be empty; principle numbers must exist in the forum and be distinct; dates are real
 * "YYYY-MM-DD" dates; ratings are whole numbers 1..scale. Unknown object keys are stripped.
 * Custom checks carry `params.code` (see validate-answer.ts for the error texts).
 */
export function answerValueSchema(
  shape: AnswerShape,
  principleNumbers: readonly number[],
): z.ZodType<AnswerValue> {
  const key = `${JSON.stringify(shape)}|${principleNumbers.join(',')}`;
  let schema = schemaCache.get(key);
  if (!schema) {
    if (schemaCache.size >= MAX_CACHED_SCHEMAS) schemaCache.clear();
    schema = buildAnswerValueSchema(shape, principleNumbers);
    schemaCache.set(key, schema);
  }
  return schema;
}

/** Building a schema costs ~80× parsing with it; shapes repeat, so each is built once. */
const schemaCache = new Map<string, z.ZodType<AnswerValue>>();
const MAX_CACHED_SCHEMAS = 500;

function buildAnswerValueSchema(
  shape: AnswerShape,
  principleNumbers: readonly number[],
): z.ZodType<AnswerValue> {
  const text = z
    .string()
    .refine(isStorableText, { params: { code: 'unstorableText' } })
    .trim()
    .min(1)
    .max(shape.maxLength);
  const kind = z.literal(shape.kind);
  const localDate = z
    .string()
    .refine(isStorableText, { params: { code: 'unstorableText' } })
    .refine(isValidLocalDate, { params: { code: 'invalidDate' } });
  switch (shape.kind) {
    case 'text':
      return z.object({ kind, text }) as z.ZodType<AnswerValue>;
    case 'textWithPrinciples': {
      const known = new Set(principleNumbers);
      const principle = z
        .number()
        .int()
        .refine((n) => known.has(n), { params: { code: 'unknownPrinciple' } });
      const principles = z
        .array(principle)
        .min(1)
        .max(shape.maxPrinciples)
        .refine((list) => new Set(list).size === list.length, { params: { code: 'duplicatePrinciple' } });
      return z.object({ kind, text, principles }) as z.ZodType<AnswerValue>;
    }
    case 'improvements': {
      const action = z.object({ what: text, who: text, byWhen: localDate });
      const item = z.object({ improvement: text, actions: z.array(action).max(shape.maxActionsPerItem) });
      return z.object({ kind, items: z.array(item).min(1).max(shape.maxItems) }) as z.ZodType<AnswerValue>;
    }
    case 'textWithLeadershipStyle':
      return z.object({
        kind,
        text,
        style: z.enum(LEADERSHIP_STYLES as [string, ...string[]]),
      }) as z.ZodType<AnswerValue>;
    case 'textWithKnowsOthers':
      return z.object({
        kind,
        text,
        knowsOthers: z.enum(KNOWS_OTHERS_VALUES as [string, ...string[]]),
      }) as z.ZodType<AnswerValue>;
    case 'textWithRating': {
      const max = shape.scale;
      const rating = z
        .number()
        .int()
        .refine((n) => n >= 1 && n <= max, { params: { code: 'outOfRange', min: 1, max } });
      return z.object({ kind, text, rating }) as z.ZodType<AnswerValue>;
    }
    case 'indicators': {
      const indicator = z.object({
        indicator: text,
        valueType: z.enum(VALUE_TYPES as [string, ...string[]]),
        mode: z.enum(CO_MODES as [string, ...string[]]),
      });
      return z.object({
        kind,
        items: z.array(indicator).min(1).max(shape.maxItems),
      }) as z.ZodType<AnswerValue>;
    }
  }
}
