import {
  groupsOfRounds,
  summarizeDepartmentVoices,
  voicesGlance,
  type DepartmentVoices,
  type ShownVoice,
  type VoicesGlance,
} from '../../core/voices';
import { SHARED_VIEW_VOICE_RIGHTS, type VoiceRights } from '../authz/rules';
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

/** Shown texts a voices glance (a slide) carries: more than a slide fits, far fewer than a summary. */
export const GLANCE_SAMPLES = 6;

/** A department's voices as a slide shows them to this reader, or null if it has none shown. */
export async function loadVoicesGlance(
  voices: VoiceStore,
  departmentId: string,
  rights: VoiceRights,
): Promise<VoicesGlance | null> {
  const section = await loadVoiceSection(voices, departmentId, rights);
  return section.total.shown > 0 ? voicesGlance(section, GLANCE_SAMPLES) : null;
}

/**
 * The voices of every department in the forum's shared views (the overview's presentation, the
 * forum's PowerPoint): by department id, only departments with shown voices.
 */
export async function loadSharedVoicesGlances(
  voices: VoiceStore,
  departmentIds: readonly string[],
): Promise<Record<string, VoicesGlance>> {
  const glances: Record<string, VoicesGlance> = {};
  for (const id of departmentIds) {
    const glance = await loadVoicesGlance(voices, id, SHARED_VIEW_VOICE_RIGHTS);
    if (glance) glances[id] = glance;
  }
  return glances;
}
