import { localize } from '../../../../core/i18n';
import type { Locale, ValueType } from '../../../../core/model';
import { departmentSlideSource, type DepartmentSlideSource } from '../../../../core/presentation';
import type { PrincipleCount } from '../../../../core/summary/types';
import type { ForumOverviewResponse } from '../../api/types';

/** One department in the overview's comparison: its aggregates, nothing of the answers' texts. */
export interface OverviewRow {
  departmentId: string;
  name: string;
  respondents: number;
  members: number;
  rate: number;
  /** Principles chosen, most chosen first (only those chosen at least once). */
  principles: PrincipleCount[];
  principleChoices: number;
  actions: number;
  overdue: number;
  /** `overdue` is a lower bound (the overview lists only the earliest actions). */
  overdueAtLeast: boolean;
  indicators: number;
  valueTypes: Record<ValueType, number>;
  /** Voices shown (moderated in) from leaders, employees and citizens: a count only. */
  voices: number;
  /** Parts whose answers are still too few to show, with the forum's threshold. */
  withheldBelow: DepartmentSlideSource['withheldBelow'];
}

export type SortKey = 'name' | 'participation' | 'principles' | 'actions' | 'indicators' | 'voices';
export type SortDirection = 'ascending' | 'descending';
export interface SortState {
  key: SortKey;
  direction: SortDirection;
}

/** The overview's departments as comparison rows, in the forum's order. */
export function overviewRows(data: ForumOverviewResponse, locale: Locale): OverviewRow[] {
  return data.overview.departments.map((summary) => {
    const d = departmentSlideSource(summary);
    const principles = d.principles
      .filter((p) => p.count > 0)
      .sort((a, b) => b.count - a.count || a.number - b.number);
    return {
      departmentId: d.departmentId,
      name: localize(d.departmentName, locale),
      respondents: d.participation.respondents,
      members: d.participation.members,
      rate: d.participation.rate,
      principles,
      principleChoices: principles.reduce((n, p) => n + p.count, 0),
      actions: d.actionPlanTotal,
      overdue: d.actionPlan.filter((a) => a.overdue).length,
      // The listed actions are the earliest by date, overdue ones first: the count is exact
      // unless every listed action is overdue and more are not listed.
      overdueAtLeast: d.actionPlanTotal > d.actionPlan.length && d.actionPlan.every((a) => a.overdue),
      indicators: d.indicatorTotal,
      valueTypes: d.valueTypes,
      voices: data.voicesShown[d.departmentId] ?? 0,
      withheldBelow: d.withheldBelow,
    };
  });
}

const collators = new Map<Locale, Intl.Collator>();
function collator(locale: Locale): Intl.Collator {
  let c = collators.get(locale);
  if (!c) collators.set(locale, (c = new Intl.Collator(locale === 'da' ? 'da-DK' : 'en-GB')));
  return c;
}

/** What each column sorts by (action plans: overdue actions, then all actions); ties keep the forum's order. */
const COMPARE: Record<SortKey, (a: OverviewRow, b: OverviewRow, locale: Locale) => number> = {
  name: (a, b, locale) => collator(locale).compare(a.name, b.name),
  participation: (a, b) => a.rate - b.rate || a.respondents - b.respondents,
  principles: (a, b) => a.principleChoices - b.principleChoices,
  actions: (a, b) => a.overdue - b.overdue || a.actions - b.actions,
  indicators: (a, b) => a.indicators - b.indicators,
  voices: (a, b) => a.voices - b.voices,
};

export function sortRows(
  rows: readonly OverviewRow[],
  sort: SortState | null,
  locale: Locale,
): OverviewRow[] {
  if (!sort) return [...rows];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => sign * COMPARE[sort.key](a.row, b.row, locale) || a.i - b.i)
    .map((x) => x.row);
}

/** Clicking a column sorts by it ascending; clicking it again turns the direction. */
export function nextSort(current: SortState | null, key: SortKey): SortState {
  if (current?.key === key)
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: 'ascending' };
}
