import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { localize } from '../../../../core/i18n';
import type { Takeaways } from '../../../../core/model';
import type { DepartmentSummary } from '../../../../core/summary/types';
import { summaryMessages } from '../../i18n/catalog-summary';
import { useLocale, useT } from '../../i18n/i18n-context';
import { routeHref } from '../../routing/route';
import { topPrinciples } from '../summary/charts/stats-to-bars';
import { ParticipationBar } from '../summary/participation-bar';

const useStyles = makeStyles({
  card: {
    display: 'grid',
    alignContent: 'start',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  h2: { margin: 0, fontSize: tokens.fontSizeBase500 },
  h3: { margin: 0, fontSize: tokens.fontSizeBase300 },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0, maxHeight: '12em', overflow: 'auto' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/** One department in the forum overview. */
export function DepartmentCard(props: { summary: DepartmentSummary; takeaways: Takeaways | undefined }) {
  const styles = useStyles();
  const t = useT(summaryMessages);
  const { locale } = useLocale();
  const s = props.summary;
  const top = topPrinciples(
    s.questions.map((q) => q.stats),
    3,
  );
  const name = localize(s.departmentName, locale);
  const headingId = `dept-${s.departmentId}`;
  return (
    <section className={styles.card} aria-labelledby={headingId} data-testid="overview-department">
      <h2 id={headingId} className={styles.h2}>
        {name}
      </h2>
      <ParticipationBar answered={s.participation.respondents} members={s.participation.members} />
      <h3 className={styles.h3}>{t('overview.topPrinciples')}</h3>
      {top.length === 0 ? (
        <p>{t('overview.none')}</p>
      ) : (
        <ul className={styles.list}>
          {top.map((p) => (
            <li key={p.number}>{`${p.number}. ${localize(p.title, locale)} (${p.count})`}</li>
          ))}
        </ul>
      )}
      <p>
        {t('overview.actions', { count: s.actionPlanTotal })} ·{' '}
        {t('overview.indicators', { count: s.indicatorTotal })}
      </p>
      <h3 className={styles.h3}>{t('overview.takeaways')}</h3>
      <p className={styles.text}>{props.takeaways?.text || t('overview.none')}</p>
      <Link
        href={routeHref({ name: 'department', id: s.departmentId })}
        aria-label={`${t('overview.openSummary')}: ${name}`}
      >
        {t('overview.openSummary')}
      </Link>
    </section>
  );
}
