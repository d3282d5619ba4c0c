import type { Question } from '../../../core/model';
import { parseTypedDate } from '../../../core/time/parse-date';
import { inputId } from '../cards/card-data';

type Inputs = Record<string, unknown>;

/**
 * Turns the flat inputs of a submitted card into an answer candidate for the question's shape.
 * Nothing is trusted here: values keep their submitted types so validation can name the problem.
 */
export function readCardAnswer(question: Question, inputs: Inputs): unknown {
  const shape = question.shape;
  const get = (field: string): unknown => normalize(inputs[inputId(question.number, field)]);
  switch (shape.kind) {
    case 'text':
      return { kind: 'text', text: get('text') };
    case 'textWithPrinciples':
      return { kind: shape.kind, text: get('text'), principles: list(get('principles')).map(integer) };
    case 'textWithLeadershipStyle':
      return { kind: shape.kind, text: get('text'), style: get('style') };
    case 'textWithKnowsOthers':
      return { kind: shape.kind, text: get('text'), knowsOthers: get('knows') };
    case 'textWithRating':
      return { kind: shape.kind, text: get('text'), rating: integer(get('rating')) };
    case 'improvements': {
      const items = [];
      for (let i = 1; i <= shape.maxItems; i++) {
        const actions = [];
        for (let a = 1; a <= shape.maxActionsPerItem; a++) {
          const action = {
            what: get(`i${i}a${a}_what`),
            who: get(`i${i}a${a}_who`),
            byWhen: parseTypedDate(get(`i${i}a${a}_when`)),
          };
          if (Object.values(action).some(present)) actions.push(action);
        }
        const improvement = get(`i${i}`);
        if (present(improvement) || actions.length) items.push({ improvement, actions });
      }
      return { kind: shape.kind, items };
    }
    case 'indicators': {
      const items = [];
      for (let i = 1; i <= shape.maxItems; i++) {
        const item = { indicator: get(`n${i}`), valueType: get(`n${i}_type`), mode: get(`n${i}_mode`) };
        if (Object.values(item).some(present)) items.push(item);
      }
      return { kind: shape.kind, items };
    }
  }
}

/** Whether a submit carries any input of this question at all (a card for another question, or none). */
export function hasAnyInput(question: Question, inputs: Inputs): boolean {
  const prefix = inputId(question.number, '');
  return Object.keys(inputs).some((key) => key.startsWith(prefix));
}

function normalize(value: unknown): unknown {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? undefined : value;
  }
  return value === null ? undefined : value;
}

function present(value: unknown): boolean {
  return value !== undefined;
}

function list(value: unknown): unknown[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  if (typeof value === 'string')
    return value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  return [value];
}

function integer(value: unknown): unknown {
  if (typeof value === 'string' && /^\d{1,6}$/.test(value.trim())) return Number(value.trim());
  return value;
}
