import type { Locale } from '../../../../core/model';
import type { ActionPlanItem } from '../../../../core/summary/types';
import { formatLocalDate } from '../../format/format';
import { summaryMessages } from '../../i18n/catalog-summary';
import { useLocale, useT } from '../../i18n/i18n-context';
import { useTableStyles } from './table-styles';

/** What, who, by when. Overdue rows say "Overdue" in words and with a ⚠ mark, not by colour alone. */
export function ActionPlanTable(props: {
  items: ActionPlanItem[];
  nameOf(memberId: string, fallback: string | null, hidden?: boolean): string;
}) {
  const styles = useTableStyles();
  const t = useT(summaryMessages);
  const { locale } = useLocale();
  if (props.items.length === 0) return <p>{t('actions.empty')}</p>;
  return (
    <div className={styles.wrap}>
      <table className={styles.table} data-testid="action-plan">
        <caption className="visually-hidden">{t('actions.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('actions.what')}</th>
            <th scope="col">{t('actions.who')}</th>
            <th scope="col">{t('actions.byWhen')}</th>
            <th scope="col">{t('actions.status')}</th>
            <th scope="col">{t('actions.improvement')}</th>
            <th scope="col">{t('actions.proposedBy')}</th>
          </tr>
        </thead>
        <tbody>
          {props.items.map((item) => (
            <tr
              key={`${item.answerId}-${item.improvementIndex}-${item.actionIndex}`}
              className={item.overdue ? styles.overdueRow : undefined}
              data-overdue={item.overdue ? 'true' : undefined}
            >
              <td className={styles.userText}>{item.what}</td>
              <td className={styles.userText}>{item.who}</td>
              <td>{dateText(item.byWhen, locale)}</td>
              <td>
                {item.overdue ? (
                  <span className={styles.overdueText}>⚠ {t('actions.overdue')}</span>
                ) : (
                  t('actions.onTrack')
                )}
              </td>
              <td className={styles.userText}>{item.improvement}</td>
              <td>{props.nameOf(item.memberId, item.authorName, item.anonymous)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function dateText(date: string, locale: Locale): string {
  return formatLocalDate(date, locale);
}
