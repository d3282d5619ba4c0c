import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export const useTileStyles = makeStyles({
  tile: {
    display: 'grid',
    alignContent: 'start',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow2,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  figure: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  meta: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
  /** Rows of label, bar and count. */
  rows: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr) max-content',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  row: { display: 'contents' },
  count: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
});

/** One tile of the header band: a heading and what it says. */
export function Tile(props: {
  id: string;
  title: string;
  testId: string;
  wide?: boolean;
  children: ReactNode;
}) {
  const styles = useTileStyles();
  return (
    <section className={styles.tile} aria-labelledby={props.id} data-testid={props.testId}>
      <h2 id={props.id} className={styles.heading}>
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}

/** An empty tile's words: when its answers will show (the forum's threshold), else `empty`. */
export function withheldOr(
  withheldBelow: number | null,
  empty: string,
  t: (key: 'summary.resultsWithheld', params: { count: number }) => string,
): string {
  return withheldBelow === null ? empty : t('summary.resultsWithheld', { count: withheldBelow });
}
