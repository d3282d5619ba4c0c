import { makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useMemo, useRef } from 'react';
import { SessionContext, type Session } from './auth/session-context';
import { DevBanner } from './components/dev-banner';
import { Loading } from './components/loading';
import type { ThemeName } from './host/theme-name';
import { commonMessages } from './i18n/catalog-common';
import { useT } from './i18n/i18n-context';
import { AppHeader, type NavItem } from './layout/app-header';
import { ConfigPage } from './pages/config/config-page';
import { HomePage } from './pages/home-page';
import { MyAnswersPage } from './pages/me/my-answers-page';
import { NotFoundPage } from './pages/not-found-page';
import { OverviewPage } from './pages/overview/overview-page';
import { SummaryPage } from './pages/summary/summary-page';
import { routeHref, type Route } from './routing/route';
import { useHashRoute } from './routing/use-hash-route';

// Organizer-only and meeting-only views load on demand, keeping the first download small.
const AdminPage = lazy(() => import('./pages/admin/admin-page'));
const PresentationPage = lazy(() => import('./pages/present/presentation-page'));
const MeetingPanelPage = lazy(() => import('./pages/meeting/meeting-panel-page'));

const useStyles = makeStyles({
  main: {
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    maxWidth: '1280px',
    margin: '0 auto',
    outlineStyle: 'none',
  },
  presentation: { height: '100vh', display: 'flex', flexDirection: 'column' },
});

export function App(props: { session: Session; theme: ThemeName; setTheme(t: ThemeName): void }) {
  const styles = useStyles();
  const hashRoute = useHashRoute();
  useDeepLinkOnce(props.session.host.subPageId);
  // On a meeting stage the tab opens as the presentation (the side panel shares a slide's URL).
  const onStage = props.session.host.frameContext === 'meetingStage';
  const route: Route =
    onStage && (hashRoute.name === 'home' || hashRoute.name === 'meeting')
      ? { name: 'present', slide: 1 }
      : hashRoute;
  const t = useT(commonMessages);
  const membership = props.session.me.memberships[0] ?? null;
  const items = useMemo(() => navItems(route, props.session, t), [route, props.session, t]);

  if (route.name === 'present') {
    return (
      <SessionContext.Provider value={props.session}>
        <div className={styles.presentation}>
          {props.session.devMode && <DevBanner />}
          <Suspense fallback={<Loading />}>
            <PresentationPage slide={route.slide} stage={onStage} />
          </Suspense>
        </div>
      </SessionContext.Provider>
    );
  }

  return (
    <SessionContext.Provider value={props.session}>
      <AppHeader route={route} items={items} theme={props.theme} setTheme={props.setTheme} />
      {props.session.devMode && <DevBanner />}
      <main id="main" tabIndex={-1} className={styles.main}>
        <Suspense fallback={<Loading />}>{page(route, membership?.forumId ?? null)}</Suspense>
      </main>
    </SessionContext.Provider>
  );
}

function page(route: Route, forumId: string | null) {
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'config':
      return <ConfigPage />;
    case 'department':
      return <SummaryPage departmentId={route.id} />;
    case 'me':
      return <MyAnswersPage />;
    case 'overview':
      return <OverviewPage forumId={forumId} />;
    case 'admin':
      return <AdminPage />;
    case 'meeting':
      return <MeetingPanelPage />;
    default:
      return <NotFoundPage />;
  }
}

function navItems(route: Route, session: Session, t: (k: keyof typeof commonMessages) => string): NavItem[] {
  const membership = session.me.memberships[0];
  const items: NavItem[] = [];
  const firstDepartment = membership?.departmentIds[0];
  if (firstDepartment) {
    const href = routeHref({ name: 'department', id: firstDepartment });
    items.push({ key: 'department', href, label: t('nav.department'), active: route.name === 'department' });
  }
  items.push({ key: 'me', href: '#/me', label: t('nav.me'), active: route.name === 'me' });
  items.push({
    key: 'overview',
    href: '#/overview',
    label: t('nav.overview'),
    active: route.name === 'overview',
  });
  if (membership?.canAdminister)
    items.push({ key: 'admin', href: '#/admin', label: t('nav.admin'), active: route.name === 'admin' });
  return items;
}

/** A Teams deep link from the bot ("department/<id>" as subPageId) opens that summary, once per load. */
function useDeepLinkOnce(subPageId: string | null) {
  const followed = useRef(false);
  useEffect(() => {
    if (followed.current || !subPageId) return;
    followed.current = true;
    const match = /^department\/(.+)$/.exec(subPageId);
    if (match) window.location.hash = routeHref({ name: 'department', id: match[1]! });
  }, [subPageId]);
}
