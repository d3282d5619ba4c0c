import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { DepartmentGlance } from '../../../../../core/summary/department-glance';
import { glanceMessages } from '../../../i18n/catalog-glance';
import { useT } from '../../../i18n/i18n-context';
import { autoFitColumns, measures } from '../../../layout/measures';
import { ActionPlanTile } from './action-plan-tile';
import { IndicatorsTile } from './indicators-tile';
import { ParticipationTile } from './participation-tile';

const useStyles = makeStyles({
  band: { display: 'grid', gap: tokens.spacingVerticalL },
  tiles: {
    display: 'grid',
    gap: tokens.spacingHorizontalL,
    gridTemplateColumns: autoFitColumns(measures.tileMinWidth),
  },
});

/**
 * The department at a glance, above everything else: participation, the action plan's state,
 * the indicators by value type and (as `takeaways`) what the group has become wiser about.
 */
export function GlanceBand(props: { glance: DepartmentGlance; takeaways: ReactNode }) {
  const styles = useStyles();
  const t = useT(glanceMessages);
  return (
    <section className={styles.band} aria-label={t('glance.label')} data-testid="glance-band">
      <div className={styles.tiles}>
        <ParticipationTile glance={props.glance} />
        <ActionPlanTile glance={props.glance} />
        <IndicatorsTile glance={props.glance} />
      </div>
      {props.takeaways}
    </section>
  );
}
