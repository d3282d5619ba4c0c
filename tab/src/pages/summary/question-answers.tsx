import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { AnswerShape, Principle } from '../../../../core/model';
import type { HttpClient } from '../../api/http-client';
import { summaryMessages } from '../../i18n/catalog-summary';
import { useT } from '../../i18n/i18n-context';
import { AnswerList } from './details/answer-list';
import { useAnswerPages } from './use-answer-pages';

const useStyles = makeStyles({
  footer: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  meta: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/**
 * A question's answers, newest first, a page at a time: "Vis flere svar" loads the next page;
 * how many are shown of how many is announced politely. Refreshes when `refreshKey` changes.
 */
export function QuestionAnswers(props: {
  http: HttpClient;
  departmentId: string;
  questionId: string;
  answerCount: number;
  refreshKey: string;
  principles: Principle[];
  shape: AnswerShape | undefined;
  timeZone: string;
  nameOf(memberId: string, fallback: string | null, hidden?: boolean): string;
}) {
  const styles = useStyles();
  const t = useT(summaryMessages);
  const pages = useAnswerPages(props.http, props.departmentId, props.questionId, props.refreshKey);
  if (props.answerCount === 0 && pages.answers.length === 0) return <p>{t('summary.noAnswers')}</p>;
  const total = Math.max(props.answerCount, pages.answers.length);
  return (
    <div data-testid="question-answers">
      {pages.answers.length > 0 && (
        <AnswerList
          answers={pages.answers}
          shape={props.shape}
          principles={props.principles}
          timeZone={props.timeZone}
          nameOf={props.nameOf}
        />
      )}
      <div className={styles.footer}>
        <p className={styles.meta} role="status" aria-live="polite" data-testid="answers-shown">
          {pages.error
            ? t('summary.answersFailed')
            : pages.loading && pages.answers.length === 0
              ? t('summary.answersLoading')
              : t('summary.answersShown', { shown: pages.answers.length, total })}
        </p>
        {pages.hasMore && (
          <Button
            appearance="secondary"
            onClick={pages.loadMore}
            aria-busy={pages.loading}
            data-testid="more-answers"
          >
            {t('summary.moreAnswers')}
          </Button>
        )}
      </div>
    </div>
  );
}
