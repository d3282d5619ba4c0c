import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { MeetingMessageGroupStatus } from '../../../../../core/api';
import { deliveryAdvice } from '../../../../../core/deliveries';
import { localize } from '../../../../../core/i18n';
import type { Department } from '../../../../../core/model';
import { formatLocalDate } from '../../../format/format';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { adminMessages } from '../admin-messages';
import { AdminTable } from '../admin-table';
import { meetingDeliveriesMessages } from './meeting-deliveries-messages';

const useStyles = makeStyles({
  group: { display: 'grid', gap: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalL },
  h4: { margin: 0, fontSize: tokens.fontSizeBase300 },
  raw: { margin: 0, color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace },
});

/**
 * The facilitator meetings' messages (booking nudges, briefings, reminders, takeaway requests) and
 * the forum's card in the final meeting's chat, by occasion, with their delivery status from the
 * same read model as the rounds (core/deliveries/delivery-status.ts). Read-only: the queue retries
 * and cancels them itself.
 */
export function MeetingMessageStatus(props: {
  groups: readonly MeetingMessageGroupStatus[];
  departments: readonly Department[];
}) {
  const styles = useStyles();
  const t = useT(adminMessages);
  const tm = useT(meetingDeliveriesMessages);
  const { locale } = useLocale();
  const audience = (id: string | null) => {
    if (id === null) return tm('md.wholeForum');
    const d = props.departments.find((x) => x.id === id);
    return d ? localize(d.name, locale) : id;
  };
  const recipient = (row: MeetingMessageGroupStatus['rows'][number]) =>
    row.recipientName ??
    (row.message.kind === 'finalMeetingChat' ? tm('md.meetingChat') : t('deliveries.groupChat'));
  return (
    <section aria-labelledby="meeting-deliveries-title" data-testid="meeting-deliveries">
      <h3 id="meeting-deliveries-title">{tm('md.title')}</h3>
      {props.groups.length === 0 && <p>{tm('md.empty')}</p>}
      {props.groups.map((g) => (
        <div
          key={`${g.departmentId}|${g.kind}|${g.occasion}`}
          className={styles.group}
          data-testid="meeting-delivery-group"
        >
          <h4 className={styles.h4}>
            {formatLocalDate(g.occasion, locale)} · {tm(`md.kind.${g.kind}`)} · {audience(g.departmentId)}
          </h4>
          <p>
            {tm('md.counts', {
              sent: g.counts.sent,
              failed: g.counts.failed,
              unreachable: g.counts.unreachable,
              pending: g.counts.pending + g.counts.leased,
              cancelled: g.counts.cancelled,
              total: g.counts.total,
            })}
          </p>
          <AdminTable
            headings={[
              t('deliveries.recipient'),
              t('deliveries.state'),
              t('deliveries.attempts'),
              t('deliveries.error'),
            ]}
          >
            {g.rows.map((row) => (
              <tr key={row.message.id}>
                <td>{recipient(row)}</td>
                <td data-testid="meeting-delivery-state">{t(`delivery.${row.message.state}`)}</td>
                <td>{row.message.attempts}</td>
                <td>
                  {deliveryAdvice(row.message.state, row.message.lastError)?.[locale] ?? ''}
                  {row.message.lastError && (
                    <Text as="p" size={200} className={styles.raw}>
                      {row.message.lastError}
                    </Text>
                  )}
                </td>
              </tr>
            ))}
          </AdminTable>
        </div>
      ))}
    </section>
  );
}
