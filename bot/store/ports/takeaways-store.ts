import type { Takeaways } from '../../../core/model';

export type SaveTakeawaysResult = { ok: true; takeaways: Takeaways } | { ok: false; current: Takeaways };

/** Each department's takeaways: one text, saved with optimistic concurrency (its version). */
export interface TakeawaysStore {
  /** The department's takeaways; version 0 and empty text when none were saved. */
  getTakeaways(departmentId: string): Promise<Takeaways>;
  /** Saves when the stored version is still `expectedVersion` (0: none yet); else returns the current ones. */
  saveTakeaways(
    departmentId: string,
    text: string,
    expectedVersion: number,
    by: string,
    at: string,
  ): Promise<SaveTakeawaysResult>;
}
