import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { isApiError } from '../api/api-error';
import { commonMessages } from '../i18n/catalog-common';
import { useT } from '../i18n/i18n-context';

/** A clear, localized error with an optional retry; server messages are already localized. */
export function ErrorView(props: { error: unknown; onRetry?: () => void }) {
  const t = useT(commonMessages);
  const message = describeError(props.error, t);
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t('error.title')}</MessageBarTitle>
        {message}
      </MessageBarBody>
      {props.onRetry && (
        <MessageBarActions>
          <Button onClick={props.onRetry}>{t('error.retry')}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

export function describeError(error: unknown, t: (key: keyof typeof commonMessages) => string): string {
  if (isApiError(error)) {
    if (error.message && !error.message.startsWith('HTTP ')) return error.message;
    if (error.status === 401) return t('error.unauthorized');
    if (error.status === 403) return t('error.forbidden');
    if (error.status === 404) return t('error.notFound');
    return error.message;
  }
  return t('error.network');
}
