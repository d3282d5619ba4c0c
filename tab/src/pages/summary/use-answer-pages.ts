import { useCallback, useEffect, useRef, useState } from 'react';
import { ANSWER_PAGE_DEFAULT, ANSWER_PAGE_MAX } from '../../../../core/api/summary-types';
import type { DepartmentAnswersResponse } from '../../../../core/api/types';
import type { SummaryAnswer } from '../../../../core/summary/types';
import type { HttpClient } from '../../api/http-client';

export interface AnswerPages {
  answers: SummaryAnswer[];
  hasMore: boolean;
  loading: boolean;
  error: unknown;
  loadMore(): void;
}

/**
 * A question's answers in a department, newest first, a page at a time. When `refreshKey` changes
 * (the summary was reloaded after a live notice) the answers shown so far are read again, up to
 * one full page, so new and edited answers appear without losing the reader's place at the top.
 */
export function useAnswerPages(
  http: HttpClient,
  departmentId: string,
  questionId: string,
  refreshKey: string,
): AnswerPages {
  const [answers, setAnswers] = useState<SummaryAnswer[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  /** How many answers the reader asked to see: a refresh reads that many (up to one full page). */
  const wanted = useRef(ANSWER_PAGE_DEFAULT);
  const generation = useRef(0);

  /** Applies a requested page unless a later request has started since (`mine` is its generation). */
  const settle = useCallback(
    (
      mine: number,
      request: Promise<DepartmentAnswersResponse>,
      next: (page: DepartmentAnswersResponse, before: SummaryAnswer[]) => SummaryAnswer[],
    ) => {
      setLoading(true);
      request.then(
        (page) => {
          if (mine !== generation.current) return;
          setAnswers((before) => next(page, before));
          setCursor(page.nextCursor);
          setError(null);
          setLoading(false);
        },
        (e: unknown) => {
          if (mine !== generation.current) return;
          setError(e);
          setLoading(false);
        },
      );
    },
    [],
  );

  useEffect(() => {
    const mine = ++generation.current;
    const limit = Math.min(ANSWER_PAGE_MAX, Math.max(ANSWER_PAGE_DEFAULT, wanted.current));
    settle(
      mine,
      http.call('departmentAnswers', { params: { departmentId, questionId }, query: { limit } }),
      (page) => page.answers,
    );
  }, [http, departmentId, questionId, refreshKey, settle]);

  const moreQueued = useRef(false);
  const loadMore = useCallback(() => {
    if (loading) {
      // Asked while a page (or a refresh) is on its way: load more once it has come.
      moreQueued.current = true;
      return;
    }
    if (!cursor) return;
    // A refresh that overlaps this request reads the answers asked for too, so none is lost.
    wanted.current = answers.length + ANSWER_PAGE_DEFAULT;
    const mine = ++generation.current;
    settle(
      mine,
      http.call('departmentAnswers', {
        params: { departmentId, questionId },
        query: { cursor, limit: ANSWER_PAGE_DEFAULT },
      }),
      (page, before) => {
        const seen = new Set(before.map((a) => a.answerId));
        return [...before, ...page.answers.filter((a) => !seen.has(a.answerId))];
      },
    );
  }, [answers.length, cursor, departmentId, http, loading, questionId, settle]);

  useEffect(() => {
    if (loading || !moreQueued.current) return;
    moreQueued.current = false;
    loadMore();
  }, [loading, loadMore]);

  return { answers, hasMore: cursor !== null, loading, error, loadMore };
}
