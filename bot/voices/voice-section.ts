import {
  groupsOfRounds,
  summarizeDepartmentVoices,
  type DepartmentVoices,
  type ShownVoice,
} from '../../core/voices';
import type { VoiceRights } from '../authz/rules';
import type { StoredVoiceRound, VoiceStore } from '../store/voices/voice-store';

/** Shown texts per group a summary carries (the rest are counted; exports carry them all). */
export const SUMMARY_TEXTS_PER_GROUP = 20;

/** The rounds whose shown texts the viewer reads: every round, or only those the department shares. */
function readableRoundIds(rounds: readonly StoredVoiceRound[], rights: VoiceRights): string[] | undefined {
  return rights.texts === 'all' ? undefined : rounds.filter((r) => r.shared).map((r) => r.id);
}

/**
 * The one place a department's voices become an output (tab summary, forum overview, presentation
 * and exports): only shown voices, only texts the viewer may read. `perGroup: 'all'` for exports.
 */
export async function loadVoiceSection(
  voices: VoiceStore,
  departmentId: string,
  rights: VoiceRights,
  perGroup: number | 'all' = SUMMARY_TEXTS_PER_GROUP,
  rounds?: readonly StoredVoiceRound[],
): Promise<DepartmentVoices> {
  const known = rounds ?? (await voices.listRounds(departmentId));
  const roundIds = readableRoundIds(known, rights);
  const [counts, shown] = await Promise.all([
    voices.countVoices([departmentId]),
    perGroup === 'all'
      ? voices.allShownVoices(departmentId, roundIds)
      : voices.shownVoices(departmentId, perGroup, roundIds),
  ]);
  return summarizeDepartmentVoices({
    departmentId,
    groups: groupsOfRounds(known),
    counts,
    shown: shown satisfies ShownVoice[],
    texts: roundIds === undefined || roundIds.length > 0,
  });
}
