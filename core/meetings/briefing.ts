import { answerToPlainText } from '../answers/plain-text';
import { localize } from '../i18n';
import type { AnonymitySettings, Answer, Department, Locale, Member, Principle, Question } from '../model';
import { redactAuthor, withheldBelow } from '../summary/anonymity';

export interface BriefingInput {
  department: Department;
  questions: readonly Question[];
  principles: readonly Principle[];
  /** The forum's members; the department's chefs are picked here. */
  members: readonly Member[];
  /** The department's answers. */
  answers: readonly Answer[];
  /**
   * Whether the reader may see the department's answers with names (the one rule set,
   * bot/authz/rules.ts departmentAccess, decides; the caller asks it).
   */
  mayReadAnswers: boolean;
  /** The forum's anonymity (core/summary/anonymity.ts): withheld questions, hidden names. */
  anonymity: AnonymitySettings;
  locale: Locale;
}

export interface BriefingQuestion {
  number: number;
  text: string;
  /** Chefs who have answered it. */
  answeredBy: number;
  /**
   * Each answer with its author (null: hidden by the forum, "En chef"), oldest first; null when
   * the reader may not see answers or the question is withheld.
   */
  answers: Array<{ name: string | null; text: string }> | null;
  /** The forum's minimum number of answers when the question has fewer (its answers are withheld). */
  withheldBelow: number | null;
}

export interface Briefing {
  recap: string;
  chosenAssignment: string;
  /** Chefs who have answered at least one question, of all chefs; null when the reader may not see counts. */
  participation: { answered: number; chefs: number } | null;
  questions: BriefingQuestion[];
}

/**
 * What the facilitator reads before meeting a department: its recap of the kickoff dialogue,
 * its chosen task, participation and the answers so far per question. Without read access
 * (the rule set said no) only the department's own texts remain: no counts, no answers. With it,
 * the forum's anonymity still applies: a card is a shared view, so a question with fewer answers
 * than the minimum shows its count only, and hidden names leave every author out.
 */
export function buildBriefing(input: BriefingInput): Briefing {
  const { department, locale } = input;
  const chefs = input.members.filter((m) => m.role === 'chef' && m.departmentIds.includes(department.id));
  const chefById = new Map(chefs.map((c) => [c.id, c]));
  const ownAnswers = input.answers
    .filter((a) => a.departmentId === department.id && chefById.has(a.memberId))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const show = input.mayReadAnswers;
  const inDepartment = input.answers.filter((a) => a.departmentId === department.id);
  const questions = [...input.questions]
    .sort((a, b) => a.number - b.number)
    .map((question): BriefingQuestion => {
      const answers = ownAnswers.filter((a) => a.questionId === question.id);
      const below = show
        ? withheldBelow(inDepartment.filter((a) => a.questionId === question.id).length, input.anonymity)
        : null;
      return {
        number: question.number,
        text: localize(question.text, locale),
        answeredBy: show ? new Set(answers.map((a) => a.memberId)).size : 0,
        answers:
          show && below === null
            ? answers.map((a) => ({
                name: redactAuthor(
                  { memberId: a.memberId, authorName: chefById.get(a.memberId)!.name },
                  null,
                  input.anonymity,
                ).authorName,
                text: answerToPlainText(a.value, question, input.principles, locale),
              }))
            : null,
        withheldBelow: below,
      };
    });
  return {
    recap: department.recap,
    chosenAssignment: department.chosenAssignment,
    participation: show
      ? { answered: new Set(ownAnswers.map((a) => a.memberId)).size, chefs: chefs.length }
      : null,
    questions,
  };
}

/** The questions the department has no answer to yet (no chef has answered them), in order. */
export function openQuestions(
  department: Pick<Department, 'id'>,
  questions: readonly Question[],
  answers: readonly Answer[],
): Question[] {
  const answered = new Set(answers.filter((a) => a.departmentId === department.id).map((a) => a.questionId));
  return [...questions].sort((a, b) => a.number - b.number).filter((q) => !answered.has(q.id));
}
