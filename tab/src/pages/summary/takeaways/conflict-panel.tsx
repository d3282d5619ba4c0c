import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Takeaways } from '../../../../../core/model';
import { summaryMessages } from '../../../i18n/catalog-summary';
import { autoFitColumns, measures } from '../../../layout/measures';
import { useT } from '../../../i18n/i18n-context';

const useStyles = makeStyles({
  root: { display: 'grid', gap: tokens.spacingVerticalM },
  columns: {
    display: 'grid',
    gap: tokens.spacingHorizontalL,
    gridTemplateColumns: autoFitColumns(measures.tileMinWidth),
  },
  theirs: {
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    margin: 0,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    minHeight: '8em',
    backgroundColor: tokens.colorNeutralBackground3,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** After a 409: the person's unsaved text beside the stored one, with merge / keep choices. */
export function ConflictPanel(props: {
  mine: string;
  theirs: Takeaways;
  theirName: string;
  onEditMine(text: string): void;
  onMerge(): void;
  onKeepMine(): void;
  onKeepTheirs(): void;
}) {
  const styles = useStyles();
  const t = useT(summaryMessages);
  return (
    <section className={styles.root} aria-labelledby="conflict-title" data-testid="takeaways-conflict">
      <MessageBar intent="warning" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle id="conflict-title">{t('conflict.title')}</MessageBarTitle>
          {t('conflict.body')}
        </MessageBarBody>
      </MessageBar>
      <div className={styles.columns}>
        <Field label={t('conflict.mine')}>
          <Textarea
            value={props.mine}
            onChange={(_, d) => props.onEditMine(d.value)}
            rows={8}
            resize="vertical"
            data-testid="conflict-mine"
          />
        </Field>
        <div>
          <h4 id="conflict-theirs-title">
            {t('conflict.theirs', { name: props.theirName, version: props.theirs.version })}
          </h4>
          <p className={styles.theirs} aria-labelledby="conflict-theirs-title" data-testid="conflict-theirs">
            {props.theirs.text}
          </p>
        </div>
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={props.onMerge} data-testid="conflict-merge">
          {t('conflict.merge')}
        </Button>
        <Button onClick={props.onKeepMine} data-testid="conflict-keep-mine">
          {t('conflict.keepMine')}
        </Button>
        <Button onClick={props.onKeepTheirs} data-testid="conflict-keep-theirs">
          {t('conflict.keepTheirs')}
        </Button>
      </div>
    </section>
  );
}
