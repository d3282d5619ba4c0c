import type { Localized } from '../model';
import type { VoiceGroup, VoiceState } from './model';

/** One count from the store: voices of a department in one group and state. */
export interface VoiceCountRow {
  departmentId: string;
  groupId: string;
  state: VoiceState;
  count: number;
}

/** A shown voice as summaries carry it (never waiting or hidden ones). */
export interface ShownVoice {
  id: string;
  groupId: string;
  text: string;
  createdAt: string;
}

export interface VoiceGroupSummary {
  groupId: string;
  label: Localized;
  shown: number;
  /** Shown texts of the group, newest first, at most the store's per-group limit. */
  texts: ShownVoice[];
  /** Shown texts of the group not carried here (beyond the limit). */
  moreTexts: number;
}

/**
 * The "Stemmer" section of a department's summary. `texts` is false for viewers who see counts only
 * (organizers while the department does not share): then no group carries texts.
 */
export interface DepartmentVoices {
  departmentId: string;
  total: { waiting: number; shown: number; hidden: number };
  groups: VoiceGroupSummary[];
  texts: boolean;
}

/** Shown voices per department (the forum overview's column): aggregates only, no texts. */
export function shownPerDepartment(rows: readonly VoiceCountRow[]): Record<string, number> {
  const shown: Record<string, number> = {};
  for (const row of rows)
    if (row.state === 'shown') shown[row.departmentId] = (shown[row.departmentId] ?? 0) + row.count;
  return shown;
}

/** Counts of one department by state. */
export function voiceTotals(rows: readonly VoiceCountRow[]): DepartmentVoices['total'] {
  const total = { waiting: 0, shown: 0, hidden: 0 };
  for (const row of rows) total[row.state] += row.count;
  return total;
}

/**
 * The department's voices by group, in the order of the rounds' groups (a group no round asks any
 * more, but which has voices, comes last under its id). Only shown voices are counted per group.
 */
export function summarizeDepartmentVoices(input: {
  departmentId: string;
  groups: readonly VoiceGroup[];
  counts: readonly VoiceCountRow[];
  shown: readonly ShownVoice[];
  texts: boolean;
}): DepartmentVoices {
  const counts = input.counts.filter((c) => c.departmentId === input.departmentId);
  const labels = new Map<string, Localized>();
  for (const g of input.groups) if (!labels.has(g.id)) labels.set(g.id, g.label);
  for (const c of counts) if (!labels.has(c.groupId)) labels.set(c.groupId, { da: c.groupId, en: c.groupId });
  const groups = [...labels].map(([groupId, label]): VoiceGroupSummary => {
    const shown = counts
      .filter((c) => c.groupId === groupId && c.state === 'shown')
      .reduce((sum, c) => sum + c.count, 0);
    const texts = input.texts ? input.shown.filter((v) => v.groupId === groupId) : [];
    return { groupId, label, shown, texts, moreTexts: Math.max(0, shown - texts.length) };
  });
  return { departmentId: input.departmentId, total: voiceTotals(counts), groups, texts: input.texts };
}

/** Every group of several rounds, each id once (the newest round's label wins: callers pass newest first). */
export function groupsOfRounds(rounds: ReadonlyArray<{ groups: readonly VoiceGroup[] }>): VoiceGroup[] {
  const seen = new Map<string, VoiceGroup>();
  for (const round of rounds) for (const g of round.groups) if (!seen.has(g.id)) seen.set(g.id, g);
  return [...seen.values()];
}
