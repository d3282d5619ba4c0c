import type { Round } from '../../../core/model';

/** Rounds: the planned prompts and reminders of a forum. */
export interface RoundStore {
  saveRound(round: Round): Promise<void>;
  getRound(id: string): Promise<Round | undefined>;
  listRounds(forumId: string): Promise<Round[]>;
  /** Rounds in state 'planned' with dueAt <= now, oldest first. */
  listDueRounds(now: string): Promise<Round[]>;
  /**
   * Moves a round from 'planned' to a new state only if it is still 'planned'.
   * Returns false when another worker got there first.
   */
  transitionRound(id: string, from: Round['state'], to: Round['state'], at: string): Promise<boolean>;
  /**
   * Gives a round a new local time and instant only while it is still 'planned' (not taken by a
   * worker in the meantime). Returns false when it is no longer planned.
   */
  retimePlannedRound(id: string, change: { localTime: string; dueAt: string }, at: string): Promise<boolean>;
}
