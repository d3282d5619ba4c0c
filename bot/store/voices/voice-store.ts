import type { Localized } from '../../../core/model';
import type {
  ShownVoice,
  Voice,
  VoiceCountRow,
  VoiceGroup,
  VoiceRound,
  VoiceState,
} from '../../../core/voices';
import type { MeetingMessage } from '../meetings/meeting-store';

/** A rate limit: at most `max` hits of `key` within the last `windowMs` (store clock). */
export interface VoiceRateLimit {
  key: string;
  max: number;
  windowMs: number;
}

export interface VoiceSubmission {
  voice: Voice;
  /** Every limit must have room; the hits are recorded for each when the voice is stored. */
  limits: readonly VoiceRateLimit[];
}

/** stored: the voice waits for moderation; limited: a rate limit is full; full: the round's cap is reached. */
export type VoiceSubmitOutcome = 'stored' | 'limited' | 'full';

export interface VoiceRoundChanges {
  question?: Localized;
  groups?: VoiceGroup[];
  closesAt?: string;
  cap?: number;
  shared?: boolean;
}

export interface VoicePageQuery {
  departmentId: string;
  state?: VoiceState;
  limit: number;
  offset: number;
}

/** The rounds' view as stored: VoiceRound plus whether the department shares texts with the forum. */
export interface StoredVoiceRound extends VoiceRound {
  shared: boolean;
}

/**
 * The voices port: rounds, voices, the public link's rate limits and the chefs' daily notice. Its
 * own port (not the Store), with one Kysely adapter for SQLite and PostgreSQL (kysely-voice-store.ts).
 */
export interface VoiceStore {
  createRound(round: StoredVoiceRound): Promise<void>;
  /** The round after the change, or undefined if there is none with this id. */
  updateRound(id: string, changes: VoiceRoundChanges): Promise<StoredVoiceRound | undefined>;
  /** Revokes the link (idempotent: the first revocation's time stays). */
  revokeRound(id: string, at: string): Promise<StoredVoiceRound | undefined>;
  getRound(id: string): Promise<StoredVoiceRound | undefined>;
  findRoundByCode(code: string): Promise<StoredVoiceRound | undefined>;
  /** A department's rounds, newest first. */
  listRounds(departmentId: string): Promise<StoredVoiceRound[]>;
  /**
   * Stores a voice if its round has room under its cap and every limit has room, atomically across
   * instances (one write transaction, serialized on PostgreSQL by an advisory lock).
   */
  submitVoice(submission: VoiceSubmission): Promise<VoiceSubmitOutcome>;
  getVoice(id: string): Promise<Voice | undefined>;
  /** Sets a voice's state; the voice after the change, or undefined. */
  moderateVoice(id: string, state: 'shown' | 'hidden', at: string): Promise<Voice | undefined>;
  /** A page of a department's voices, newest first, and how many match in all. */
  listVoices(query: VoicePageQuery): Promise<{ voices: Voice[]; total: number }>;
  /** Counts per department, group and state. */
  countVoices(departmentIds: readonly string[]): Promise<VoiceCountRow[]>;
  /**
   * The newest shown voices of a department, at most `perGroup` of each group; with `roundIds`,
   * only those rounds' voices.
   */
  shownVoices(departmentId: string, perGroup: number, roundIds?: readonly string[]): Promise<ShownVoice[]>;
  /** Every shown voice of a department (of `roundIds` if given), oldest first (exports). */
  allShownVoices(departmentId: string, roundIds?: readonly string[]): Promise<ShownVoice[]>;
  /** Departments with voices waiting for moderation, and how many. */
  departmentsWaiting(): Promise<Array<{ forumId: string; departmentId: string; waiting: number }>>;
  /**
   * Claims the department's notice and queues its messages, in one transaction: when no notice was
   * claimed within the last `intervalMs` (store clock), the time is recorded and `messages` are
   * queued as MeetingStore.addMessages queues them. Returns how many messages were new, or null when
   * another claim holds, so several instances tell the chefs at most once per interval. A failure or
   * a crash before the commit leaves neither the claim nor the messages: the next pass tries again.
   */
  claimNotice(departmentId: string, intervalMs: number, messages: MeetingMessage[]): Promise<number | null>;
  /** Removes every round and voice of the forum (retention); how many voices went. */
  purgeForum(forumId: string): Promise<number>;
  /** Drops rate-limit hits older than `olderThanMs` (store clock). */
  pruneHits(olderThanMs: number): Promise<void>;
}
