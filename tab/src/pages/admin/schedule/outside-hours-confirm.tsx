import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { isApiError } from '../../../api/api-error';
import { useT } from '../../../i18n/i18n-context';
import { adminMessages } from '../admin-messages';

/** The server's answer when a round falls on a closed day or in quiet hours and was not confirmed. */
export const OUTSIDE_HOURS_CODE = 'round.confirmOutsideHours';

export function isOutsideHoursRefusal(error: unknown): boolean {
  return isApiError(error) && error.code === OUTSIDE_HOURS_CODE;
}

interface Pending {
  message: string;
  confirm(): Promise<void>;
}

/**
 * "Send anyway" for a round outside working hours: `run` tries the change unconfirmed; when the
 * server names closed days or quiet hours, `bar` shows why, with an explicit choice to send
 * anyway or pick another time. Nothing is saved until the organizer chooses.
 */
export function useOutsideHoursConfirm(onError: (error: unknown) => void): {
  run(attempt: (accept: boolean) => Promise<void>, onDone?: () => void): Promise<void>;
  bar: ReactNode;
} {
  const t = useT(adminMessages);
  const [pending, setPending] = useState<Pending | null>(null);
  const run = async (attempt: (accept: boolean) => Promise<void>, onDone?: () => void) => {
    setPending(null);
    try {
      await attempt(false);
      onDone?.();
    } catch (error) {
      if (!isApiError(error) || error.code !== OUTSIDE_HOURS_CODE) return onError(error);
      setPending({
        message: error.message,
        confirm: async () => {
          try {
            await attempt(true);
            setPending(null);
            onDone?.();
          } catch (again) {
            setPending(null);
            onError(again);
          }
        },
      });
    }
  };
  const bar = pending && (
    <MessageBar intent="warning" role="alert" data-testid="outside-hours">
      <MessageBarBody>{pending.message}</MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={() => void pending.confirm()} data-testid="send-anyway">
          {t('schedule.sendAnyway')}
        </Button>
        <Button onClick={() => setPending(null)}>{t('schedule.chooseAnother')}</Button>
      </MessageBarActions>
    </MessageBar>
  );
  return { run, bar };
}
