import { HorizontalBarChart, HorizontalBarChartVariant, type ChartProps } from '@fluentui/react-charts';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ChartPoint } from '../../../../../core/summary/chart-series';
import { INTL_TAG } from '../../../../../core/i18n';
import { useLocale } from '../../../i18n/i18n-context';

const useStyles = makeStyles({
  // The library cuts long titles with an ellipsis; a category's name is the chart's content, so it wraps.
  root: {
    // Room for the count the library prints after the longest bar.
    paddingInlineEnd: tokens.spacingHorizontalXXL,
    '& .fui-hbc__chartTitleLeft': { whiteSpace: 'normal', overflowWrap: 'anywhere', overflow: 'visible' },
  },
});

/**
 * The bars themselves, drawn by Fluent UI's charting library in the theme's tokens. Loaded on
 * demand (React.lazy) so the library stays out of the tab's first download.
 */
export default function FluentBars(props: { data: ChartPoint[] }) {
  const styles = useStyles();
  const { locale } = useLocale();
  const max = Math.max(1, ...props.data.map((d) => d.count));
  // Fresh objects every render: the library writes placeholder segments into what it is given.
  const data: ChartProps[] = props.data.map((d) => ({
    chartTitle: d.label,
    chartData: [
      {
        legend: d.label,
        horizontalBarChartdata: { x: d.count, total: max },
        // The brand's foreground colour keeps 3:1 against the page in light, dark and high contrast.
        color: tokens.colorBrandForeground1,
      },
    ],
  }));
  return (
    <HorizontalBarChart
      data={data}
      variant={HorizontalBarChartVariant.AbsoluteScale}
      culture={INTL_TAG[locale]}
      hideTooltip
      className={styles.root}
    />
  );
}
