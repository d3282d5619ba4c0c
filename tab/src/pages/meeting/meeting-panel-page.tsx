import { Button, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { buildSlideDeck, forumDeckSource } from '../../../../core/presentation';
import { useResource } from '../../api/use-resource';
import { useSession } from '../../auth/session-context';
import { ErrorView } from '../../components/error-view';
import { Loading } from '../../components/loading';
import { shareToStage, stageSlideUrl } from '../../host/teams-host';
import { useLocale, useT } from '../../i18n/i18n-context';
import { routeHref } from '../../routing/route';
import { meetingMessages } from './meeting-messages';

const useStyles = makeStyles({
  list: { listStyleType: 'none', padding: 0, margin: 0, display: 'grid', gap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    justifyContent: 'space-between',
    flexWrap: 'wrap',
    padding: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  showing: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * The final meeting's side panel: the running order (the presentation's slides: the cover, each
 * department, in order); the organizer shows one on the meeting stage with teams-js
 * meeting.shareAppContentToStage, and moves on by sharing the next. Outside a meeting's side
 * panel it points to the presentation mode, which works anywhere.
 */
export default function MeetingPanelPage() {
  const styles = useStyles();
  const t = useT(meetingMessages);
  const { locale } = useLocale();
  const { http, me, host } = useSession();
  const forumId = me.memberships[0]?.forumId ?? '';
  const resource = useResource(() => http.call('overview', { params: { forumId } }), [http, forumId]);
  const [status, setStatus] = useState<{ slide: number; error: string | null } | null>(null);
  const slides = useMemo(
    () =>
      resource.data
        ? buildSlideDeck(
            forumDeckSource(resource.data.forum, resource.data.overview, resource.data.voices),
            locale,
          )
        : [],
    [resource.data, locale],
  );
  if (!resource.data)
    return resource.error ? <ErrorView error={resource.error} onRetry={resource.reload} /> : <Loading />;

  const inSidePanel = host.inTeams && host.frameContext === 'sidePanel';
  const share = (slide: number) => {
    shareToStage(stageSlideUrl(window.location.origin, slide)).then(
      () => setStatus({ slide, error: null }),
      (e: unknown) => setStatus({ slide, error: e instanceof Error ? e.message : String(e) }),
    );
  };
  const shownTitle = status ? (slides[status.slide - 1]?.title ?? '') : '';
  return (
    <section aria-labelledby="meeting-title" data-testid="meeting-panel">
      <h1 id="meeting-title">{t('meeting.title')}</h1>
      {inSidePanel ? (
        <Text as="p">{t('meeting.intro')}</Text>
      ) : (
        <Text as="p" data-testid="meeting-outside">
          {t('meeting.outside')}{' '}
          <Link href={routeHref({ name: 'present', slide: 1 })}>{t('meeting.present')}</Link>
        </Text>
      )}
      <p role="status" aria-live="polite" data-testid="meeting-status">
        {status &&
          (status.error
            ? t('meeting.failed', { reason: status.error })
            : t('meeting.shared', { title: shownTitle }))}
      </p>
      <h2>{t('meeting.order')}</h2>
      <ol className={styles.list}>
        {slides.map((slide, i) => {
          const n = i + 1;
          const showing = status?.slide === n && !status.error;
          return (
            <li key={n} className={styles.item} data-testid="meeting-slide">
              <span className={showing ? styles.showing : undefined}>
                {n}. {slide.title}
                {showing && ` (${t('meeting.showing')})`}
              </span>
              {inSidePanel && (
                <Button
                  appearance={showing ? 'primary' : 'secondary'}
                  aria-label={t('meeting.shareItem', { title: slide.title })}
                  onClick={() => share(n)}
                >
                  {t('meeting.share')}
                </Button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
