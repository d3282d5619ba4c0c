import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { localize } from '../../../../core/i18n';
import type { VoiceGroupSummary } from '../../../../core/voices';
import { useResource } from '../../api/use-resource';
import type { VoiceApi } from '../../api/voice-endpoints';
import { ErrorView } from '../../components/error-view';
import { Loading } from '../../components/loading';
import { formatInstant } from '../../format/format';
import { useLocale, useT } from '../../i18n/i18n-context';
import { voicesMessages } from './voices-messages';

const useStyles = makeStyles({
  box: { display: 'grid', gap: tokens.spacingVerticalS },
  h3: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalM },
  item: {
    display: 'grid',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 },
  meta: { color: tokens.colorNeutralForeground2, margin: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** The department's chefs read each waiting voice and show or hide it (hidden never reaches a summary or export). */
export function ModerationQueue(props: {
  api: VoiceApi;
  departmentId: string;
  groups: readonly VoiceGroupSummary[];
  timeZone: string;
  refreshKey: number;
  onChanged(): void;
}) {
  const styles = useStyles();
  const t = useT(voicesMessages);
  const { locale } = useLocale();
  const queue = useResource(
    () => props.api.waiting(props.departmentId),
    [props.api, props.departmentId, props.refreshKey],
  );
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState('');
  const labelOf = (groupId: string) => {
    const group = props.groups.find((g) => g.groupId === groupId);
    return group ? localize(group.label, locale) : groupId;
  };

  const moderate = async (voiceId: string, state: 'shown' | 'hidden') => {
    setBusy(voiceId);
    setFailure('');
    try {
      await props.api.moderate(voiceId, state);
      queue.reload();
      props.onChanged();
    } catch (error) {
      setFailure(t('action.failed', { message: (error as Error).message }));
    } finally {
      setBusy(null);
    }
  };

  const page = queue.data;
  return (
    <div className={styles.box} data-testid="voices-moderation">
      <h3 className={styles.h3}>{t('moderation.heading')}</h3>
      {failure && <p role="alert">{failure}</p>}
      {!page ? (
        queue.error ? (
          <ErrorView error={queue.error} onRetry={queue.reload} />
        ) : (
          <Loading />
        )
      ) : page.total === 0 ? (
        <p className={styles.meta}>{t('moderation.empty')}</p>
      ) : (
        <>
          <p className={styles.meta}>{t('moderation.count', { count: page.total })}</p>
          <ul className={styles.list}>
            {page.voices.map((v) => (
              <li key={v.id} className={styles.item} data-testid="waiting-voice">
                <p className={styles.text}>{v.text}</p>
                <p className={styles.meta}>
                  {t('moderation.received', {
                    date: formatInstant(v.createdAt, locale, props.timeZone),
                    group: labelOf(v.groupId),
                  })}
                </p>
                <div className={styles.actions}>
                  <Button
                    appearance="primary"
                    disabled={busy === v.id}
                    onClick={() => void moderate(v.id, 'shown')}
                  >
                    {t('moderation.show')}
                  </Button>
                  <Button disabled={busy === v.id} onClick={() => void moderate(v.id, 'hidden')}>
                    {t('moderation.hide')}
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
