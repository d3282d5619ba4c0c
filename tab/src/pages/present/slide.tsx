import { makeStyles, tokens } from '@fluentui/react-components';
import { localize } from '../../../../core/i18n';
import type { Takeaways } from '../../../../core/model';
import type { DepartmentSummary } from '../../../../core/summary/types';
import { formatLocalDate, formatPercent } from '../../format/format';
import { summaryMessages } from '../../i18n/catalog-summary';
import { useLocale, useT } from '../../i18n/i18n-context';
import { BarChart } from '../summary/charts/bar-chart';
import { topPrinciples } from '../summary/charts/stats-to-bars';

const useStyles = makeStyles({
  slide: {
    display: 'grid',
    gap: 'clamp(8px, 2vh, 24px)',
    alignContent: 'start',
    fontSize: 'clamp(16px, 1.6vw, 28px)',
  },
  title: { margin: 0, fontSize: 'clamp(28px, 4vw, 64px)', lineHeight: 1.1 },
  columns: {
    display: 'grid',
    gap: 'clamp(12px, 3vw, 48px)',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 420px), 1fr))',
  },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 },
  h2: { margin: 0, fontSize: 'clamp(18px, 2vw, 34px)' },
  list: { margin: 0, paddingLeft: '1.2em' },
  overdue: { color: tokens.colorStatusDangerForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** One department on one slide: participation, takeaways, top principles, actions. */
export function Slide(props: { summary: DepartmentSummary; takeaways: Takeaways | undefined }) {
  const styles = useStyles();
  const t = useT(summaryMessages);
  const { locale } = useLocale();
  const s = props.summary;
  const top = topPrinciples(
    s.questions.map((q) => q.stats),
    5,
  );
  return (
    <section className={styles.slide} aria-labelledby="slide-title">
      <h1 id="slide-title" className={styles.title}>
        {localize(s.departmentName, locale)}
      </h1>
      <p className={styles.text}>
        {t('summary.participationCount', {
          answered: s.participation.respondents,
          members: s.participation.members,
        })}{' '}
        · {t('summary.responseRate', { percent: formatPercent(s.participation.rate) })}
      </p>
      <div className={styles.columns}>
        <div>
          <h2 className={styles.h2}>{t('takeaways.title')}</h2>
          <p className={styles.text}>{props.takeaways?.text || t('overview.none')}</p>
        </div>
        <BarChart
          title={t('overview.topPrinciples')}
          data={top.map((p) => ({
            key: String(p.number),
            label: `${p.number}. ${localize(p.title, locale)}`,
            count: p.count,
          }))}
        />
      </div>
      <div>
        <h2 className={styles.h2}>{t('actions.title')}</h2>
        {s.actionPlan.length === 0 ? (
          <p>{t('actions.empty')}</p>
        ) : (
          <ul className={styles.list}>
            {s.actionPlan.slice(0, 6).map((a) => (
              <li key={`${a.answerId}-${a.improvementIndex}-${a.actionIndex}`}>
                {a.what} — {a.who} — {formatLocalDate(a.byWhen, locale)}
                {a.overdue && <span className={styles.overdue}> ⚠ {t('actions.overdue')}</span>}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
