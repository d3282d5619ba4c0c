import { makeStyles, tokens } from '@fluentui/react-components';
import { formatDecimal, localize } from '../../../../core/i18n';
import type { Principle, Question } from '../../../../core/model';
import type { QuestionSummary } from '../../../../core/summary/types';
import { formatInstant } from '../../format/format';
import { summaryMessages } from '../../i18n/catalog-summary';
import { useLocale, useT } from '../../i18n/i18n-context';
import { AnswerValueView } from './answer-value-view';
import { BarChart } from './charts/bar-chart';
import { chartsFor } from './charts/stats-to-bars';
import { ParticipationBar } from './participation-bar';

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
  answers: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalS },
  answer: { borderLeft: `3px solid ${tokens.colorBrandStroke1}`, paddingLeft: tokens.spacingHorizontalM },
  author: {
    margin: `${tokens.spacingVerticalXXS} 0 0`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  charts: {
    display: 'grid',
    gap: tokens.spacingHorizontalXL,
    gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))',
  },
});

/** One question: participation, answers with author and edit time, and its distributions. */
export function QuestionSection(props: {
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
      {q.answers.length === 0 ? (
        <p>{t('summary.noAnswers')}</p>
      ) : (
        <ul className={styles.answers}>
          {q.answers.map((a) => (
            <li key={a.answerId} className={styles.answer} data-testid="answer">
              <AnswerValueView value={a.value} principles={props.principles} shape={props.question?.shape} />
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
