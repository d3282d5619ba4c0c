import { answerToPlainText, KNOWS_OTHERS_LABELS, LEADERSHIP_STYLE_LABELS } from '../../../core/answers';
import { localize } from '../../../core/i18n';
import type { Answer, Department, Locale, Member, Principle, Question } from '../../../core/model';
import { toCsv } from './csv';
import { tx } from './export-messages';

export interface AnswersCsvInput {
  departments: readonly Department[];
  questions: readonly Question[];
  principles: readonly Principle[];
  members: readonly Member[];
  answers: readonly Answer[];
  locale: Locale;
}

/**
 * Every answer as one row, in the reader's language: department, chef, question, the answer
 * written out, and the structured choices in their own columns. Danish uses `;` as the
 * separator (Excel's list separator in Danish), English `,`.
 */
export function answersCsv(input: AnswersCsvInput): Buffer {
  const { locale } = input;
  const departments = new Map(input.departments.map((d) => [d.id, d]));
  const questions = new Map(input.questions.map((q) => [q.id, q]));
  const members = new Map(input.members.map((m) => [m.id, m]));
  const header = [
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
  const sorted = [...input.answers].sort(
    (a, b) =>
      (departments.get(a.departmentId)?.sortOrder ?? 0) - (departments.get(b.departmentId)?.sortOrder ?? 0) ||
      (questions.get(a.questionId)?.number ?? 0) - (questions.get(b.questionId)?.number ?? 0) ||
      (members.get(a.memberId)?.name ?? '').localeCompare(members.get(b.memberId)?.name ?? '', 'da'),
  );
  const rows = sorted.map((a) => {
    const question = questions.get(a.questionId);
    const member = members.get(a.memberId);
    const department = departments.get(a.departmentId);
    const v = a.value;
    return [
      department ? localize(department.name, locale) : '',
      member?.name ?? tx(locale, 'answers.formerMember'),
      member?.email ?? '',
      question ? String(question.number) : '',
      question ? localize(question.text, locale) : '',
      question ? answerToPlainText(v, question, input.principles, locale) : '',
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
  });
  return toCsv(header, rows, locale === 'da' ? ';' : ',');
}
