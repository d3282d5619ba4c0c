import { localize } from '../../../core/i18n';
import type { SubjectDataResponse } from '../api/types';
import { formatLocalDate } from '../format/format';
import { useLocale, useT } from '../i18n/i18n-context';
import { useTableStyles } from '../pages/summary/table-styles';
import { privacyMessages } from './privacy-messages';

/** What is stored about a person, per forum: counts and the date it is deleted (no answer or note texts). */
export function SubjectSummary(props: { data: SubjectDataResponse; caption: string; testId: string }) {
  const t = useT(privacyMessages);
  const table = useTableStyles();
  const { locale } = useLocale();
  if (props.data.memberships.length === 0) return <p>{t('privacy.noMembership')}</p>;
  return (
    <div className={table.wrap}>
      <table className={table.table} data-testid={props.testId}>
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('privacy.forum')}</th>
            <th scope="col">{t('privacy.answers')}</th>
            <th scope="col">{t('privacy.revisions')}</th>
            <th scope="col">{t('privacy.cards')}</th>
            <th scope="col">{t('privacy.meetings')}</th>
            <th scope="col">{t('privacy.retention')}</th>
          </tr>
        </thead>
        <tbody>
          {props.data.memberships.map((m) => (
            <tr key={m.forum.id}>
              <th scope="row" className={table.userText}>
                {localize(m.forum.name, locale)}
              </th>
              <td data-testid={`${props.testId}-answers`}>{m.answers.length}</td>
              <td>{m.answers.reduce((n, a) => n + a.revisions.length, 0)}</td>
              <td>{m.deliveries.filter((d) => d.state === 'sent').length}</td>
              <td data-testid={`${props.testId}-meetings`}>{m.meetings.length}</td>
              <td>{formatLocalDate(m.retention.purgeOnDate, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
