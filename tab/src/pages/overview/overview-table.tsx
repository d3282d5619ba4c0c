import {
  Link,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { VALUE_TYPE_LABELS, VALUE_TYPES } from '../../../../core/answers/labels';
import { localize } from '../../../../core/i18n';
import { shortLabel } from '../../../../core/summary/chart-series';
import { formatPercent } from '../../format/format';
import { useLocale, useT } from '../../i18n/i18n-context';
import { routeHref } from '../../routing/route';
import { overviewMessages } from './overview-messages';
import { nextSort, sortRows, type OverviewRow, type SortKey, type SortState } from './overview-rows';

const PRINCIPLES_SHOWN = 2;

const useStyles = makeStyles({
  table: { tableLayout: 'auto', minWidth: '720px' },
  caption: {
    captionSide: 'top',
    textAlign: 'start',
    paddingBottom: tokens.spacingVerticalS,
    color: tokens.colorNeutralForeground2,
  },
  cell: { verticalAlign: 'top', paddingTop: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
  stack: { display: 'grid', gap: tokens.spacingVerticalXXS, overflowWrap: 'anywhere' },
  name: { fontWeight: tokens.fontWeightSemibold },
  subtle: { color: tokens.colorNeutralForeground2 },
  behind: { color: tokens.colorStatusDangerForeground3, fontWeight: tokens.fontWeightSemibold },
  onTrack: { color: tokens.colorStatusSuccessForeground1 },
  meter: {
    height: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground5,
    borderRadius: tokens.borderRadiusSmall,
    overflow: 'hidden',
  },
  meterFill: { height: '100%', backgroundColor: tokens.colorBrandBackground },
});

const COLUMNS: { key: SortKey; label: keyof typeof overviewMessages }[] = [
  { key: 'name', label: 'col.department' },
  { key: 'participation', label: 'col.participation' },
  { key: 'principles', label: 'col.principles' },
  { key: 'actions', label: 'col.actions' },
  { key: 'indicators', label: 'col.indicators' },
  { key: 'voices', label: 'col.voices' },
];

/**
 * The departments side by side: participation, the principles chosen, the action plan's status,
 * the indicators and the voices shown. Every column sorts (a header is a button: Enter or Space, aria-sort says
 * how); a department's name opens its summary.
 */
export function OverviewTable(props: { rows: OverviewRow[] }) {
  const styles = useStyles();
  const t = useT(overviewMessages);
  const { locale } = useLocale();
  const [sort, setSort] = useState<SortState | null>(null);
  const rows = useMemo(() => sortRows(props.rows, sort, locale), [props.rows, sort, locale]);
  return (
    <Table sortable className={styles.table} data-testid="overview-table">
      <caption className={styles.caption}>{t('overview.caption')}</caption>
      <TableHeader>
        <TableRow>
          {COLUMNS.map((c) => (
            <TableHeaderCell
              key={c.key}
              sortDirection={sort?.key === c.key ? sort.direction : undefined}
              onClick={() => setSort((s) => nextSort(s, c.key))}
              data-testid={`sort-${c.key}`}
            >
              {t(c.label)}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.departmentId} data-testid="overview-department">
            <TableCell className={styles.cell}>
              <Link className={styles.name} href={routeHref({ name: 'department', id: row.departmentId })}>
                {row.name}
              </Link>
            </TableCell>
            <TableCell className={styles.cell}>
              <ParticipationCell row={row} />
            </TableCell>
            <TableCell className={styles.cell}>
              <PrinciplesCell row={row} />
            </TableCell>
            <TableCell className={styles.cell}>
              <ActionsCell row={row} />
            </TableCell>
            <TableCell className={styles.cell}>
              <IndicatorsCell row={row} />
            </TableCell>
            <TableCell className={styles.cell}>
              <span className={row.voices === 0 ? styles.subtle : undefined}>
                {t('cell.voices', { count: row.voices })}
              </span>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function ParticipationCell(props: { row: OverviewRow }) {
  const styles = useStyles();
  const t = useT(overviewMessages);
  const { row } = props;
  const percent = formatPercent(row.rate);
  return (
    <div className={styles.stack}>
      <span className={row.respondents < row.members ? styles.behind : undefined}>
        {t('cell.participation', { answered: row.respondents, members: row.members })}
      </span>
      <span className={styles.subtle}>{t('cell.rate', { percent })}</span>
      <div className={styles.meter} aria-hidden="true">
        <div className={styles.meterFill} style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}

function PrinciplesCell(props: { row: OverviewRow }) {
  const styles = useStyles();
  const t = useT(overviewMessages);
  const { locale } = useLocale();
  const { principles } = props.row;
  if (principles.length === 0) return <EmptyCell withheldBelow={props.row.withheldBelow.principles} />;
  const rest = principles.length - PRINCIPLES_SHOWN;
  return (
    <div className={styles.stack}>
      {principles.slice(0, PRINCIPLES_SHOWN).map((p) => (
        <span key={p.number} title={localize(p.title, locale)}>
          {t('cell.principle', { number: p.number, title: shortLabel(localize(p.title, locale), 34) })}{' '}
          <span className={styles.subtle}>({t('cell.principleCount', { count: p.count })})</span>
        </span>
      ))}
      {rest > 0 && <span className={styles.subtle}>{t('cell.morePrinciples', { count: rest })}</span>}
    </div>
  );
}

/** What an empty cell says: nothing yet, or when the answers there will show (the forum's threshold). */
function EmptyCell(props: { withheldBelow: number | null }) {
  const styles = useStyles();
  const t = useT(overviewMessages);
  const { withheldBelow } = props;
  return (
    <span className={styles.subtle}>
      {withheldBelow === null ? t('cell.none') : t('cell.withheld', { count: withheldBelow })}
    </span>
  );
}

function IndicatorsCell(props: { row: OverviewRow }) {
  const styles = useStyles();
  const t = useT(overviewMessages);
  const { locale } = useLocale();
  const { row } = props;
  if (row.indicators === 0 && row.withheldBelow.indicators !== null)
    return <EmptyCell withheldBelow={row.withheldBelow.indicators} />;
  return (
    <div className={styles.stack}>
      <span>{t('cell.indicators', { count: row.indicators })}</span>
      {row.indicators > 0 && (
        <span className={styles.subtle}>
          {VALUE_TYPES.map((v) =>
            t('cell.valueType', {
              label: localize(VALUE_TYPE_LABELS[v], locale),
              count: row.valueTypes[v],
            }),
          ).join(' · ')}
        </span>
      )}
    </div>
  );
}

function ActionsCell(props: { row: OverviewRow }) {
  const styles = useStyles();
  const t = useT(overviewMessages);
  const { row } = props;
  if (row.actions === 0) return <EmptyCell withheldBelow={row.withheldBelow.actions} />;
  return (
    <div className={styles.stack}>
      <span>{t('cell.actions', { count: row.actions })}</span>
      {row.actions > row.overdue && (
        <span className={styles.onTrack}>{t('cell.onTrack', { count: row.actions - row.overdue })}</span>
      )}
      {row.overdue > 0 && (
        <span className={styles.behind}>
          {t(row.overdueAtLeast ? 'cell.overdueAtLeast' : 'cell.overdue', { count: row.overdue })}
        </span>
      )}
    </div>
  );
}
