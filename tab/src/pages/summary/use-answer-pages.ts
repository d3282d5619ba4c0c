import { useCallback, useEffect, useRef, useState } from 'react';
import { ANSWER_PAGE_DEFAULT, ANSWER_PAGE_MAX } from '../../../../core/api/summary-types';
import type { SummaryAnswer } from '../../../../core/summary/types';
import type { endpoints } from '../../api/endpoints';

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
  api: ReturnType<typeof endpoints>,
  departmentId: string,
  questionId: string,
  refreshKey: string,
): AnswerPages {
  const [answers, setAnswers] = useState<SummaryAnswer[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const shown = useRef(0);
  const generation = useRef(0);

  useEffect(() => {
    const mine = ++generation.current;
    const limit = Math.min(ANSWER_PAGE_MAX, Math.max(ANSWER_PAGE_DEFAULT, shown.current));
    setLoading(true);
    api.answers(departmentId, questionId, { limit }).then(
      (page) => {
        if (mine !== generation.current) return;
        shown.current = page.answers.length;
        setAnswers(page.answers);
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
  }, [api, departmentId, questionId, refreshKey]);

  const loadMore = useCallback(() => {
    if (!cursor || loading) return;
    const mine = ++generation.current;
    setLoading(true);
    api.answers(departmentId, questionId, { cursor, limit: ANSWER_PAGE_DEFAULT }).then(
      (page) => {
        if (mine !== generation.current) return;
        setAnswers((before) => {
          const seen = new Set(before.map((a) => a.answerId));
          const next = [...before, ...page.answers.filter((a) => !seen.has(a.answerId))];
          shown.current = next.length;
          return next;
        });
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
  }, [api, cursor, departmentId, loading, questionId]);

  return { answers, hasMore: cursor !== null, loading, error, loadMore };
}
