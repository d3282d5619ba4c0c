import { useT } from '../../i18n/i18n-context';
import { termsMessages } from './terms-messages';

/** #/terms: the terms of use. No sign-in. */
export function TermsPage() {
  const t = useT(termsMessages);
  return (
    <article aria-labelledby="terms-title">
      <h1 id="terms-title">{t('terms.title')}</h1>
      <p>{t('terms.lead')}</p>
      <h2>{t('purpose.title')}</h2>
      <p>{t('purpose.body')}</p>
      <h2>{t('use.title')}</h2>
      <ul>
        <li>{t('use.own')}</li>
        <li>{t('use.others')}</li>
        <li>{t('use.confidential')}</li>
      </ul>
      <h2>{t('content.title')}</h2>
      <p>{t('content.body')}</p>
      <h2>{t('service.title')}</h2>
      <p>{t('service.body')}</p>
      <h2>{t('contact.title')}</h2>
      <p>{t('contact.body')}</p>
    </article>
  );
}
