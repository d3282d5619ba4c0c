import { Spinner } from '@fluentui/react-components';
import { commonMessages } from '../i18n/catalog-common';
import { useT } from '../i18n/i18n-context';

export function Loading() {
  const t = useT(commonMessages);
  return <Spinner label={t('app.loading')} size="small" />;
}
