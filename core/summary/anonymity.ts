import type { AnonymitySettings, Forum, ForumSettings, Localized } from '../model';
import { summaryWords } from './summary-words';
import type { QuestionStats } from './types';

/**
 * The forum's anonymity rule, in one place. Every output of answers (the summaries and the forum
 * overview, the paged answers, the presentation, the exports, the group cards and the facilitator's
 * briefing) asks these functions; none decides on its own.
 *
 * - A question's results in a department (its answers, their authors, distributions, ratings,
 *   actions and indicators) are withheld until it has `minAnswers` answers there. Until then
 *   each author sees only their own answer. Counts of who answered always show (the placeholder
 *   says how many are needed; reminders and participation depend on them).
 * - Across departments (the forum overview), only departments whose question reached the
 *   threshold add to the forum-wide distributions, so a withheld department cannot be found by
 *   subtracting the visible ones.
 * - With `hideNamesInSharedViews`, every view of an answer by someone other than its author is a
 *   shared view: the department's tab, the overview, the presentation, the exports, the group
 *   cards, the briefing and the answers of others. The author is then "En chef" / "A chef".
 */

/** The pulse-survey convention: results show from three answers. */
export const DEFAULT_ANONYMITY: AnonymitySettings = { minAnswers: 3, hideNamesInSharedViews: false };

/** The range the forum settings accept for minAnswers (1 shows every answer at once). */
export const MIN_ANSWERS_RANGE = { min: 1, max: 50 } as const;

/** The forum's anonymity settings, each missing one taken from the defaults. */
export function anonymityOf(
  forum: Pick<Forum, 'settings'> | { settings: Pick<ForumSettings, 'anonymity'> },
): AnonymitySettings {
  return { ...DEFAULT_ANONYMITY, ...forum.settings.anonymity };
}

/** Whether a question's results (in one department, or one department's share of a total) may show. */
export function questionVisible(answerCount: number, anonymity: AnonymitySettings): boolean {
  return answerCount >= anonymity.minAnswers;
}

/**
 * `minAnswers` when a question with `answerCount` answers is withheld (some answers, fewer than the
 * minimum), else null: what a summary carries so every screen can say "Vises når mindst 3 har
 * svaret". Without answers nothing is withheld: there is nothing to show yet.
 */
export function withheldBelow(answerCount: number, anonymity: AnonymitySettings): number | null {
  return answerCount > 0 && !questionVisible(answerCount, anonymity) ? anonymity.minAnswers : null;
}

/** The parts of a department's results that answers feed, each of which a withheld question can leave empty. */
export type WithholdablePart = 'principles' | 'actions' | 'indicators';

const PART_OF_KIND: Partial<Record<QuestionStats['kind'], WithholdablePart>> = {
  textWithPrinciples: 'principles',
  improvements: 'actions',
  indicators: 'indicators',
};

/**
 * Per part, the threshold when a question feeding it is withheld, else null: an empty part then says
 * when it will show ("Vises når mindst 3 har svaret"), not that there is none yet.
 */
export function withheldParts(
  questions: readonly { stats: QuestionStats; withheldBelow?: number | null }[],
): Record<WithholdablePart, number | null> {
  const parts: Record<WithholdablePart, number | null> = {
    principles: null,
    actions: null,
    indicators: null,
  };
  for (const q of questions) {
    const part = PART_OF_KIND[q.stats.kind];
    if (part && q.withheldBelow != null) parts[part] = q.withheldBelow;
  }
  return parts;
}

/** Who is looking: a member's id, or null for a shared view nobody owns (an export, a group post). */
export type Viewer = { memberId: string } | null;

/** May `viewer` see this answer of a question with `answerCount` answers? Its author always may. */
export function answerVisible(
  answer: { memberId: string },
  answerCount: number,
  viewer: Viewer,
  anonymity: AnonymitySettings,
): boolean {
  return questionVisible(answerCount, anonymity) || (viewer !== null && viewer.memberId === answer.memberId);
}

/** Author fields of anything quoted from an answer (answers, actions, indicators). */
export interface Authored {
  memberId: string;
  authorName: string | null;
  /** Set when the name and member id were left out (hideNamesInSharedViews). */
  anonymous?: true;
}

/**
 * The item as `viewer` may see it: with its author, or, when the forum hides names in shared
 * views and the viewer is not the author, with neither name nor member id.
 */
export function redactAuthor<T extends Authored>(item: T, viewer: Viewer, anonymity: AnonymitySettings): T {
  if (!anonymity.hideNamesInSharedViews || (viewer !== null && viewer.memberId === item.memberId))
    return item;
  return { ...item, memberId: '', authorName: null, anonymous: true };
}

/** A name shown in place of a hidden author. */
export const ANONYMOUS_AUTHOR: Localized = summaryWords['author.anonymous'];

/** The placeholder of withheld results ({count}: the threshold). */
export const WITHHELD_RESULTS: Localized = summaryWords['results.withheld'];
