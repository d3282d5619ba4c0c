import { makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { shortLabel } from '../../../../../core/summary/chart-series';
import { summaryMessages } from '../../../i18n/catalog-summary';
import { useT } from '../../../i18n/i18n-context';
import { formatPercent } from '../../../format/format';

export interface BarDatum {
  key: string;
  label: string;
  count: number;
}

const useStyles = makeStyles({
  figure: { margin: 0, display: 'grid', gap: tokens.spacingVerticalS },
  caption: { fontWeight: tokens.fontWeightSemibold },
  svg: { width: '100%', maxWidth: '560px', height: 'auto', overflow: 'visible' },
  bar: { fill: tokens.colorBrandBackground, stroke: tokens.colorNeutralStrokeAccessible, strokeWidth: '1px' },
  track: { fill: tokens.colorNeutralBackground3 },
  label: { fill: tokens.colorNeutralForeground1, fontSize: '11px' },
  table: {
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    '& th, & td': {
      textAlign: 'left',
      padding: `2px ${tokens.spacingHorizontalS}`,
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    },
  },
  num: { textAlign: 'right' },
});

const ROW = 26;
const LABEL_W = 230;
const BAR_W = 260;

/**
 * A horizontal bar chart drawn as SVG (decorative, hidden from screen readers) with a visible
 * table of the same numbers as its text alternative. Labels and counts are printed, so nothing
 * depends on colour.
 */
export function BarChart(props: { title: string; data: BarDatum[]; testId?: string }) {
  const styles = useStyles();
  const t = useT(summaryMessages);
  const captionId = useId();
  const total = props.data.reduce((sum, d) => sum + d.count, 0);
  const max = Math.max(1, ...props.data.map((d) => d.count));
  const height = props.data.length * ROW;
  return (
    <figure className={styles.figure} aria-labelledby={captionId} data-testid={props.testId}>
      <figcaption id={captionId} className={styles.caption}>
        {props.title}
      </figcaption>
      {total === 0 ? (
        <p>{t('chart.empty')}</p>
      ) : (
        <svg
          className={styles.svg}
          viewBox={`0 0 ${LABEL_W + BAR_W + 60} ${height}`}
          aria-hidden="true"
          focusable="false"
        >
          {props.data.map((d, i) => {
            const w = Math.round((d.count / max) * BAR_W);
            const y = i * ROW;
            return (
              <g key={d.key}>
                <text x={LABEL_W - 8} y={y + ROW / 2 + 4} textAnchor="end" className={styles.label}>
                  {shortLabel(d.label, 30)}
                </text>
                <rect x={LABEL_W} y={y + 4} width={BAR_W} height={ROW - 8} className={styles.track} />
                {w > 0 && <rect x={LABEL_W} y={y + 4} width={w} height={ROW - 8} className={styles.bar} />}
                <text x={LABEL_W + BAR_W + 6} y={y + ROW / 2 + 4} className={styles.label}>
                  {d.count}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      {total > 0 && (
        <table className={styles.table}>
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
                <th scope="row">{d.label}</th>
                <td className={styles.num}>{d.count}</td>
                <td className={styles.num}>{formatPercent(d.count / total)} %</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
