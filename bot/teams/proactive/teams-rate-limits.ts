/** A limit of `max` sends within any window of `windowMs` milliseconds. */
export interface RateWindow {
  max: number;
  windowMs: number;
}

/**
 * Teams' proactive-message limits per bot per conversation (learn.microsoft.com,
 * "Optimize your bot: rate limiting and best practices").
 */
export const TEAMS_PER_CONVERSATION_LIMITS: readonly RateWindow[] = [
  { max: 7, windowMs: 1_000 },
  { max: 8, windowMs: 2_000 },
  { max: 60, windowMs: 30_000 },
  { max: 1_800, windowMs: 3_600_000 },
];

/** The per-app (per tenant) limit: `perSecond` sends in any one-second window. */
export function globalLimit(perSecond: number): RateWindow {
  return { max: perSecond, windowMs: 1_000 };
}
