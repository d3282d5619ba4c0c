import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { localize } from '../../../../core/i18n';
import { useResource } from '../../api/use-resource';
import { voiceEndpoints } from '../../api/voice-endpoints';
import { useSession } from '../../auth/session-context';
import { ErrorView } from '../../components/error-view';
import { Loading } from '../../components/loading';
import { useLocale, useT } from '../../i18n/i18n-context';
import { ModerationQueue } from './moderation-queue';
import { VoiceRoundForm } from './voice-round-form';
import { VoiceRoundItem } from './voice-round-item';
import { voicesMessages } from './voices-messages';

const useStyles = makeStyles({
  section: { display: 'grid', gap: tokens.spacingVerticalL },
  h2: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  h3: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2, margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'grid', gap: tokens.spacingVerticalS },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  rounds: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalM },
});

/**
 * The department's "Stemmer": counts by group and the shown texts grouped by group, live; for the
 * department's chefs the waiting voices to show or hide; for chefs and organizers the rounds with
 * their public link and QR code.
 */
export function VoicesSection(props: {
  departmentId: string;
  timeZone: string;
  /** Changes when the page's live stream says the department's voices changed. */
  liveKey: number;
}) {
  const styles = useStyles();
  const t = useT(voicesMessages);
  const { locale } = useLocale();
  const { http } = useSession();
  const api = useMemo(() => voiceEndpoints(http), [http]);
  const resource = useResource(
    () => api.voices(props.departmentId),
    [api, props.departmentId, props.liveKey],
  );
  const [liveNote, setLiveNote] = useState('');
  const reload = resource.reload;
  const firstKey = useRef(props.liveKey);
  useEffect(() => {
    if (props.liveKey !== firstKey.current) setLiveNote(t('voices.updated'));
  }, [props.liveKey, t]);

  const data = resource.data;
  if (!data) return resource.error ? <ErrorView error={resource.error} onRetry={reload} /> : <Loading />;
  const { summary, rounds, may } = data;
  const withTexts = summary.groups.filter((g) => g.texts.length > 0);

  return (
    <section className={styles.section} aria-labelledby="voices-title" data-testid="voices-section">
      <h2 id="voices-title" className={styles.h2}>
        {t('voices.title')}
      </h2>
      <p className={styles.muted}>{t('voices.intro')}</p>
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="voices-live-note">
        {liveNote}
      </p>
      <p data-testid="voices-totals">
        {t('voices.totals', { shown: summary.total.shown, waiting: summary.total.waiting })}
      </p>
      <ul className={styles.list}>
        {summary.groups.map((g) => (
          <li key={g.groupId}>
            {t('voices.groupCount', { group: localize(g.label, locale), count: g.shown })}
          </li>
        ))}
      </ul>
      {summary.words.length > 0 && (
        <div data-testid="voices-words">
          <h3 className={styles.h3}>{t('voices.words')}</h3>
          <p className={styles.muted}>{t('voices.wordsFrom', { count: summary.wordsFrom })}</p>
          <ol className={styles.list}>
            {summary.words.map((w) => (
              <li key={w.word}>{t('voices.word', { word: w.word, count: w.voices })}</li>
            ))}
          </ol>
        </div>
      )}
      {!summary.texts && summary.total.shown > 0 && <p className={styles.muted}>{t('voices.countsOnly')}</p>}
      {summary.texts && withTexts.length === 0 && <p className={styles.muted}>{t('voices.noneShown')}</p>}
      {withTexts.map((g) => (
        <div key={g.groupId} data-testid={`voices-group-${g.groupId}`}>
          <h3 className={styles.h3}>{localize(g.label, locale)}</h3>
          <ul className={styles.list}>
            {g.texts.map((v) => (
              <li key={v.id} className={styles.text}>
                {v.text}
              </li>
            ))}
          </ul>
          {g.moreTexts > 0 && <p className={styles.muted}>{t('voices.moreTexts', { count: g.moreTexts })}</p>}
        </div>
      ))}

      {may.moderate && (
        <ModerationQueue
          api={api}
          departmentId={props.departmentId}
          groups={summary.groups}
          timeZone={props.timeZone}
          refreshKey={props.liveKey}
          onChanged={reload}
        />
      )}

      {may.manage && (
        <>
          <h3 className={styles.h3}>{t('round.heading')}</h3>
          {rounds.length === 0 && <p className={styles.muted}>{t('round.none')}</p>}
          <ul className={styles.rounds}>
            {rounds.map((round) => (
              <VoiceRoundItem
                key={round.id}
                api={api}
                round={round}
                timeZone={props.timeZone}
                onChanged={reload}
              />
            ))}
          </ul>
          <VoiceRoundForm
            api={api}
            departmentId={props.departmentId}
            timeZone={props.timeZone}
            onDone={reload}
          />
        </>
      )}
    </section>
  );
}

export default VoicesSection;
