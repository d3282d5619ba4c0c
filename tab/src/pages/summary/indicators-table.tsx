import { CO_MODE_LABELS, VALUE_TYPE_LABELS } from '../../../../core/answers/labels';
import { localize } from '../../../../core/i18n';
import type { IndicatorItem } from '../../../../core/summary/types';
import { summaryMessages } from '../../i18n/catalog-summary';
import { useLocale, useT } from '../../i18n/i18n-context';
import { useTableStyles } from './table-styles';

export function IndicatorsTable(props: {
  items: IndicatorItem[];
  nameOf(memberId: string, fallback: string | null, hidden?: boolean): string;
}) {
  const styles = useTableStyles();
  const t = useT(summaryMessages);
  const { locale } = useLocale();
  if (props.items.length === 0) return <p>{t('indicators.empty')}</p>;
  return (
    <div className={styles.wrap}>
      <table className={styles.table} data-testid="indicators">
        <thead>
          <tr>
            <th scope="col">{t('indicators.indicator')}</th>
            <th scope="col">{t('indicators.valueType')}</th>
            <th scope="col">{t('indicators.mode')}</th>
            <th scope="col">{t('actions.proposedBy')}</th>
          </tr>
        </thead>
        <tbody>
          {props.items.map((item, i) => (
            <tr key={`${item.answerId}-${i}`}>
              <td className={styles.userText}>{item.indicator}</td>
              <td>{localize(VALUE_TYPE_LABELS[item.valueType], locale)}</td>
              <td>{localize(CO_MODE_LABELS[item.mode], locale)}</td>
              <td>{props.nameOf(item.memberId, item.authorName, item.anonymous)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
