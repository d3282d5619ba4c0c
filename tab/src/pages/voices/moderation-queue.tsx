import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { VOICE_PAGE_SIZE } from '../../../../core/api/voices-types';
import type { Voice } from '../../../../core/voices';
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

/**
 * The waiting voices, newest first: as many pages of the API as the chef asked for ("Vis flere"
 * adds one), fetched again whole on every live change so the list neither jumps back to the first
 * page nor shows a voice twice.
 */
async function waitingVoices(api: VoiceApi, departmentId: string, wanted: number) {
  const voices: Voice[] = [];
  const seen = new Set<string>();
  let total = 0;
  for (let offset = 0; offset < wanted; offset += VOICE_PAGE_SIZE) {
    const page = await api.waiting(departmentId, offset);
    total = page.total;
    for (const v of page.voices) {
      if (seen.has(v.id)) continue;
      seen.add(v.id);
      voices.push(v);
    }
    if (offset + VOICE_PAGE_SIZE >= page.total) break;
  }
  return { voices, total };
}

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
  const [wanted, setWanted] = useState(VOICE_PAGE_SIZE);
  const queue = useResource(
    () => waitingVoices(props.api, props.departmentId, wanted),
    [props.api, props.departmentId, props.refreshKey, wanted],
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
      if (queue.data)
        queue.setData({
          voices: queue.data.voices.filter((v) => v.id !== voiceId),
          total: Math.max(0, queue.data.total - 1),
        });
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
          {page.voices.length < page.total && (
            <div className={styles.actions}>
              <span className={styles.meta} data-testid="moderation-showing">
                {t('moderation.showing', { shown: page.voices.length, total: page.total })}
              </span>
              <Button
                data-testid="moderation-more"
                disabled={queue.loading}
                onClick={() => setWanted(page.voices.length + VOICE_PAGE_SIZE)}
              >
                {t('moderation.more')}
              </Button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
