import type { CoMode, Forum, Localized, ValueType } from '../model';
import { withheldParts, type WithholdablePart } from '../summary/anonymity';
import type { PrincipleCount, QuestionStats } from '../summary/types';
import type { VoicesGlance } from '../voices/summary';

/**
 * What a department's slide is made of: its aggregates only (participation, the principles its
 * chefs chose, its action plan, its indicators and its takeaways), never the answers' texts.
 */
export interface DepartmentSlideSource {
  departmentId: string;
  departmentName: Localized;
  participation: { respondents: number; members: number; rate: number };
  /** How many chefs chose each principle (zero counts allowed). */
  principles: readonly PrincipleCount[];
  /** The first actions by date (a summary may list only some); `actionPlanTotal` counts them all. */
  actionPlan: readonly { what: string; who: string; byWhen: string; overdue: boolean }[];
  actionPlanTotal: number;
  /** Indicators (a summary may list only some); `indicatorTotal` counts them all. */
  indicators: readonly { indicator: string; valueType: ValueType; mode: CoMode }[];
  indicatorTotal: number;
  /** Indicators per value type, over all of them. */
  valueTypes: Record<ValueType, number>;
  takeaways: string | null;
  /** The department's voices as this deck may show them (shown voices only), or null for none. */
  voices: VoicesGlance | null;
  /**
   * Per part, the forum's threshold when its questions have answers but too few to show
   * (core/summary/anonymity.ts), else null: an empty part then says when it will show, not "none yet".
   */
  withheldBelow: Record<WithholdablePart, number | null>;
}

/** The forum a deck presents, and its departments in the forum's order. */
export interface DeckSource {
  forumName: Localized;
  kickoffDate: string;
  finalMeetingDate: string;
  participation: { respondents: number; members: number; rate: number };
  departments: readonly DepartmentSlideSource[];
}

/** Principle choices summed over a department's questions (one count per principle). */
export function principleCounts(stats: readonly QuestionStats[]): PrincipleCount[] {
  const byNumber = new Map<number, PrincipleCount>();
  for (const s of stats) {
    if (s.kind !== 'textWithPrinciples') continue;
    for (const p of s.principles) {
      const prev = byNumber.get(p.number);
      byNumber.set(p.number, { number: p.number, title: p.title, count: (prev?.count ?? 0) + p.count });
    }
  }
  return [...byNumber.values()].sort((a, b) => a.number - b.number);
}

/** A department summary (core/summary), and its voices if any, as a slide's source. */
export function departmentSlideSource(
  summary: {
    departmentId: string;
    departmentName: Localized;
    participation: { respondents: number; members: number; rate: number };
    questions: readonly { stats: QuestionStats; withheldBelow?: number | null }[];
    actionPlan: DepartmentSlideSource['actionPlan'];
    actionPlanTotal?: number;
    indicators: DepartmentSlideSource['indicators'];
    indicatorTotal?: number;
    takeaways: { text: string } | null;
  },
  voices: VoicesGlance | null = null,
): DepartmentSlideSource {
  const stats = summary.questions.map((q) => q.stats);
  return {
    departmentId: summary.departmentId,
    departmentName: summary.departmentName,
    participation: summary.participation,
    principles: principleCounts(stats),
    actionPlan: summary.actionPlan,
    actionPlanTotal: summary.actionPlanTotal ?? summary.actionPlan.length,
    indicators: summary.indicators,
    indicatorTotal: summary.indicatorTotal ?? summary.indicators.length,
    valueTypes: valueTypeCounts(stats),
    takeaways: summary.takeaways?.text ?? null,
    voices,
    withheldBelow: withheldParts(summary.questions),
  };
}

/** Indicators per value type, summed over a department's indicator questions. */
export function valueTypeCounts(stats: readonly QuestionStats[]): Record<ValueType, number> {
  const counts: Record<ValueType, number> = { quality: 0, efficiency: 0, democracy: 0 };
  for (const s of stats) {
    if (s.kind !== 'indicators') continue;
    for (const v of Object.keys(counts) as ValueType[]) counts[v] += s.valueTypes[v] ?? 0;
  }
  return counts;
}

/**
 * A forum overview (core/summary) as a deck's source: every department, in the forum's order, with
 * its voices glance where `voices` has one (the overview's shared view of the voices).
 */
export function forumDeckSource(
  forum: Pick<Forum, 'name' | 'kickoffDate' | 'finalMeetingDate'>,
  overview: {
    participation: DeckSource['participation'];
    departments: readonly Parameters<typeof departmentSlideSource>[0][];
  },
  voices: Readonly<Record<string, VoicesGlance>> = {},
): DeckSource {
  return {
    forumName: forum.name,
    kickoffDate: forum.kickoffDate,
    finalMeetingDate: forum.finalMeetingDate,
    participation: overview.participation,
    departments: overview.departments.map((d) => departmentSlideSource(d, voices[d.departmentId] ?? null)),
  };
}
