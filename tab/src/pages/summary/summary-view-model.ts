import type { DepartmentSummaryResponse } from '../../api/types';

export type SummaryData = DepartmentSummaryResponse;

export function asSummaryData(response: DepartmentSummaryResponse): SummaryData {
  return response;
}

/**
 * Names the summary carries, by member id: the authors of the listed actions and indicators and
 * the last editor of the takeaways (answers carry their own author's name).
 */
export function memberNames(data: SummaryData): Map<string, string> {
  const names = new Map<string, string>();
  for (const item of [...data.summary.actionPlan, ...data.summary.indicators])
    if (item.authorName) names.set(item.memberId, item.authorName);
  if (data.takeaways.updatedBy && data.takeawaysEditorName)
    names.set(data.takeaways.updatedBy, data.takeawaysEditorName);
  return names;
}

/**
 * Author name: "En chef" when the forum hides it (`hidden`), else the item's own name, then any
 * known name for the member, then a localized fallback.
 */
export function nameResolver(data: SummaryData, unknown: string, anonymous: string) {
  const names = memberNames(data);
  return (memberId: string | null, fallback: string | null = null, hidden = false): string =>
    hidden ? anonymous : (fallback ?? (memberId ? names.get(memberId) : undefined) ?? unknown);
}
