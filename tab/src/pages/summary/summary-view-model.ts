import type { DepartmentSummaryResponse } from '../../api/types';

export type SummaryData = DepartmentSummaryResponse;

export function asSummaryData(response: DepartmentSummaryResponse): SummaryData {
  return response;
}

/** Names of the people behind the answers, by member id (the summary carries them per answer). */
export function memberNames(data: SummaryData): Map<string, string> {
  const names = new Map<string, string>();
  for (const q of data.summary.questions) {
    for (const a of q.answers) if (a.authorName) names.set(a.memberId, a.authorName);
  }
  return names;
}

/** Author name: the item's own name, then any known name for the member, then a localized fallback. */
export function nameResolver(data: SummaryData, unknown: string) {
  const names = memberNames(data);
  return (memberId: string | null, fallback: string | null = null): string =>
    fallback ?? (memberId ? names.get(memberId) : undefined) ?? unknown;
}
