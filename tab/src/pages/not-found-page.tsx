import { Link } from '@fluentui/react-components';
import { commonMessages } from '../i18n/catalog-common';
import { useT } from '../i18n/i18n-context';

export function NotFoundPage() {
  const t = useT(commonMessages);
  return (
    <section>
      <h1>{t('error.notFound')}</h1>
      <Link href="#/">{t('home.title')}</Link>
    </section>
  );
}
