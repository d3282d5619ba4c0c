import { FluentProvider, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Locale } from '../../core/model';
import { ApiError } from './api/api-error';
import { createHttpClient } from './api/http-client';
import { App } from './app';
import { boot, type BootState } from './auth/boot';
import { DevSignIn } from './auth/dev-sign-in';
import { devTokenStore } from './auth/dev-token-store';
import { createReauth } from './auth/reauth';
import type { Session } from './auth/session-context';
import { DevBanner } from './components/dev-banner';
import { ErrorView } from './components/error-view';
import { Loading } from './components/loading';
import { TeamsOnly } from './components/teams-only';
import { I18nProvider } from './i18n/i18n-context';
import { preferences } from './host/preferences';
import { connectHost, onTeamsThemeChange, teamsToken, type HostInfo } from './host/teams-host';
import { standaloneTheme, type ThemeName } from './host/theme-name';
import { fluentTheme } from './host/themes';
import { isPublicRoute } from './routing/route';
import { useHashRoute } from './routing/use-hash-route';

// The privacy and terms pages (the manifest's links) are public: shown before and without sign-in.
const LegalPage = lazy(() => import('./pages/legal/legal-page'));

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  boot: { padding: tokens.spacingHorizontalXXL },
});

/** Connects to the host, picks theme and language, signs in, then renders the app. */
export function Root() {
  const styles = useStyles();
  const [host, setHost] = useState<HostInfo | null>(null);
  const [theme, setThemeState] = useState<ThemeName>('default');
  const [locale, setLocaleState] = useState<Locale>('da');
  const [state, setState] = useState<BootState>({ kind: 'loading' });
  const [devMode, setDevMode] = useState(false);
  const route = useHashRoute();
  const localeRef = useRef(locale);
  localeRef.current = locale;
  /** Set once signed in: what a refused token (401) leads to. */
  const onUnauthorized = useRef<(() => void) | null>(null);

  const setLocale = useCallback((next: Locale) => {
    preferences.setLocale(next);
    setLocaleState(next);
  }, []);
  const setTheme = useCallback((next: ThemeName) => {
    preferences.setTheme(next);
    setThemeState(next);
  }, []);

  useEffect(() => {
    let live = true;
    void connectHost().then((info) => {
      if (!live) return;
      setHost(info);
      setLocaleState(preferences.locale() ?? info.locale);
      if (info.inTeams) {
        setThemeState(info.theme ?? 'default');
        onTeamsThemeChange(setThemeState);
      } else {
        const prefersDark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
        setThemeState(standaloneTheme(window.location.search, preferences.theme(), prefersDark));
      }
    });
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const http = useMemo(
    () =>
      host &&
      createHttpClient({
        getToken: host.inTeams ? teamsToken : async () => devTokenStore.get(),
        locale: () => localeRef.current,
        onDevMode: () => setDevMode(true),
        onUnauthorized: () => onUnauthorized.current?.(),
      }),
    [host],
  );

  const restart = useCallback(() => {
    if (!host || !http) return;
    setState({ kind: 'loading' });
    void boot(host, http).then((next) => {
      if (next.kind === 'ready' && next.me.devMode) setDevMode(true);
      if (next.kind === 'devSignIn') setDevMode(true);
      setState(next);
    });
  }, [host, http]);

  useEffect(restart, [restart]);

  // While signed in, a refused token must not leave stale data on screen: renew and reload, or
  // show the sign-in, or say so. (During boot, boot() handles a refused token itself.)
  useEffect(() => {
    if (!host || !http || state.kind !== 'ready') {
      onUnauthorized.current = null;
      return;
    }
    onUnauthorized.current = createReauth({
      inTeams: host.inTeams,
      devUser: () => devTokenStore.user(),
      issueDevToken: async (aadObjectId) => (await http.call('devToken', { body: { aadObjectId } })).token,
      storeDevToken: (token, aadObjectId) => devTokenStore.set(token, aadObjectId),
      clearDevToken: () => devTokenStore.clear(),
      now: () => Date.now(),
      done: (outcome) => {
        if (outcome === 'refused') setState({ kind: 'error', error: new ApiError(401, 'unauthorized', '') });
        else restart();
      },
    });
  }, [host, http, state.kind, restart]);

  const session: Session | null = useMemo(
    () =>
      host && http && state.kind === 'ready'
        ? {
            http,
            host,
            me: state.me,
            devMode,
            signOut: () => {
              devTokenStore.clear();
              restart();
            },
          }
        : null,
    [host, http, state, devMode, restart],
  );

  return (
    // The page's own box (full height, background) is a child: the provider's class also goes to every
    // portal (tooltips, dialogs), which must not become a full-screen layer over the page.
    <FluentProvider theme={fluentTheme(theme)} data-theme={theme}>
      <div className={styles.root}>
        <I18nProvider locale={locale} setLocale={setLocale}>
          {isPublicRoute(route) ? (
            <Suspense fallback={<Loading />}>
              <LegalPage page={route.name} />
            </Suspense>
          ) : session ? (
            <App session={session} theme={theme} setTheme={setTheme} />
          ) : (
            <main className={styles.boot} id="main">
              {devMode && <DevBanner />}
              {state.kind === 'loading' && <Loading />}
              {state.kind === 'teamsOnly' && <TeamsOnly />}
              {state.kind === 'error' && <ErrorView error={state.error} onRetry={restart} />}
              {state.kind === 'devSignIn' && http && (
                <DevSignIn http={http} users={state.users} onSignedIn={restart} />
              )}
            </main>
          )}
        </I18nProvider>
      </div>
    </FluentProvider>
  );
}
