import type {
  AnswerShapeKind,
  CoMode,
  KnowsOthers,
  LeadershipStyle,
  Principle,
  Question,
  ValueType,
} from '../model';
import type { AnswerFacts, PrincipleCount, QuestionStats } from './types';

/**
 * What one question's answer values say, key by key, counted either answer by answer (tallyValue)
 * or by the database (Store.departmentTally); questionStats turns either into the same statistics.
 * Keys are kept as the values carry them: unknown ones are dropped by questionStats alone.
 */
export interface ValueTally {
  /** Principle number → answers that chose it (an answer counts once per principle). */
  principles: Map<number, number>;
  improvements: number;
  actions: number;
  styles: Map<string, number>;
  knowsOthers: Map<string, number>;
  /** Rating (any number) → answers. */
  ratings: Map<number, number>;
  indicators: number;
  valueTypes: Map<string, number>;
  modes: Map<string, number>;
}

export function emptyValueTally(): ValueTally {
  return {
    principles: new Map(),
    improvements: 0,
    actions: 0,
    styles: new Map(),
    knowsOthers: new Map(),
    ratings: new Map(),
    indicators: 0,
    valueTypes: new Map(),
    modes: new Map(),
  };
}

export function bump<K>(counts: Map<K, number>, key: K, by = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + by);
}

/** Adds one value to the tally of a question of `kind`; a value of another kind adds nothing. */
export function tallyValue(tally: ValueTally, kind: AnswerShapeKind, v: AnswerFacts): void {
  if (v.kind !== kind) return;
  switch (v.kind) {
    case 'textWithPrinciples':
      for (const n of new Set(v.principles)) if (typeof n === 'number') bump(tally.principles, n);
      return;
    case 'improvements':
      tally.improvements += v.items.length;
      for (const item of v.items) tally.actions += item.actions.length;
      return;
    case 'textWithLeadershipStyle':
      if (typeof v.style === 'string') bump(tally.styles, v.style);
      return;
    case 'textWithKnowsOthers':
      if (typeof v.knowsOthers === 'string') bump(tally.knowsOthers, v.knowsOthers);
      return;
    case 'textWithRating':
      if (typeof v.rating === 'number') bump(tally.ratings, v.rating);
      return;
    case 'indicators':
      for (const item of v.items) {
        tally.indicators++;
        if (typeof item.valueType === 'string') bump(tally.valueTypes, item.valueType);
        if (typeof item.mode === 'string') bump(tally.modes, item.mode);
      }
      return;
  }
}

/** Adds `from` into `into` (departments into the forum, chunks into a department). */
export function addValueTally(into: ValueTally, from: ValueTally): void {
  into.improvements += from.improvements;
  into.actions += from.actions;
  into.indicators += from.indicators;
  for (const key of ['principles', 'styles', 'knowsOthers', 'ratings', 'valueTypes', 'modes'] as const) {
    const target = into[key] as Map<string | number, number>;
    for (const [k, n] of from[key] as Map<string | number, number>) bump(target, k, n);
  }
}

/** Counts of the known keys (every one present, 0 when nobody chose it), per question kind. */
export function questionStats(
  question: Pick<Question, 'shape'>,
  principles: readonly Principle[],
  tally: ValueTally,
): QuestionStats {
  const shape = question.shape;
  switch (shape.kind) {
    case 'text':
      return { kind: 'text' };
    case 'textWithPrinciples':
      return {
        kind: 'textWithPrinciples',
        principles: principles.map<PrincipleCount>((p) => ({
          number: p.number,
          title: p.title,
          count: tally.principles.get(p.number) ?? 0,
        })),
      };
    case 'improvements':
      return { kind: 'improvements', improvements: tally.improvements, actions: tally.actions };
    case 'textWithLeadershipStyle':
      return { kind: 'textWithLeadershipStyle', styles: known(STYLES, tally.styles) };
    case 'textWithKnowsOthers':
      return { kind: 'textWithKnowsOthers', knowsOthers: known(KNOWS_OTHERS, tally.knowsOthers) };
    case 'textWithRating': {
      const histogram = new Array<number>(shape.scale).fill(0);
      let count = 0;
      let sum = 0;
      for (const [rating, n] of tally.ratings) {
        if (!Number.isInteger(rating) || rating < 1 || rating > shape.scale) continue;
        histogram[rating - 1]! += n;
        count += n;
        sum += rating * n;
      }
      return {
        kind: 'textWithRating',
        rating: { scale: shape.scale, histogram, count, mean: count > 0 ? sum / count : null },
      };
    }
    case 'indicators':
      return {
        kind: 'indicators',
        indicators: tally.indicators,
        valueTypes: known(VALUE_TYPE_KEYS, tally.valueTypes),
        modes: known(MODES, tally.modes),
      };
  }
}

const STYLES: readonly LeadershipStyle[] = ['defining', 'facilitating', 'both'];
const KNOWS_OTHERS: readonly KnowsOthers[] = ['yes', 'partly', 'no'];
const VALUE_TYPE_KEYS: readonly ValueType[] = ['quality', 'efficiency', 'democracy'];
const MODES: readonly CoMode[] = ['co-creation', 'co-production'];

function known<K extends string>(keys: readonly K[], counts: ReadonlyMap<string, number>): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const k of keys) out[k] = counts.get(k) ?? 0;
  return out;
}
