import type { DepartmentTally, ForumTally } from '../../../core/summary/summary-tally';

/** The summaries' counts, made in the database (the same counts core/summary's in-memory pass makes). */
export interface SummaryTallyStore {
  /**
   * A department's summary counted in the database: per question its answers, chefs who answered
   * and the values' counts key by key, the department's chef participation, and its first
   * `listLimit` actions and indicators with their totals — what core/summary's in-memory pass
   * counts (DepartmentAccumulator), with every statement reading a bounded number of rows.
   */
  departmentTally(forumId: string, departmentId: string, listLimit: number): Promise<DepartmentTally>;
  /** Every department's tally, the forum's chef participation (each chef once) and unplaced answers. */
  forumTally(forumId: string, listLimit: number): Promise<ForumTally>;
}
