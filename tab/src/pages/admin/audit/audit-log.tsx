import { Button } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { AuditEntryView } from '../../../api/types';
import { useSession } from '../../../auth/session-context';
import { ErrorView } from '../../../components/error-view';
import { Loading } from '../../../components/loading';
import { formatInstant } from '../../../format/format';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { privacyMessages } from '../../../privacy/privacy-messages';
import { useTableStyles } from '../../summary/table-styles';
import { detailsText } from './audit-details-text';

const PAGE = 25;

/** The forum's audit log, newest first, a page at a time ("Show older" appends the next page). */
export function AuditLog(props: { forumId: string; timeZone: string }) {
  const t = useT(privacyMessages);
  const table = useTableStyles();
  const { locale } = useLocale();
  const { http } = useSession();
  const [entries, setEntries] = useState<AuditEntryView[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(
    async (before?: string) => {
      setBusy(true);
      setError(null);
      try {
        const page = await http.call('audit', {
          params: { forumId: props.forumId },
          query: { before, limit: PAGE },
        });
        setEntries((old) => (before && old ? [...old, ...page.entries] : page.entries));
        setNext(page.next);
      } catch (e) {
        setError(e);
      } finally {
        setBusy(false);
      }
    },
    [http, props.forumId],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const who = (e: AuditEntryView) =>
    e.actorKind === 'system' ? t('audit.system') : (e.actorName ?? t('audit.unknownActor'));
  return (
    <section aria-labelledby="audit-title" data-testid="audit-log">
      <h2 id="audit-title">{t('audit.title')}</h2>
      <p>{t('audit.intro')}</p>
      {error !== null && <ErrorView error={error} onRetry={() => void load()} />}
      {entries === null && error === null && <Loading />}
      {entries?.length === 0 && <p>{t('audit.empty')}</p>}
      {entries && entries.length > 0 && (
        <div className={table.wrap}>
          <table className={table.table} data-testid="audit-table">
            <caption className="visually-hidden">{t('audit.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.who')}</th>
                <th scope="col">{t('audit.what')}</th>
                <th scope="col">{t('audit.details')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id} data-testid="audit-row" data-action={e.action}>
                  <td>{formatInstant(e.at, locale, props.timeZone)}</td>
                  <td className={table.userText}>{who(e)}</td>
                  <td>{e.labelText[locale] || e.label}</td>
                  <td className={table.userText}>{detailsText(e.details)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {next && (
        <Button onClick={() => void load(next)} disabled={busy} data-testid="audit-more">
          {busy ? t('audit.loading') : t('audit.more')}
        </Button>
      )}
    </section>
  );
}
