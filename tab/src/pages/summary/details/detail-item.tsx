import {
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  item: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  label: { display: 'grid', gap: tokens.spacingVerticalXXS, paddingBlock: tokens.spacingVerticalXS },
  title: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  meta: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  panel: {
    display: 'grid',
    gap: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalL,
  },
});

/**
 * One collapsible part of the details: a heading button (aria-expanded, Enter and Space toggle it)
 * with a one-line summary under the title, and the content, rendered only while open.
 */
export function DetailItem(props: {
  value: string;
  title: string;
  meta?: string;
  testId: string;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <AccordionItem value={props.value} className={styles.item} data-testid={props.testId}>
      <AccordionHeader as="h3" size="large" expandIconPosition="start" data-testid={`${props.testId}-toggle`}>
        <span className={styles.label}>
          <span className={styles.title}>{props.title}</span>
          {props.meta && <span className={styles.meta}>{props.meta}</span>}
        </span>
      </AccordionHeader>
      <AccordionPanel className={styles.panel}>{props.children}</AccordionPanel>
    </AccordionItem>
  );
}
