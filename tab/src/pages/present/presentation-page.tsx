import { Button, Link, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { localize } from '../../../../core/i18n';
import { buildSlideDeck, forumDeckSource } from '../../../../core/presentation';
import { useResource } from '../../api/use-resource';
import { useSession } from '../../auth/session-context';
import { ErrorView } from '../../components/error-view';
import { Loading } from '../../components/loading';
import { useLocale, useT } from '../../i18n/i18n-context';
import { routeHref } from '../../routing/route';
import { navigate } from '../../routing/use-hash-route';
import { presentMessages } from './present-messages';
import { controlKeepsKey, slideAfter, slideMoveOf } from './slide-keys';
import { SlideView } from './slide-view';

const useStyles = makeStyles({
  page: {
    flexGrow: 1,
    minHeight: 0,
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
  stage: {
    flexGrow: 1,
    minHeight: 0,
    containerType: 'size',
    display: 'grid',
    placeItems: 'center',
    margin: tokens.spacingVerticalM,
  },
  bar: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  controls: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

/**
 * Presentation mode for the final meeting's screen: core/presentation's slides (a cover, then one
 * slide per department), letterboxed 16:9, keyboard and clicker navigation, full screen. On a Teams
 * meeting stage (`stage`) only the slide shows: the organizer moves on from the side panel.
 */
export default function PresentationPage(props: { slide: number; stage?: boolean }) {
  const styles = useStyles();
  const t = useT(presentMessages);
  const { locale } = useLocale();
  const { http, me } = useSession();
  const forumId = me.memberships[0]?.forumId ?? '';
  const resource = useResource(() => http.call('overview', { params: { forumId } }), [http, forumId]);
  const page = useRef<HTMLDivElement>(null);
  const [fullscreen, setFullscreen] = useState(false);
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
  const count = slides.length;
  const index = Math.min(Math.max(1, props.slide), Math.max(1, count));

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || controlKeepsKey(e.target, e.key)) return;
      const move = slideMoveOf(e.key, e.shiftKey);
      if (!move || count === 0) return;
      e.preventDefault();
      const target = slideAfter(move, index, count);
      if (target !== index) navigate(routeHref({ name: 'present', slide: target }));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [index, count]);

  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void page.current?.requestFullscreen?.().catch(() => undefined);
  };

  if (!resource.data)
    return resource.error ? <ErrorView error={resource.error} onRetry={resource.reload} /> : <Loading />;
  const current = slides[index - 1]!;
  const go = (n: number) => navigate(routeHref({ name: 'present', slide: n }));
  return (
    <div ref={page} className={styles.page} data-testid="presentation">
      <main id="main" className={styles.stage} aria-describedby="present-keys">
        <h1 className="visually-hidden">
          {t('present.title', { forum: localize(resource.data.forum.name, locale) })}
        </h1>
        <p id="present-keys" className="visually-hidden">
          {t('present.keys')}
        </p>
        <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="slide-announcement">
          {t('present.announce', { index, count, title: current.title })}
        </p>
        <SlideView slide={current} label={t('present.slideLabel')} />
      </main>
      {!props.stage && (
        <nav className={styles.bar} aria-label={t('present.controls')}>
          <span data-testid="slide-counter">{t('present.slide', { index, count })}</span>
          <div className={styles.controls}>
            <Button disabled={index <= 1} onClick={() => go(index - 1)} data-testid="slide-previous">
              {t('present.previous')}
            </Button>
            <Button disabled={index >= count} onClick={() => go(index + 1)} data-testid="slide-next">
              {t('present.next')}
            </Button>
            <Button onClick={toggleFullscreen}>
              {fullscreen ? t('present.exitFullscreen') : t('present.fullscreen')}
            </Button>
            <Link href="#/overview">{t('present.close')}</Link>
          </div>
        </nav>
      )}
    </div>
  );
}
