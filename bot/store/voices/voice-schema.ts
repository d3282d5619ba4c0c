/** Table types of the voices tables (migration 0011-voices), in the store's conventions (ISO text, JSON text, 0/1). */
export interface VoiceRoundsTable {
  id: string;
  forum_id: string;
  department_id: string;
  code: string;
  /** JSON Localized. */
  question: string;
  /** JSON VoiceGroup[]. */
  groups: string;
  closes_at: string;
  cap: number;
  shared: number;
  created_at: string;
  created_by: string;
  revoked_at: string | null;
}

export interface VoicesTable {
  id: string;
  round_id: string;
  forum_id: string;
  department_id: string;
  group_id: string;
  text: string;
  state: string;
  created_at: string;
  moderated_at: string | null;
}

export interface VoiceHitsTable {
  key: string;
  /** Store-clock ms of the hit. */
  t: number;
}

export interface VoiceNoticesTable {
  department_id: string;
  notified_ms: number;
}

// A type (not an interface), so Kysely's withTables accepts it.
export type VoiceTables = {
  voice_rounds: VoiceRoundsTable;
  voices: VoicesTable;
  voice_hits: VoiceHitsTable;
  voice_notices: VoiceNoticesTable;
};
