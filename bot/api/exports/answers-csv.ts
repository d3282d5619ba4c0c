import { answerToPlainText, KNOWS_OTHERS_LABELS, LEADERSHIP_STYLE_LABELS } from '../../../core/answers';
import { localize } from '../../../core/i18n';
import type {
  AnonymitySettings,
  Answer,
  Department,
  Locale,
  Member,
  Principle,
  Question,
} from '../../../core/model';
import { ANONYMOUS_AUTHOR, questionVisible } from '../../../core/summary';
import type { AnswerStore } from '../../store/store';
import { CSV_BOM, csvLine } from './csv';
import { tx } from './export-messages';

export interface AnswersCsvInput {
  forumId: string;
  departments: readonly Department[];
  questions: readonly Question[];
  principles: readonly Principle[];
  members: readonly Member[];
  locale: Locale;
  anonymity: AnonymitySettings;
}

/** Answers read per store query while the CSV streams. */
const CSV_PAGE = 1000;

/**
 * Every answer as one row, in the reader's language: department, chef, question, the answer
 * written out, and the structured choices in their own columns. Danish uses `;` as the
 * separator (Excel's list separator in Danish), English `,`. Streams: by department (sortOrder),
 * then question (number), newest answer first, one page of answers in memory at a time.
 * A file is a shared view (core/summary/anonymity.ts): a question with fewer answers in a
 * department than the forum's minimum has no rows, and hidden names leave the chef and e-mail out.
 */
export async function* answersCsv(store: AnswerStore, input: AnswersCsvInput): AsyncGenerator<Buffer> {
  const { locale } = input;
  const delimiter = locale === 'da' ? ';' : ',';
  const members = new Map(input.members.map((m) => [m.id, m]));
  yield Buffer.concat([CSV_BOM, Buffer.from(csvLine(header(locale), delimiter), 'utf8')]);
  const departments = [...input.departments].sort((a, b) => a.sortOrder - b.sortOrder);
  const questions = [...input.questions].sort((a, b) => a.number - b.number);
  for (const department of departments) {
    for (const question of questions) {
      let before: { updatedAt: string; id: string } | null = null;
      for (;;) {
        const page: Answer[] = await store.listAnswerPage(input.forumId, {
          departmentId: department.id,
          questionId: question.id,
          before,
          limit: CSV_PAGE,
        });
        if (page.length === 0) break;
        // The first page holds CSV_PAGE answers, more than any minimum: fewer than it means withheld.
        if (before === null && !questionVisible(page.length, input.anonymity)) break;
        const text = page
          .map((a) => csvLine(row(a, department, question, members.get(a.memberId), input), delimiter))
          .join('');
        yield Buffer.from(text, 'utf8');
        if (page.length < CSV_PAGE) break;
        const last = page[page.length - 1]!;
        before = { updatedAt: last.updatedAt, id: last.id };
      }
    }
  }
}

function header(locale: Locale): string[] {
  return [
    tx(locale, 'col.department'),
    tx(locale, 'col.member'),
    tx(locale, 'col.email'),
    tx(locale, 'col.questionNumber'),
    tx(locale, 'col.question'),
    tx(locale, 'col.answer'),
    tx(locale, 'col.principles'),
    tx(locale, 'col.choice'),
    tx(locale, 'col.rating'),
    tx(locale, 'col.revision'),
    tx(locale, 'col.updatedAt'),
  ];
}

function row(
  a: Answer,
  department: Department,
  question: Question,
  member: Member | undefined,
  input: AnswersCsvInput,
): string[] {
  const { locale } = input;
  const v = a.value;
  const hidden = input.anonymity.hideNamesInSharedViews;
  return [
    localize(department.name, locale),
    hidden ? localize(ANONYMOUS_AUTHOR, locale) : (member?.name ?? tx(locale, 'answers.formerMember')),
    hidden ? '' : (member?.email ?? ''),
    String(question.number),
    localize(question.text, locale),
    answerToPlainText(v, question, input.principles, locale),
    v.kind === 'textWithPrinciples' ? v.principles.join(', ') : '',
    v.kind === 'textWithLeadershipStyle'
      ? localize(LEADERSHIP_STYLE_LABELS[v.style], locale)
      : v.kind === 'textWithKnowsOthers'
        ? localize(KNOWS_OTHERS_LABELS[v.knowsOthers], locale)
        : '',
    v.kind === 'textWithRating' ? String(v.rating) : '',
    String(a.revision),
    a.updatedAt,
  ];
}
