import { commonMessages } from '../i18n/catalog-common';
import { useT } from '../i18n/i18n-context';

/** Outside Teams and not in dev mode: explain where the tab lives. */
export function TeamsOnly() {
  const t = useT(commonMessages);
  return (
    <section aria-labelledby="teams-only-title" data-testid="teams-only">
      <h1 id="teams-only-title">{t('standalone.title')}</h1>
      <p>{t('standalone.body')}</p>
    </section>
  );
}
