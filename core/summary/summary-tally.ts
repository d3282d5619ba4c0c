import type { ValueTally } from './value-tally';
import type { ActionPlanItem, IndicatorItem } from './types';

/**
 * A summary's counts before they are dressed as a summary: what a pass over the answers (the
 * accumulators here) or the database (Store.departmentTally / forumTally) counts. The
 * summaries are assembled from tallies alone (assemble-summary.ts), whichever counted them.
 */

/** One question's answers in a department. */
export interface QuestionTally {
  /** Every answer, chefs' or not. */
  answers: number;
  /** Answers by chefs of the department: as one person answers a question once, the chefs who answered. */
  chefAnswers: number;
  values: ValueTally;
}

/** Chefs and how much they answered (the forum's questions only). */
export interface ChefTally {
  /** Chefs (of the department, or of any of the forum's departments, each once). */
  members: number;
  /** Chefs with at least one answer. */
  respondents: number;
  /** Chefs who answered every question (0 when there are no questions). */
  completed: number;
  /** Answers by chefs, in departments they are chefs of. */
  answers: number;
}

/** An action of the action plan as counted: whether it is overdue depends on the day it is shown. */
export type PlannedAction = Omit<ActionPlanItem, 'overdue'>;

export interface DepartmentTally {
  departmentId: string;
  /** By question id; a question without answers may be missing. Only the forum's questions. */
  questions: Map<string, QuestionTally>;
  chefs: ChefTally;
  /** The first actions in compareActions order (as many as were asked for), and how many there are. */
  actions: PlannedAction[];
  actionTotal: number;
  /** The first indicators in compareIndicators order, and how many there are. */
  indicators: IndicatorItem[];
  indicatorTotal: number;
}

export interface ForumTally {
  /** The forum's departments' tallies, by department id. */
  departments: Map<string, DepartmentTally>;
  /** The forum's chefs, each counted once however many departments they lead. */
  chefs: ChefTally;
  /** Per question id, chefs who answered it (in a department they lead). */
  questionChefAnswers: Map<string, number>;
  /** Answers in the forum that belong to no known department and question. */
  unplacedAnswers: number;
}

export function emptyChefTally(): ChefTally {
  return { members: 0, respondents: 0, completed: 0, answers: 0 };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The action plan's order: by date, then author (no name first), answer and place in it. */
export function compareActions(a: PlannedAction, b: PlannedAction): number {
  return (
    cmp(a.byWhen, b.byWhen) ||
    cmp(a.authorName ?? '', b.authorName ?? '') ||
    cmp(a.answerId, b.answerId) ||
    a.improvementIndex - b.improvementIndex ||
    a.actionIndex - b.actionIndex
  );
}

/** Indicators by author, then answer, then their order in the answer. */
export function compareIndicators(a: IndicatorItem, b: IndicatorItem): number {
  return (
    cmp(a.authorName ?? '', b.authorName ?? '') || cmp(a.answerId, b.answerId) || a.itemIndex - b.itemIndex
  );
}
