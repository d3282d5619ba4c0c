import type { CoMode, KnowsOthers, LeadershipStyle, Principle, Question, ValueType } from '../model';
import type { AnswerFacts, PrincipleCount, QuestionStats } from './types';

/** Accumulates one question's distributions answer by answer (O(1) per answer). */
export interface StatsAccumulator {
  add(value: AnswerFacts): void;
  result(): QuestionStats;
}

export function createStatsAccumulator(
  question: Pick<Question, 'shape'>,
  principles: readonly Principle[],
): StatsAccumulator {
  const shape = question.shape;
  switch (shape.kind) {
    case 'text':
      return { add() {}, result: () => ({ kind: 'text' }) };
    case 'textWithPrinciples': {
      const counts = new Map<number, number>(principles.map((p) => [p.number, 0]));
      return {
        add(v) {
          if (v.kind !== 'textWithPrinciples') return;
          for (const n of new Set(v.principles)) {
            const c = counts.get(n);
            if (c !== undefined) counts.set(n, c + 1);
          }
        },
        result: () => ({
          kind: 'textWithPrinciples',
          principles: principles.map<PrincipleCount>((p) => ({
            number: p.number,
            title: p.title,
            count: counts.get(p.number) ?? 0,
          })),
        }),
      };
    }
    case 'improvements': {
      let improvements = 0;
      let actions = 0;
      return {
        add(v) {
          if (v.kind !== 'improvements') return;
          improvements += v.items.length;
          for (const item of v.items) actions += item.actions.length;
        },
        result: () => ({ kind: 'improvements', improvements, actions }),
      };
    }
    case 'textWithLeadershipStyle': {
      const styles: Record<LeadershipStyle, number> = { defining: 0, facilitating: 0, both: 0 };
      return {
        add(v) {
          if (v.kind === 'textWithLeadershipStyle' && v.style in styles) styles[v.style]++;
        },
        result: () => ({ kind: 'textWithLeadershipStyle', styles: { ...styles } }),
      };
    }
    case 'textWithKnowsOthers': {
      const knowsOthers: Record<KnowsOthers, number> = { yes: 0, partly: 0, no: 0 };
      return {
        add(v) {
          if (v.kind === 'textWithKnowsOthers' && v.knowsOthers in knowsOthers) knowsOthers[v.knowsOthers]++;
        },
        result: () => ({ kind: 'textWithKnowsOthers', knowsOthers: { ...knowsOthers } }),
      };
    }
    case 'textWithRating': {
      const scale = shape.scale;
      const histogram = new Array<number>(scale).fill(0);
      let count = 0;
      let sum = 0;
      return {
        add(v) {
          if (v.kind !== 'textWithRating' || !Number.isInteger(v.rating) || v.rating < 1 || v.rating > scale)
            return;
          histogram[v.rating - 1]!++;
          count++;
          sum += v.rating;
        },
        result: () => ({
          kind: 'textWithRating',
          rating: { scale, histogram: [...histogram], count, mean: count > 0 ? sum / count : null },
        }),
      };
    }
    case 'indicators': {
      const valueTypes: Record<ValueType, number> = { quality: 0, efficiency: 0, democracy: 0 };
      const modes: Record<CoMode, number> = { 'co-creation': 0, 'co-production': 0 };
      let indicators = 0;
      return {
        add(v) {
          if (v.kind !== 'indicators') return;
          for (const item of v.items) {
            indicators++;
            if (item.valueType in valueTypes) valueTypes[item.valueType]++;
            if (item.mode in modes) modes[item.mode]++;
          }
        },
        result: () => ({
          kind: 'indicators',
          indicators,
          valueTypes: { ...valueTypes },
          modes: { ...modes },
        }),
      };
    }
  }
}
