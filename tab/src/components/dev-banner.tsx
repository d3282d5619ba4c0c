import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { commonMessages } from '../i18n/catalog-common';
import { useT } from '../i18n/i18n-context';

/** Shown on every page while the server runs in dev mode. Text, not colour, carries the warning. */
export function DevBanner() {
  const t = useT(commonMessages);
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="dev-banner" role="status">
      <MessageBarBody>
        <MessageBarTitle>{t('dev.bannerTitle')} / Dev mode</MessageBarTitle>
        {t('dev.banner')}
      </MessageBarBody>
    </MessageBar>
  );
}
