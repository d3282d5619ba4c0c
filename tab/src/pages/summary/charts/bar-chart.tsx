import { Spinner, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useId, useState } from 'react';
import type { ChartPoint } from '../../../../../core/summary/chart-series';
import { glanceMessages } from '../../../i18n/catalog-glance';
import { summaryMessages } from '../../../i18n/catalog-summary';
import { useT } from '../../../i18n/i18n-context';
import { ChartTable } from './chart-table';

/** One bar: the shared chart series' point (core/summary/chart-series), as the exports draw it too. */
export type BarDatum = ChartPoint;

// The charting library is fetched the first time a chart is shown, never with the tab's first page.
const FluentBars = lazy(() => import('./fluent-bars'));

const useStyles = makeStyles({
  figure: { margin: 0, display: 'grid', gap: tokens.spacingVerticalS, minWidth: 0 },
  head: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalM,
  },
  caption: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/**
 * One distribution as horizontal bars, with its numbers as a table on demand ("Vis som tabel").
 * The bars carry their counts as text, so nothing depends on colour.
 */
export function BarChart(props: { title: string; data: BarDatum[]; testId?: string }) {
  const styles = useStyles();
  const t = useT(summaryMessages);
  const tg = useT(glanceMessages);
  const captionId = useId();
  const [asTable, setAsTable] = useState(false);
  const total = props.data.reduce((sum, d) => sum + d.count, 0);
  return (
    <figure className={styles.figure} aria-labelledby={captionId} data-testid={props.testId}>
      <div className={styles.head}>
        <figcaption id={captionId} className={styles.caption}>
          {props.title}
        </figcaption>
        {total > 0 && (
          <Switch
            label={tg('chart.showTable')}
            checked={asTable}
            onChange={(_, d) => setAsTable(d.checked)}
            data-testid={props.testId ? `${props.testId}-as-table` : undefined}
          />
        )}
      </div>
      {total === 0 ? (
        <p className={styles.empty}>{t('chart.empty')}</p>
      ) : asTable ? (
        <ChartTable title={props.title} data={props.data} />
      ) : (
        <Suspense fallback={<Spinner size="tiny" label={tg('chart.loading')} />}>
          <FluentBars data={props.data} />
        </Suspense>
      )}
    </figure>
  );
}
