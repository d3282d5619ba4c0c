import type { Localized } from '../model';
import type { VoiceGroup, VoiceState } from './model';
import { wordFrequency, type WordCount } from './word-frequency';

/** Words a voices section lists at most (the tab, the slide and the exports). */
export const VOICE_WORDS_TOP = 10;

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
  /** The words that recur in the shown texts carried here (none when `texts` is false). */
  words: WordCount[];
  /** How many shown texts `words` counts in (the texts carried here). */
  wordsFrom: number;
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
  const readable = groups.flatMap((g) => g.texts.map((v) => v.text));
  return {
    departmentId: input.departmentId,
    total: voiceTotals(counts),
    groups,
    texts: input.texts,
    words: wordFrequency(readable, VOICE_WORDS_TOP),
    wordsFrom: readable.length,
  };
}

/** Every group of several rounds, each id once (the newest round's label wins: callers pass newest first). */
export function groupsOfRounds(rounds: ReadonlyArray<{ groups: readonly VoiceGroup[] }>): VoiceGroup[] {
  const seen = new Map<string, VoiceGroup>();
  for (const round of rounds) for (const g of round.groups) if (!seen.has(g.id)) seen.set(g.id, g);
  return [...seen.values()];
}

/** A department's voices in brief, for shared views (the forum's presentation): no ids, few texts. */
export interface VoicesGlance {
  departmentId: string;
  total: DepartmentVoices['total'];
  groups: Array<{ groupId: string; label: Localized; shown: number }>;
  texts: boolean;
  words: WordCount[];
  wordsFrom: number;
  /** A few shown texts, newest first, taking one group after another so each group is heard. */
  samples: Array<{ groupId: string; label: Localized; text: string }>;
}

/** The glance of a voices section: its counts and words, and at most `samples` of its texts. */
export function voicesGlance(voices: DepartmentVoices, samples: number): VoicesGlance {
  const picked: VoicesGlance['samples'] = [];
  const queues = voices.groups.map((g) => ({ g, texts: [...g.texts] }));
  while (picked.length < samples && queues.some((q) => q.texts.length > 0)) {
    for (const q of queues) {
      const next = q.texts.shift();
      if (next && picked.length < samples)
        picked.push({ groupId: q.g.groupId, label: q.g.label, text: next.text });
    }
  }
  return {
    departmentId: voices.departmentId,
    total: voices.total,
    groups: voices.groups.map((g) => ({ groupId: g.groupId, label: g.label, shown: g.shown })),
    texts: voices.texts,
    words: voices.words,
    wordsFrom: voices.wordsFrom,
    samples: picked,
  };
}
