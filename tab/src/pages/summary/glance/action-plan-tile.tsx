import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { formatNumber } from '../../../../../core/i18n';
import type { DepartmentGlance } from '../../../../../core/summary/department-glance';
import { formatLocalDate } from '../../../format/format';
import { glanceMessages } from '../../../i18n/catalog-glance';
import { summaryMessages } from '../../../i18n/catalog-summary';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { Tile, useTileStyles, withheldOr } from './tile';

const useStyles = makeStyles({
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** The action plan's state in words: how many actions, how many on track and overdue, what is next. */
export function ActionPlanTile(props: { glance: DepartmentGlance }) {
  const tile = useTileStyles();
  const styles = useStyles();
  const t = useT(glanceMessages);
  const ts = useT(summaryMessages);
  const { locale } = useLocale();
  const a = props.glance.actions;
  return (
    <Tile id="glance-actions" title={t('glance.actions')} testId="glance-actions">
      {a.status === 'empty' ? (
        <p className={tile.empty}>
          {withheldOr(props.glance.withheldBelow.actions, t('glance.actionsEmpty'), ts)}
        </p>
      ) : (
        <>
          <div className={styles.line}>
            <p className={tile.figure}>{t('glance.actionsCount', { total: a.total })}</p>
            <Badge
              appearance="tint"
              color={a.status === 'overdue' ? 'danger' : 'success'}
              data-testid="action-plan-status"
              data-status={a.status}
            >
              {a.status === 'overdue' ? `⚠ ${ts('actions.overdue')}` : `✓ ${ts('actions.onTrack')}`}
            </Badge>
          </div>
          <p className={tile.meta}>
            {t('glance.onTrackCount', { count: formatNumber(a.onTrack, locale) })}
            {' · '}
            {t('glance.overdueCount', { count: formatNumber(a.overdue, locale) })}
          </p>
          {a.nextDeadline && (
            <p className={tile.meta}>
              {t('glance.nextDeadline', { date: formatLocalDate(a.nextDeadline, locale) })}
            </p>
          )}
        </>
      )}
    </Tile>
  );
}
