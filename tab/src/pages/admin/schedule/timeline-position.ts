/** Days between two local dates "YYYY-MM-DD" (UTC arithmetic on calendar dates). */
export function daysBetween(from: string, to: string): number {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  if (Number.isNaN(a) || Number.isNaN(b)) return 0;
  return Math.round((b - a) / 86_400_000);
}

/** Where a date lies between kickoff and final meeting, as a percentage clamped to 0..100. */
export function timelinePercent(date: string, kickoff: string, final: string): number {
  const span = daysBetween(kickoff, final);
  if (span <= 0) return 0;
  const pct = (daysBetween(kickoff, date) / span) * 100;
  return Math.min(100, Math.max(0, Math.round(pct * 10) / 10));
}
