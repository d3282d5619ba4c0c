import { makeStyles, tokens } from '@fluentui/react-components';
import { formatDecimal } from '../../../../core/i18n';
import type { Principle, Question } from '../../../../core/model';
import type { QuestionSummary } from '../../../../core/summary/types';
import { summaryMessages } from '../../i18n/catalog-summary';
import { useLocale, useT } from '../../i18n/i18n-context';
import { autoFitColumns, measures } from '../../layout/measures';
import { BarChart } from './charts/bar-chart';
import { chartsFor } from './charts/stats-to-bars';
import type { HttpClient } from '../../api/http-client';
import { QuestionAnswers } from './question-answers';

const useStyles = makeStyles({
  note: { margin: 0 },
  // Answers beside their distributions where the width allows, one under the other where not.
  body: {
    display: 'grid',
    gap: tokens.spacingHorizontalXXL,
    gridTemplateColumns: autoFitColumns(measures.columnMinWidth),
    alignItems: 'start',
  },
  charts: { display: 'grid', gap: tokens.spacingVerticalXL, minWidth: 0 },
});

/** One question's details (inside its disclosure): its answers as text a page at a time, then its distributions. */
export function QuestionSection(props: {
  http: HttpClient;
  departmentId: string;
  /** Changes when the summary is reloaded: the answers are read again. */
  refreshKey: string;
  summary: QuestionSummary;
  question: Question | undefined;
  principles: Principle[];
  timeZone: string;
  nameOf(memberId: string, fallback: string | null, hidden?: boolean): string;
}) {
  const styles = useStyles();
  const t = useT(summaryMessages);
  const { locale } = useLocale();
  const q = props.summary;
  const charts = q.withheldBelow === null ? chartsFor(q.stats, locale) : [];
  return (
    <>
      {q.withheldBelow !== null && (
        <p className={styles.note} data-testid="results-withheld">
          {t('summary.resultsWithheld', { count: q.withheldBelow })}
        </p>
      )}
      {q.erasedAnswers > 0 && (
        <p className={styles.note}>{t('summary.erasedAnswers', { count: q.erasedAnswers })}</p>
      )}
      {q.stats.kind === 'textWithRating' && q.stats.rating.mean !== null && (
        <p className={styles.note}>
          {t('summary.ratingAverage', {
            value: formatDecimal(q.stats.rating.mean, locale),
            scale: q.stats.rating.scale,
          })}
        </p>
      )}
      <div className={styles.body}>
        <QuestionAnswers
          http={props.http}
          departmentId={props.departmentId}
          questionId={q.questionId}
          answerCount={q.answerCount}
          refreshKey={props.refreshKey}
          shape={props.question?.shape}
          principles={props.principles}
          timeZone={props.timeZone}
          nameOf={props.nameOf}
        />
        {charts.length > 0 && (
          <div className={styles.charts}>
            {charts.map((c) => (
              <BarChart key={c.key} title={t(c.titleKey)} data={c.data} testId={`chart-${c.key}`} />
            ))}
          </div>
        )}
      </div>
    </>
  );
}
