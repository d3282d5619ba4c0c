import { Button, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { ForumOverviewResponse, ForumResponse } from '../../../../core/api';
import { buildSlideDeck, forumDeckSource, runningOrder } from '../../../../core/presentation';
import { isApiError } from '../../api/api-error';
import { useResource } from '../../api/use-resource';
import { useSession, type Session } from '../../auth/session-context';
import { ErrorView } from '../../components/error-view';
import { Loading } from '../../components/loading';
import { shareToStage, stageSlideUrl } from '../../host/teams-host';
import { useLocale, useT } from '../../i18n/i18n-context';
import { routeHref } from '../../routing/route';
import { meetingMessages } from './meeting-messages';

const useStyles = makeStyles({
  list: { listStyleType: 'none', padding: 0, margin: 0, display: 'grid', gap: tokens.spacingVerticalS },
  // Name above its button, the same for every slide: the side panel is narrow (320 px in Teams).
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    alignItems: 'flex-start',
    padding: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  showing: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * The final meeting's side panel: the running order (the presentation's slides: the cover, each
 * department, in order); the organizer shows one on the meeting stage with teams-js
 * meeting.shareAppContentToStage, and moves on by sharing the next. Everyone else sees the same
 * order without the buttons, and why. Outside a meeting's side panel it points to the
 * presentation mode, which works anywhere.
 */
export default function MeetingPanelPage() {
  const styles = useStyles();
  const t = useT(meetingMessages);
  const { locale } = useLocale();
  const { http, me, host } = useSession();
  const membership = me.memberships[0];
  const forumId = membership?.forumId ?? '';
  // From the server's reading of the store (GET /api/me), never decided here.
  const canShare = membership?.canShareToStage === true;
  const resource = useResource(() => loadRunningOrder(http, forumId), [http, forumId]);
  const [status, setStatus] = useState<{ slide: number; error: string | null } | null>(null);
  const titles = useMemo(() => {
    const data = resource.data;
    if (!data) return [];
    if (data.kind === 'deck')
      return buildSlideDeck(
        forumDeckSource(data.overview.forum, data.overview.overview, data.overview.voices),
        locale,
      ).map((s) => s.title);
    return runningOrder(data.forum.forum.name, data.forum.departments, locale).map((s) => s.title);
  }, [resource.data, locale]);
  if (!resource.data)
    return resource.error ? <ErrorView error={resource.error} onRetry={resource.reload} /> : <Loading />;

  const inSidePanel = host.inTeams && host.frameContext === 'sidePanel';
  const share = (slide: number) => {
    shareToStage(stageSlideUrl(window.location.origin, slide)).then(
      () => setStatus({ slide, error: null }),
      (e: unknown) => setStatus({ slide, error: e instanceof Error ? e.message : String(e) }),
    );
  };
  const shownTitle = status ? (titles[status.slide - 1] ?? '') : '';
  return (
    <section aria-labelledby="meeting-title" data-testid="meeting-panel">
      <h1 id="meeting-title">{t('meeting.title')}</h1>
      {inSidePanel && canShare && <Text as="p">{t('meeting.intro')}</Text>}
      {inSidePanel && !canShare && (
        <Text as="p" data-testid="meeting-read-only">
          {t('meeting.readOnly')}
        </Text>
      )}
      {!inSidePanel && (
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
        {titles.map((title, i) => {
          const n = i + 1;
          const showing = status?.slide === n && !status.error;
          return (
            <li key={n} className={styles.item} data-testid="meeting-slide">
              <span className={showing ? styles.showing : undefined}>
                {n}. {title}
                {showing && ` (${t('meeting.showing')})`}
              </span>
              {inSidePanel && canShare && (
                <Button
                  appearance={showing ? 'primary' : 'secondary'}
                  aria-label={t('meeting.shareItem', { title })}
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

type RunningOrderData =
  { kind: 'deck'; overview: ForumOverviewResponse } | { kind: 'order'; forum: ForumResponse };

/**
 * The presentation's slides when the viewer may read the overview; otherwise (a chef while
 * summaries are not shared) only the running order, which every member of the forum may see.
 */
async function loadRunningOrder(http: Session['http'], forumId: string): Promise<RunningOrderData> {
  try {
    return { kind: 'deck', overview: await http.call('overview', { params: { forumId } }) };
  } catch (error) {
    if (!isApiError(error) || error.status !== 403) throw error;
    return { kind: 'order', forum: await http.call('forum', { params: { forumId } }) };
  }
}
