import {
  groupsOfRounds,
  summarizeDepartmentVoices,
  shownPerDepartment,
  voicesGlance,
  type DepartmentVoices,
  type ShownVoice,
  type VoiceCountRow,
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

/** What a caller has read already, so the section does not read it again. */
export interface VoiceSectionOptions {
  /** Shown texts per group; 'all' for exports. */
  perGroup?: number | 'all';
  /** The department's rounds, newest first. */
  rounds?: readonly StoredVoiceRound[];
  /** Voice counts that include the department's (other departments' rows are ignored). */
  counts?: readonly VoiceCountRow[];
}

/**
 * The one place a department's voices become an output (tab summary, forum overview, presentation
 * and exports): only shown voices, only texts the viewer may read.
 */
export async function loadVoiceSection(
  voices: VoiceStore,
  departmentId: string,
  rights: VoiceRights,
  { perGroup = SUMMARY_TEXTS_PER_GROUP, rounds, counts }: VoiceSectionOptions = {},
): Promise<DepartmentVoices> {
  const known = rounds ?? (await voices.listRounds(departmentId));
  const roundIds = readableRoundIds(known, rights);
  const [counted, shown] = await Promise.all([
    counts ?? voices.countVoices([departmentId]),
    perGroup === 'all'
      ? voices.allShownVoices(departmentId, roundIds)
      : voices.shownVoices(departmentId, perGroup, roundIds),
  ]);
  return summarizeDepartmentVoices({
    departmentId,
    groups: groupsOfRounds(known),
    counts: counted,
    shown: shown satisfies ShownVoice[],
    texts: roundIds === undefined || roundIds.length > 0,
  });
}

/** Shown texts a voices glance (a slide) carries: more than a slide fits, far fewer than a summary. */
const GLANCE_SAMPLES = 6;

/** A department's voices as a slide shows them, or null if it has none shown. */
export function glanceOf(section: DepartmentVoices): VoicesGlance | null {
  return section.total.shown > 0 ? voicesGlance(section, GLANCE_SAMPLES) : null;
}

/** The voices of a forum's departments, counted in one read for everything a forum-wide view builds. */
export interface ForumVoiceCounts {
  rows: VoiceCountRow[];
  /** Shown voices by department id, only departments that have any. */
  shown: Record<string, number>;
}

export async function countForumVoices(
  voices: VoiceStore,
  departmentIds: readonly string[],
): Promise<ForumVoiceCounts> {
  const rows = await voices.countVoices(departmentIds);
  return { rows, shown: shownPerDepartment(rows) };
}

/**
 * The voices of every department in the forum's shared views (the overview's presentation, the
 * forum's PowerPoint): by department id, only departments with shown voices.
 */
export async function loadSharedVoicesGlances(
  voices: VoiceStore,
  counted: ForumVoiceCounts,
): Promise<Record<string, VoicesGlance>> {
  const glances: Record<string, VoicesGlance> = {};
  for (const id of Object.keys(counted.shown)) {
    const section = await loadVoiceSection(voices, id, SHARED_VIEW_VOICE_RIGHTS, { counts: counted.rows });
    const glance = glanceOf(section);
    if (glance) glances[id] = glance;
  }
  return glances;
}
