import { makeStyles, tokens } from '@fluentui/react-components';
import { formatDecimal, localize } from '../../../../core/i18n';
import type { Principle, Question } from '../../../../core/model';
import type { QuestionSummary } from '../../../../core/summary/types';
import type { endpoints } from '../../api/endpoints';
import { summaryMessages } from '../../i18n/catalog-summary';
import { useLocale, useT } from '../../i18n/i18n-context';
import { BarChart } from './charts/bar-chart';
import { chartsFor } from './charts/stats-to-bars';
import { ParticipationBar } from './participation-bar';
import { QuestionAnswers } from './question-answers';

const useStyles = makeStyles({
  section: {
    display: 'grid',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  charts: {
    display: 'grid',
    gap: tokens.spacingHorizontalXL,
    gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))',
  },
});

/** One question: participation, its answers a page at a time (QuestionAnswers), and its distributions. */
export function QuestionSection(props: {
  api: ReturnType<typeof endpoints>;
  departmentId: string;
  /** Changes when the summary is reloaded: the answers are read again. */
  refreshKey: string;
  summary: QuestionSummary;
  question: Question | undefined;
  principles: Principle[];
  timeZone: string;
  nameOf(memberId: string, fallback: string | null): string;
}) {
  const styles = useStyles();
  const t = useT(summaryMessages);
  const { locale } = useLocale();
  const q = props.summary;
  const headingId = `question-${q.questionId}`;
  const charts = chartsFor(q.stats, locale);
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid={`question-${q.number}`}>
      <h3 id={headingId} className={styles.heading}>
        {t('summary.questionTitle', { number: q.number, text: localize(q.text, locale) })}
      </h3>
      <ParticipationBar answered={q.participation.answered} members={q.participation.members} />
      {q.erasedAnswers > 0 && <p>{t('summary.erasedAnswers', { count: q.erasedAnswers })}</p>}
      {q.stats.kind === 'textWithRating' && q.stats.rating.mean !== null && (
        <p>
          {t('summary.ratingAverage', {
            value: formatDecimal(q.stats.rating.mean, locale),
            scale: q.stats.rating.scale,
          })}
        </p>
      )}
      <QuestionAnswers
        api={props.api}
        departmentId={props.departmentId}
        questionId={q.questionId}
        answerCount={q.answerCount}
        refreshKey={props.refreshKey}
        principles={props.principles}
        shape={props.question?.shape}
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
    </section>
  );
}
