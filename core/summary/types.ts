import type {
  Answer,
  AnswerShapeKind,
  AnswerValue,
  CoMode,
  KnowsOthers,
  LeadershipStyle,
  Localized,
  Takeaways,
  ValueType,
} from '../model';

/** Participation counts: `answered` of `members` chefs; rate in 0..1 (0 when there are no chefs). */
export interface Participation {
  answered: number;
  members: number;
  rate: number;
}

/**
 * An answer as a summary read delivers it: with its author's name, read in the same query
 * (null when the author is no longer a member). Builders take plain answers too and then look
 * the name up among the members they are given.
 */
export type AuthoredAnswer = Answer & { authorName: string | null };

/** An answer's value without its free text: everything a summary counts (it never quotes). */
export type AnswerFacts = AnswerValue extends infer V
  ? V extends { text: string }
    ? Omit<V, 'text'>
    : V
  : never;

/**
 * An answer as a summary pass reads it: with its author's name and its value's facts only
 * (the free text stays out: a summary counts, it never quotes).
 */
export type CountedAnswer = Omit<AuthoredAnswer, 'value'> & { value: AnswerFacts };

/**
 * How many answers of one department and question were erased (a person's right to deletion,
 * an organizer removing a leaver, the retention purge). Counts only, nobody's identity.
 * `forumId`, when given, must be the summary's forum.
 */
export interface ErasedAnswerCount {
  forumId?: string;
  departmentId: string;
  questionId: string;
  count: number;
}

/** One answer as the paged answers endpoint delivers it (never inside a summary). */
export interface SummaryAnswer {
  answerId: string;
  /** '' when the author is hidden (anonymous). */
  memberId: string;
  /** null when the author is no longer a member of the forum, or hidden (anonymous). */
  authorName: string | null;
  /** The forum hides authors' names in shared views (core/summary/anonymity.ts). */
  anonymous?: true;
  updatedAt: string;
  revision: number;
  value: AnswerValue;
}

export interface PrincipleCount {
  number: number;
  title: Localized;
  count: number;
}

export interface RatingStats {
  scale: number;
  /** histogram[i] = answers with rating i + 1. */
  histogram: number[];
  count: number;
  /** null without ratings. */
  mean: number | null;
}

/** Counts per question kind; every key is present with 0 when nothing was chosen. */
export type QuestionStats =
  | { kind: 'text' }
  | { kind: 'textWithPrinciples'; principles: PrincipleCount[] }
  | { kind: 'improvements'; improvements: number; actions: number }
  | { kind: 'textWithLeadershipStyle'; styles: Record<LeadershipStyle, number> }
  | { kind: 'textWithKnowsOthers'; knowsOthers: Record<KnowsOthers, number> }
  | { kind: 'textWithRating'; rating: RatingStats }
  | {
      kind: 'indicators';
      indicators: number;
      valueTypes: Record<ValueType, number>;
      modes: Record<CoMode, number>;
    };

export interface QuestionSummary {
  questionId: string;
  number: number;
  text: Localized;
  kind: AnswerShapeKind;
  /**
   * How many answers the question has (everyone's, not only chefs'). The answers themselves come
   * in pages from GET /api/departments/:departmentId/questions/:questionId/answers.
   */
  answerCount: number;
  /**
   * The forum's minimum number of answers when this question has fewer (its stats are then empty
   * and its actions and indicators left out, core/summary/anonymity.ts); null when it shows.
   */
  withheldBelow: number | null;
  /** Chefs of the department(s) who answered this question. */
  participation: Participation;
  stats: QuestionStats;
  /**
   * Answers to this question that were erased (deletion requests, leavers, retention): shown
   * apart from the answers and participation, which count only answers that still exist.
   */
  erasedAnswers: number;
}

export interface ActionPlanItem {
  what: string;
  who: string;
  byWhen: string;
  /** byWhen is before today's local date in the forum's zone. */
  overdue: boolean;
  improvement: string;
  improvementIndex: number;
  actionIndex: number;
  answerId: string;
  questionId: string;
  memberId: string;
  authorName: string | null;
  /** Name and member id left out (core/summary/anonymity.ts). */
  anonymous?: true;
  departmentId: string;
}

export interface IndicatorItem {
  indicator: string;
  valueType: ValueType;
  mode: CoMode;
  /** The indicator's place in its answer. */
  itemIndex: number;
  answerId: string;
  questionId: string;
  memberId: string;
  authorName: string | null;
  /** Name and member id left out (core/summary/anonymity.ts). */
  anonymous?: true;
  departmentId: string;
}

export interface OverallParticipation {
  /** Chefs of the department(s). */
  members: number;
  /** Chefs who answered at least one question. */
  respondents: number;
  /** Chefs who answered every question. */
  completed: number;
  /** Answers by chefs to the forum's questions. */
  answers: number;
  /** members × questions. */
  expectedAnswers: number;
  /** answers / expectedAnswers (0 when nothing is expected). */
  rate: number;
}

export interface DepartmentSummary {
  forumId: string;
  departmentId: string;
  departmentName: Localized;
  generatedAt: string;
  questions: QuestionSummary[];
  participation: OverallParticipation;
  /**
   * The first actions by byWhen, then author (at most the builder's `listLimit`, so a summary
   * stays small at any size); `actionPlanTotal` counts them all. Every action is in the answers
   * to the improvements question.
   */
  actionPlan: ActionPlanItem[];
  actionPlanTotal: number;
  /** The newest indicators (at most `listLimit`); `indicatorTotal` counts them all. */
  indicators: IndicatorItem[];
  indicatorTotal: number;
  takeaways: Takeaways | null;
  /** Erased answers of this department, over its questions (the sum of questions[].erasedAnswers). */
  erasedAnswers: number;
}

/** A question across all departments: counts only (answers are paged per department). */
export type ForumQuestionSummary = QuestionSummary;

export interface ForumOverview {
  forumId: string;
  generatedAt: string;
  /** In department sortOrder; each with short action and indicator lists (see DepartmentSummary). */
  departments: DepartmentSummary[];
  questions: ForumQuestionSummary[];
  participation: OverallParticipation;
  /** Answers that could not be placed (unknown question or department, other forum). */
  unplacedAnswers: number;
  /** Erased answers over every department (the sum of departments[].erasedAnswers). */
  erasedAnswers: number;
  /** Erased-answer counts that could not be placed (unknown question or department, other forum). */
  unplacedErasedAnswers: number;
}
