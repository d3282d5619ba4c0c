import type { VoiceRound, VoiceRoundStatus } from './model';

/** Whether a round's link takes voices at `now`: revoked wins over closed. */
export function voiceRoundStatus(
  round: Pick<VoiceRound, 'closesAt' | 'revokedAt'>,
  now: Date,
): VoiceRoundStatus {
  if (round.revokedAt !== null) return 'revoked';
  return now.getTime() >= Date.parse(round.closesAt) ? 'closed' : 'open';
}
