import { Spinner } from '@fluentui/react-components';
import { useLocale, useT } from '../../i18n/i18n-context';
import { privacyNoticeMessages } from './privacy-notice-messages';
import { usePrivacyNotice } from './use-privacy-notice';

const LIST_TAG = { da: 'da-DK', en: 'en-GB' } as const;

/** #/privacy: what is stored, where, how long, the person's rights, the data controller. No sign-in. */
export function PrivacyPage() {
  const t = useT(privacyNoticeMessages);
  const { locale } = useLocale();
  const state = usePrivacyNotice();
  const notice = state.kind === 'ready' ? state.notice : null;
  const controller = notice?.controller;
  const location = notice?.dataLocation ?? t('where.defaultLocation');
  const days = notice?.retentionDays ?? [];
  const daysText = new Intl.ListFormat(LIST_TAG[locale], { type: 'disjunction' }).format(
    days.map((d) => new Intl.NumberFormat(LIST_TAG[locale]).format(d)),
  );
  return (
    <article aria-labelledby="privacy-title">
      <h1 id="privacy-title">{t('privacy.title')}</h1>
      <p>{t('privacy.lead')}</p>
      {state.kind === 'loading' && <Spinner size="tiny" />}
      {state.kind === 'failed' && <p role="status">{t('loading.failed')}</p>}

      <h2>{t('controller.title')}</h2>
      <p data-testid="privacy-controller">
        {t('controller.body', { name: controller?.name ?? t('controller.placeholder') })}
        {controller?.contact && (
          <>
            <br />
            {t('controller.contact', { contact: controller.contact })}
          </>
        )}
      </p>
      <p>{t('controller.processors')}</p>

      <h2>{t('stored.title')}</h2>
      <ul>
        <li>{t('stored.answers')}</li>
        <li>{t('stored.member')}</li>
        <li>{t('stored.conversations')}</li>
        <li>{t('stored.takeaways')}</li>
        <li>{t('stored.meetings')}</li>
        <li>{t('stored.audit')}</li>
      </ul>
      <p>{t('stored.derived')}</p>
      <p>{t('stored.who')}</p>

      <h2>{t('where.title')}</h2>
      <p>{t(notice?.database === 'sqlite' ? 'where.sqlite' : 'where.postgres', { location })}</p>
      <p>{t('where.teams')}</p>

      <h2>{t('retention.title')}</h2>
      <p data-testid="privacy-retention">
        {days.length > 0 ? t('retention.days', { days: daysText }) : t('retention.forum')}
      </p>
      <p>{t('retention.kept')}</p>

      <h2>{t('rights.title')}</h2>
      <ul>
        <li>{t('rights.access')}</li>
        <li>{t('rights.erase')}</li>
        <li>{t('rights.rectify')}</li>
        <li>{t('rights.complain')}</li>
      </ul>
    </article>
  );
}
