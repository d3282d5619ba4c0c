import { useResource } from '../../../api/use-resource';
import { useSession } from '../../../auth/session-context';
import { ErrorView } from '../../../components/error-view';
import { Loading } from '../../../components/loading';
import { formatLocalDate } from '../../../format/format';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { privacyMessages } from '../../../privacy/privacy-messages';

/** The forum's retention: when personal data is purged, days left, status, answers deleted so far. */
export function RetentionStatus(props: { forumId: string }) {
  const t = useT(privacyMessages);
  const { locale } = useLocale();
  const { http } = useSession();
  const res = useResource(
    () => http.call('retention', { params: { forumId: props.forumId } }),
    [http, props.forumId],
  );
  if (res.error) return <ErrorView error={res.error} onRetry={res.reload} />;
  if (!res.data) return <Loading />;
  const { retention, erasedAnswers } = res.data;
  const status =
    retention.status === 'purged'
      ? t('retention.status.purged', { date: (retention.purgedAt ?? '').slice(0, 10) })
      : t(`retention.status.${retention.status}`);
  const erased = erasedAnswers.reduce((n, e) => n + e.count, 0);
  return (
    <section aria-labelledby="retention-title" data-testid="retention-status">
      <h2 id="retention-title">{t('retention.title')}</h2>
      <dl>
        <dt>{t('retention.status')}</dt>
        <dd data-testid="retention-state" data-status={retention.status}>
          {status}
        </dd>
        <dt>{t('retention.purgeOn')}</dt>
        <dd>{formatLocalDate(retention.purgeOnDate, locale)}</dd>
        <dt>{t('retention.daysLeft')}</dt>
        <dd>{retention.daysUntilPurge}</dd>
        <dt>{t('retention.period')}</dt>
        <dd>{t('retention.days', { days: retention.retentionDays })}</dd>
        <dt>{t('retention.erased')}</dt>
        <dd>{erased}</dd>
      </dl>
    </section>
  );
}
