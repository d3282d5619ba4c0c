import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { AnswerShape, Principle } from '../../../../core/model';
import type { endpoints } from '../../api/endpoints';
import { formatInstant } from '../../format/format';
import { summaryMessages } from '../../i18n/catalog-summary';
import { useLocale, useT } from '../../i18n/i18n-context';
import { AnswerValueView } from './answer-value-view';
import { useAnswerPages } from './use-answer-pages';

const useStyles = makeStyles({
  answers: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalS },
  answer: { borderLeft: `3px solid ${tokens.colorBrandStroke1}`, paddingLeft: tokens.spacingHorizontalM },
  author: {
    margin: `${tokens.spacingVerticalXXS} 0 0`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  footer: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  meta: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/**
 * A question's answers, newest first, a page at a time: "Vis flere svar" loads the next page;
 * how many are shown of how many is announced politely. Refreshes when `refreshKey` changes.
 */
export function QuestionAnswers(props: {
  api: ReturnType<typeof endpoints>;
  departmentId: string;
  questionId: string;
  answerCount: number;
  refreshKey: string;
  principles: Principle[];
  shape: AnswerShape | undefined;
  timeZone: string;
  nameOf(memberId: string, fallback: string | null): string;
}) {
  const styles = useStyles();
  const t = useT(summaryMessages);
  const { locale } = useLocale();
  const pages = useAnswerPages(props.api, props.departmentId, props.questionId, props.refreshKey);
  if (props.answerCount === 0 && pages.answers.length === 0) return <p>{t('summary.noAnswers')}</p>;
  const total = Math.max(props.answerCount, pages.answers.length);
  return (
    <div data-testid="question-answers">
      {pages.answers.length > 0 && (
        <ul className={styles.answers}>
          {pages.answers.map((a) => (
            <li key={a.answerId} className={styles.answer} data-testid="answer">
              <AnswerValueView value={a.value} principles={props.principles} shape={props.shape} />
              <p className={styles.author}>
                {t('summary.answeredBy', {
                  name: props.nameOf(a.memberId, a.authorName),
                  time: formatInstant(a.updatedAt, locale, props.timeZone),
                })}
                {a.revision > 1 ? ` ${t('summary.revision', { revision: a.revision })}` : ''}
              </p>
            </li>
          ))}
        </ul>
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
