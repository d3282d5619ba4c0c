import { ANSWER_PAGE_MAX } from '../../../core/api';
import type { AnonymitySettings } from '../../../core/model';
import type { DepartmentSummary, SummaryAnswer } from '../../../core/summary';
import type { AnswerStore } from '../../store/store';
import { loadAnswerPage } from '../answer-pages';
import type { AnswerExcerpts } from './export-model';

/**
 * The answers a Word or PowerPoint export shows of one department: per question its newest page
 * (ANSWER_PAGE_MAX answers at most, the same page the tab shows first when it asks for a full one).
 * A file is a shared view nobody owns: a withheld question quotes no answer, not even the reader's.
 */
export async function loadAnswerExcerpts(
  store: AnswerStore,
  forumId: string,
  departmentId: string,
  summary: Pick<DepartmentSummary, 'questions'>,
  anonymity: AnonymitySettings,
): Promise<AnswerExcerpts> {
  const excerpts = new Map<string, SummaryAnswer[]>();
  for (const q of summary.questions) {
    if (q.answerCount === 0) continue;
    const page = await loadAnswerPage(
      store,
      forumId,
      { departmentId, questionId: q.questionId, limit: ANSWER_PAGE_MAX },
      { viewer: null, anonymity },
    );
    excerpts.set(q.questionId, page.answers);
  }
  return excerpts;
}
