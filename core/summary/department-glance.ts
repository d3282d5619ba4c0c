import { VALUE_TYPES } from '../answers/labels';
import type { MessageCatalog } from '../i18n';
import type { Localized, ValueType } from '../model';
import { withheldParts, type WithholdablePart } from './anonymity';
import type { DepartmentSummary } from './types';

/** The action plan in one word: nothing planned yet, every action on track, or something overdue. */
export type ActionPlanStatus = 'empty' | 'onTrack' | 'overdue';

/** An action's status word (the summary's table, the glance band and the slides all say these). */
export const actionPlanWords = {
  onTrack: { da: 'I rute', en: 'On track' },
  overdue: { da: 'Overskredet', en: 'Overdue' },
} as const satisfies MessageCatalog;

/**
 * What a department's summary says at a glance: who answered (overall and per question), how the
 * action plan stands, and the indicators by value type. The tab's header band and a department's
 * slide show these figures; both read them here.
 */
export interface DepartmentGlance {
  participation: { respondents: number; members: number; completed: number };
  questions: { questionId: string; number: number; text: Localized; answered: number; members: number }[];
  actions: {
    status: ActionPlanStatus;
    total: number;
    overdue: number;
    onTrack: number;
    /** The earliest deadline not yet passed (local date), null when none is ahead. */
    nextDeadline: string | null;
  };
  /** Every value type, in the forum's fixed order, with 0 when no indicator has it. */
  valueTypes: { valueType: ValueType; count: number }[];
  indicators: number;
  /** Parts whose answers are still too few to show, with the forum's threshold (core/summary/anonymity.ts). */
  withheldBelow: Record<WithholdablePart, number | null>;
}

export function departmentGlance(summary: DepartmentSummary): DepartmentGlance {
  const overdue = summary.actionPlan.filter((a) => a.overdue).length;
  const total = summary.actionPlanTotal;
  const ahead = summary.actionPlan
    .filter((a) => !a.overdue)
    .map((a) => a.byWhen)
    .sort();
  const valueCounts = new Map<ValueType, number>();
  let indicators = 0;
  for (const q of summary.questions) {
    if (q.stats.kind !== 'indicators') continue;
    indicators += q.stats.indicators;
    for (const v of VALUE_TYPES) valueCounts.set(v, (valueCounts.get(v) ?? 0) + (q.stats.valueTypes[v] ?? 0));
  }
  return {
    participation: {
      respondents: summary.participation.respondents,
      members: summary.participation.members,
      completed: summary.participation.completed,
    },
    questions: summary.questions.map((q) => ({
      questionId: q.questionId,
      number: q.number,
      text: q.text,
      answered: q.participation.answered,
      members: q.participation.members,
    })),
    actions: {
      status: total === 0 ? 'empty' : overdue > 0 ? 'overdue' : 'onTrack',
      total,
      overdue,
      onTrack: total - overdue,
      nextDeadline: ahead[0] ?? null,
    },
    valueTypes: VALUE_TYPES.map((valueType) => ({ valueType, count: valueCounts.get(valueType) ?? 0 })),
    indicators,
    withheldBelow: withheldParts(summary.questions),
  };
}
