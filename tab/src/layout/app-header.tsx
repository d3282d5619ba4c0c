import { Button, Link, Select, Text, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { Locale } from '../../../core/model';
import { useSession } from '../auth/session-context';
import type { ThemeName } from '../host/theme-name';
import { commonMessages } from '../i18n/catalog-common';
import { useLocale, useT } from '../i18n/i18n-context';
import type { Route } from '../routing/route';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  nav: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, flexGrow: 1 },
  navList: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  current: { fontWeight: tokens.fontWeightSemibold, textDecoration: 'underline' },
  field: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  skip: {
    position: 'absolute',
    left: '-10000px',
    ':focus': { position: 'static', left: 'auto' },
  },
});

export interface NavItem {
  key: string;
  href: string;
  label: string;
  active: boolean;
}

export function AppHeader(props: {
  route: Route;
  items: NavItem[];
  theme: ThemeName;
  setTheme(t: ThemeName): void;
}) {
  const styles = useStyles();
  const t = useT(commonMessages);
  const { locale, setLocale } = useLocale();
  const session = useSession();
  const langId = useId('lang');
  const themeId = useId('theme');
  return (
    <header className={styles.header}>
      <a
        href="#main"
        className={styles.skip}
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <Text weight="bold" size={400}>
        {t('app.title')}
      </Text>
      <nav aria-label={t('nav.label')} className={styles.nav}>
        <ul className={styles.navList}>
          {props.items.map((item) => (
            <li key={item.key}>
              <Link
                href={item.href}
                aria-current={item.active ? 'page' : undefined}
                className={item.active ? styles.current : undefined}
                data-testid={`nav-${item.key}`}
              >
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className={styles.field}>
        <label htmlFor={langId}>{t('lang.label')}</label>
        <Select
          id={langId}
          value={locale}
          onChange={(_, d) => setLocale(d.value as Locale)}
          data-testid="language-switch"
        >
          <option value="da">Dansk</option>
          <option value="en">English</option>
        </Select>
      </div>
      {!session.host.inTeams && (
        <div className={styles.field}>
          <label htmlFor={themeId}>{t('theme.label')}</label>
          <Select
            id={themeId}
            value={props.theme}
            onChange={(_, d) => props.setTheme(d.value as ThemeName)}
            data-testid="theme-switch"
          >
            <option value="default">{t('theme.default')}</option>
            <option value="dark">{t('theme.dark')}</option>
            <option value="contrast">{t('theme.contrast')}</option>
          </Select>
        </div>
      )}
      {session.devMode && (
        <div className={styles.field}>
          <Text size={200}>{t('dev.signedInAs', { name: session.me.name })}</Text>
          <Button size="small" onClick={session.signOut} data-testid="dev-sign-out">
            {t('dev.signOut')}
          </Button>
        </div>
      )}
    </header>
  );
}
