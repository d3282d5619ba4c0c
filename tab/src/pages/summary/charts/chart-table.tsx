import { makeStyles, tokens } from '@fluentui/react-components';
import type { ChartPoint } from '../../../../../core/summary/chart-series';
import { formatNumber } from '../../../../../core/i18n';
import { glanceMessages } from '../../../i18n/catalog-glance';
import { summaryMessages } from '../../../i18n/catalog-summary';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { useTableStyles } from '../table-styles';

const useStyles = makeStyles({
  category: { fontWeight: tokens.fontWeightRegular },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  caption: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalXS,
  },
});

/** A chart's numbers as a table: category, count and share of all choices. */
export function ChartTable(props: { title: string; data: ChartPoint[] }) {
  const styles = useStyles();
  const table = useTableStyles();
  const t = useT(summaryMessages);
  const tg = useT(glanceMessages);
  const { locale } = useLocale();
  const total = props.data.reduce((sum, d) => sum + d.count, 0);
  return (
    <div className={table.wrap}>
      <table className={table.table}>
        <caption className="visually-hidden">{tg('chart.tableCaption', { title: props.title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chart.category')}</th>
            <th scope="col" className={styles.num}>
              {t('chart.count')}
            </th>
            <th scope="col" className={styles.num}>
              {t('chart.share')}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.data.map((d) => (
            <tr key={d.key}>
              <th scope="row" className={styles.category}>
                {d.label}
              </th>
              <td className={styles.num}>{formatNumber(d.count, locale)}</td>
              <td className={styles.num}>
                {formatNumber(total > 0 ? d.count / total : 0, locale, {
                  style: 'percent',
                  maximumFractionDigits: 0,
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
