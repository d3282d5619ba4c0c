import { Button, Link, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useLocale, useT } from '../../i18n/i18n-context';
import { privacyNoticeMessages } from './privacy-notice-messages';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    justifyContent: 'space-between',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  links: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  languages: { display: 'flex', gap: tokens.spacingHorizontalS },
  main: {
    maxWidth: '760px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    lineHeight: tokens.lineHeightBase400,
  },
});

/** The frame of the public pages (privacy, terms): links, a language switch, and the page. */
export function LegalShell(props: { children: ReactNode }) {
  const styles = useStyles();
  const t = useT(privacyNoticeMessages);
  const { locale, setLocale } = useLocale();
  return (
    <>
      <header className={styles.header}>
        <nav className={styles.links} aria-label="Samskab">
          <Link href="#/privacy">{t('nav.privacy')}</Link>
          <Link href="#/terms">{t('nav.terms')}</Link>
          <Link href="#/">{t('nav.app')}</Link>
        </nav>
        <div className={styles.languages} role="group" aria-label={t('nav.language')}>
          <Button size="small" lang="da" aria-pressed={locale === 'da'} onClick={() => setLocale('da')}>
            Dansk
          </Button>
          <Button size="small" lang="en" aria-pressed={locale === 'en'} onClick={() => setLocale('en')}>
            English
          </Button>
        </div>
      </header>
      <main id="main" className={styles.main}>
        {props.children}
      </main>
    </>
  );
}
