import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { deliveryAdvice } from '../../../../../core/deliveries';
import { useCallback, useState } from 'react';
import { isSimulatedConversation } from '../../../../../core/example-forum/demo-behaviour';
import { localize } from '../../../../../core/i18n';
import type { Department } from '../../../../../core/model';
import { useLiveEvents } from '../../../api/use-live-events';
import { useResource } from '../../../api/use-resource';
import { useSession } from '../../../auth/session-context';
import { ErrorView } from '../../../components/error-view';
import { Loading } from '../../../components/loading';
import { formatLocalDate } from '../../../format/format';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { adminMessages } from '../admin-messages';
import { AdminTable } from '../admin-table';
import { MeetingMessageStatus } from './meeting-message-status';

const useStyles = makeStyles({
  round: { display: 'grid', gap: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalL },
  h3: { margin: 0, fontSize: tokens.fontSizeBase400 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS },
  raw: { margin: 0, color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace },
});

/** Per round: sent, failed, unreachable, answered — with retry and cancel per recipient; then the meetings' messages. Live. */
export function DeliveryStatus(props: { forumId: string; departments: Department[] }) {
  const styles = useStyles();
  const t = useT(adminMessages);
  const { locale } = useLocale();
  const { http } = useSession();
  const status = useResource(
    () => http.call('deliveries', { params: { forumId: props.forumId } }),
    [http, props.forumId],
  );
  const [error, setError] = useState<unknown>(null);
  const reload = status.reload;
  useLiveEvents(
    http,
    { forumId: props.forumId, topics: ['delivery', 'answer', 'round'] },
    useCallback(() => reload(), [reload]),
  );
  const act = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      reload();
    } catch (e) {
      setError(e);
    }
  };
  if (status.error) return <ErrorView error={status.error} onRetry={reload} />;
  if (!status.data) return <Loading />;
  const audience = (id: string | null) => {
    const d = id ? props.departments.find((x) => x.id === id) : null;
    return d ? localize(d.name, locale) : t('schedule.allDepartments');
  };
  return (
    <section aria-labelledby="deliveries-title" data-testid="delivery-status">
      <h2 id="deliveries-title">{t('deliveries.title')}</h2>
      {error !== null && <ErrorView error={error} />}
      {status.data.rounds.length === 0 && <p>{t('deliveries.empty')}</p>}
      {status.data.rounds.map(({ round, counts, rows }) => (
        <div key={round.id} className={styles.round}>
          <h3 className={styles.h3}>
            {t('schedule.dateTime', {
              date: formatLocalDate(round.localDate, locale),
              time: round.localTime,
            })}{' '}
            · {t(`schedule.kind.${round.kind}`)} · {audience(round.departmentId)}
          </h3>
          <p>
            {t('deliveries.counts', {
              sent: counts.sent,
              failed: counts.failed,
              unreachable: counts.unreachable,
              pending: counts.pending + counts.leased,
              answered: counts.answered,
              total: counts.total,
            })}
          </p>
          {rows.length > 0 && (
            <AdminTable
              headings={[
                t('deliveries.recipient'),
                t('deliveries.state'),
                t('deliveries.answered'),
                t('deliveries.attempts'),
                t('deliveries.error'),
                t('schedule.actions'),
              ]}
            >
              {rows.map(({ delivery, recipientName, answered }) => {
                const name = recipientName ?? t('deliveries.groupChat');
                const retryable =
                  delivery.state === 'failed' ||
                  delivery.state === 'unreachable' ||
                  delivery.state === 'cancelled';
                const cancellable = delivery.state === 'pending' || delivery.state === 'failed';
                return (
                  <tr key={delivery.id}>
                    <td>{name}</td>
                    <td data-testid="delivery-state">
                      {delivery.state === 'sent' && isSimulatedConversation(delivery.sentConversationId)
                        ? t('delivery.simulated')
                        : t(`delivery.${delivery.state}`)}
                    </td>
                    <td>{answered ? `✓ ${t('admin.yes')}` : t('admin.no')}</td>
                    <td>{delivery.attempts}</td>
                    <td>
                      {deliveryAdvice(delivery.state, delivery.lastError)?.[locale] ?? ''}
                      {delivery.lastError && (
                        <Text as="p" size={200} className={styles.raw}>
                          {delivery.lastError}
                        </Text>
                      )}
                    </td>
                    <td className={styles.actions}>
                      {retryable && (
                        <Button
                          size="small"
                          aria-label={t('deliveries.retryNamed', { name })}
                          onClick={() =>
                            void act(() =>
                              http.call('retryDelivery', { params: { deliveryId: delivery.id } }),
                            )
                          }
                        >
                          {t('deliveries.retry')}
                        </Button>
                      )}
                      {cancellable && (
                        <Button
                          size="small"
                          aria-label={t('deliveries.cancelNamed', { name })}
                          onClick={() =>
                            void act(() =>
                              http.call('cancelDelivery', { params: { deliveryId: delivery.id } }),
                            )
                          }
                        >
                          {t('deliveries.cancel')}
                        </Button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </AdminTable>
          )}
        </div>
      ))}
      <MeetingMessageStatus groups={status.data.meetingMessages} departments={props.departments} />
    </section>
  );
}
