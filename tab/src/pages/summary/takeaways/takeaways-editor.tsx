import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useReducer, useState } from 'react';
import type { Takeaways } from '../../../../../core/model';
import { isApiError } from '../../../api/api-error';
import { useSession } from '../../../auth/session-context';
import { ErrorView } from '../../../components/error-view';
import { formatInstant } from '../../../format/format';
import { glanceMessages } from '../../../i18n/catalog-glance';
import { summaryMessages } from '../../../i18n/catalog-summary';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { measures } from '../../../layout/measures';
import { ConflictPanel } from './conflict-panel';
import { initialTakeaways, isDirty, takeawaysReducer } from './takeaways-state';

const useStyles = makeStyles({
  root: { display: 'grid', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  meta: { color: tokens.colorNeutralForeground2 },
  readOnly: {
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    margin: 0,
    maxHeight: measures.takeawaysMaxHeight,
    overflowY: 'auto',
  },
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** The group's co-edited takeaways with optimistic concurrency; a conflict never loses text. */
export function TakeawaysEditor(props: {
  departmentId: string;
  takeaways: Takeaways;
  canEdit: boolean;
  timeZone: string;
  nameOf(memberId: string | null): string;
}) {
  const styles = useStyles();
  const t = useT(summaryMessages);
  const tg = useT(glanceMessages);
  const { locale } = useLocale();
  const { http } = useSession();
  const [state, dispatch] = useReducer(takeawaysReducer, props.takeaways, initialTakeaways);
  const [error, setError] = useState<unknown>(null);

  // Live refetches bring newer versions: adopt them when clean, flag them when dirty.
  useEffect(() => dispatch({ type: 'server', takeaways: props.takeaways }), [props.takeaways]);

  const save = async () => {
    dispatch({ type: 'saving' });
    try {
      const { takeaways } = await http.call('takeaways', {
        params: { departmentId: props.departmentId },
        body: { text: state.draft, expectedVersion: state.base.version },
      });
      dispatch({ type: 'saved', takeaways });
    } catch (e) {
      const current = isApiError(e) ? (e.body as { current?: Takeaways } | null)?.current : undefined;
      if (isApiError(e) && e.status === 409 && current) dispatch({ type: 'conflict', current });
      else {
        setError(e);
        dispatch({ type: 'failed' });
      }
    }
  };

  const lastEdit =
    state.base.updatedAt && state.base.updatedBy
      ? t('takeaways.lastEdit', {
          name: props.nameOf(state.base.updatedBy),
          time: formatInstant(state.base.updatedAt, locale, props.timeZone),
        })
      : null;

  if (!props.canEdit) {
    return (
      <div className={styles.root} data-testid="takeaways">
        {state.base.text.trim() ? (
          // A long text scrolls inside the band (reachable by keyboard), so the band stays one screen.
          <p className={styles.readOnly} tabIndex={0} data-testid="takeaways-read">
            {state.base.text}
          </p>
        ) : (
          <p className={styles.empty}>{tg('glance.takeawaysEmpty')}</p>
        )}
        {lastEdit && (
          <Text size={200} className={styles.meta}>
            {lastEdit}
          </Text>
        )}
        <Text size={200} className={styles.meta}>
          {t('takeaways.readOnly')}
        </Text>
      </div>
    );
  }

  return (
    <div className={styles.root} data-testid="takeaways">
      {state.conflict ? (
        <ConflictPanel
          mine={state.draft}
          theirs={state.conflict}
          theirName={props.nameOf(state.conflict.updatedBy)}
          onEditMine={(text) => dispatch({ type: 'edit', text })}
          onMerge={() =>
            dispatch({
              type: 'merge',
              markers: {
                mine: t('conflict.markMine'),
                theirs: t('conflict.markTheirs'),
                end: t('conflict.markEnd'),
              },
            })
          }
          onKeepMine={() => dispatch({ type: 'keepMine' })}
          onKeepTheirs={() => dispatch({ type: 'keepTheirs' })}
        />
      ) : (
        <Field label={t('takeaways.label')}>
          <Textarea
            value={state.draft}
            onChange={(_, d) => dispatch({ type: 'edit', text: d.value })}
            resize="vertical"
            rows={5}
            placeholder={tg('glance.takeawaysPlaceholder')}
            data-testid="takeaways-text"
          />
        </Field>
      )}
      {state.mergeConflicts > 0 && isDirty(state) && (
        <MessageBar intent="warning" role="status" data-testid="merge-conflicts">
          <MessageBarBody>{t('conflict.marked', { count: state.mergeConflicts })}</MessageBarBody>
        </MessageBar>
      )}
      {state.remoteNewer && (
        <MessageBar intent="info" role="status">
          <MessageBarBody>{t('takeaways.remoteChange')}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'error' && <ErrorView error={error} />}
      {!state.conflict && (
        <div className={styles.row}>
          <Button
            appearance="primary"
            onClick={() => void save()}
            disabled={state.status === 'saving'}
            data-testid="takeaways-save"
          >
            {state.status === 'saving' ? t('takeaways.saving') : t('takeaways.save')}
          </Button>
          <span role="status" aria-live="polite" className={styles.meta} data-testid="takeaways-status">
            {state.status === 'saved'
              ? t('takeaways.saved', { version: state.base.version })
              : isDirty(state)
                ? t('takeaways.unsaved')
                : ''}
          </span>
        </div>
      )}
      {lastEdit && (
        <Text size={200} className={styles.meta}>
          {lastEdit}
        </Text>
      )}
    </div>
  );
}
