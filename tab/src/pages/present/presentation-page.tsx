import { Button, Link, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { localize } from '../../../../core/i18n';
import { endpoints } from '../../api/endpoints';
import { useResource } from '../../api/use-resource';
import { useSession } from '../../auth/session-context';
import { ErrorView } from '../../components/error-view';
import { Loading } from '../../components/loading';
import { summaryMessages } from '../../i18n/catalog-summary';
import { useLocale, useT } from '../../i18n/i18n-context';
import { routeHref } from '../../routing/route';
import { navigate } from '../../routing/use-hash-route';
import { asOverviewData } from '../overview/overview-data';
import { Slide } from './slide';

const useStyles = makeStyles({
  stage: {
    display: 'grid',
    gridTemplateRows: 'auto 1fr',
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: 'clamp(12px, 3vw, 48px)',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  bar: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
  },
  controls: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

/** Presentation mode: one department per slide, arrow keys, full screen; fits a meeting stage. */
export default function PresentationPage(props: { slide: number }) {
  const styles = useStyles();
  const t = useT(summaryMessages);
  const { locale } = useLocale();
  const { http, me } = useSession();
  const forumId = me.memberships[0]?.forumId ?? '';
  const api = useMemo(() => endpoints(http), [http]);
  const resource = useResource(() => api.overview(forumId).then(asOverviewData), [api, forumId]);
  const stage = useRef<HTMLDivElement>(null);
  const [fullscreen, setFullscreen] = useState(false);
  const count = resource.data?.overview.departments.length ?? 0;
  const index = Math.min(Math.max(1, props.slide), Math.max(1, count));

  useEffect(() => {
    const go = (n: number) => navigate(routeHref({ name: 'present', slide: n }));
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName)) return;
      if ((e.key === 'ArrowRight' || e.key === 'PageDown') && index < count) go(index + 1);
      else if ((e.key === 'ArrowLeft' || e.key === 'PageUp') && index > 1) go(index - 1);
      else if (e.key === 'Home') go(1);
      else if (e.key === 'End' && count > 0) go(count);
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
    else void stage.current?.requestFullscreen?.().catch(() => undefined);
  };

  if (!resource.data)
    return resource.error ? <ErrorView error={resource.error} onRetry={resource.reload} /> : <Loading />;
  const { overview, takeaways, forum } = resource.data;
  const current = overview.departments[index - 1];
  return (
    <div ref={stage} className={styles.stage} data-testid="presentation">
      <div className={styles.bar}>
        <span aria-live="polite" data-testid="slide-counter">
          {localize(forum.name, locale)} · {t('present.slide', { index, count })}
        </span>
        <div className={styles.controls}>
          <Button
            disabled={index <= 1}
            onClick={() => navigate(routeHref({ name: 'present', slide: index - 1 }))}
          >
            {t('present.previous')}
          </Button>
          <Button
            disabled={index >= count}
            onClick={() => navigate(routeHref({ name: 'present', slide: index + 1 }))}
            data-testid="slide-next"
          >
            {t('present.next')}
          </Button>
          <Button onClick={toggleFullscreen}>
            {fullscreen ? t('present.exitFullscreen') : t('present.fullscreen')}
          </Button>
          <Link href="#/overview">{t('present.close')}</Link>
        </div>
      </div>
      <main id="main" aria-describedby="present-keys">
        <p id="present-keys" className="visually-hidden">
          {t('present.keys')}
        </p>
        {current && (
          <Slide
            summary={current}
            takeaways={takeaways.find((x) => x.departmentId === current.departmentId)}
          />
        )}
      </main>
    </div>
  );
}
