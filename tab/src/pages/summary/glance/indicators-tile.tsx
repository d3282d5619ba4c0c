import { ProgressBar } from '@fluentui/react-components';
import { VALUE_TYPE_LABELS } from '../../../../../core/answers/labels';
import { formatNumber, localize } from '../../../../../core/i18n';
import type { DepartmentGlance } from '../../../../../core/summary/department-glance';
import { glanceMessages } from '../../../i18n/catalog-glance';
import { summaryMessages } from '../../../i18n/catalog-summary';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { Tile, useTileStyles, withheldOr } from './tile';

/** The indicators the chefs proposed, counted by value type (quality, efficiency, democracy). */
export function IndicatorsTile(props: { glance: DepartmentGlance }) {
  const styles = useTileStyles();
  const t = useT(glanceMessages);
  const ts = useT(summaryMessages);
  const { locale } = useLocale();
  const max = Math.max(1, ...props.glance.valueTypes.map((v) => v.count));
  return (
    <Tile id="glance-indicators" title={t('glance.indicators')} testId="glance-indicators">
      {props.glance.indicators === 0 ? (
        <p className={styles.empty}>
          {withheldOr(props.glance.withheldBelow.indicators, t('glance.indicatorsEmpty'), ts)}
        </p>
      ) : (
        <>
          <p className={styles.figure}>{t('glance.indicatorsCount', { count: props.glance.indicators })}</p>
          <ul className={styles.rows} aria-label={t('glance.indicators')}>
            {props.glance.valueTypes.map((v) => {
              const label = localize(VALUE_TYPE_LABELS[v.valueType], locale);
              const count = formatNumber(v.count, locale);
              return (
                <li key={v.valueType} className={styles.row}>
                  <span>{label}</span>
                  <ProgressBar
                    value={v.count / max}
                    max={1}
                    thickness="large"
                    aria-label={`${label}: ${count}`}
                  />
                  <span className={styles.count}>{count}</span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </Tile>
  );
}
