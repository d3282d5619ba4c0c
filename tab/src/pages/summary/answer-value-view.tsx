import { makeStyles, tokens } from '@fluentui/react-components';
import {
  CO_MODE_LABELS,
  KNOWS_OTHERS_LABELS,
  LEADERSHIP_STYLE_LABELS,
  VALUE_TYPE_LABELS,
} from '../../../../core/answers/labels';
import { localize } from '../../../../core/i18n';
import type { AnswerShape, AnswerValue, Principle } from '../../../../core/model';
import { formatLocalDate } from '../../format/format';
import { summaryMessages } from '../../i18n/catalog-summary';
import { useLocale, useT } from '../../i18n/i18n-context';

const useStyles = makeStyles({
  text: { whiteSpace: 'pre-wrap', margin: 0, overflowWrap: 'anywhere' },
  meta: { margin: `${tokens.spacingVerticalXS} 0 0`, color: tokens.colorNeutralForeground2 },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL },
});

/** One answer's content, as plain text nodes only (user text is never HTML). */
export function AnswerValueView(props: { value: AnswerValue; principles: Principle[]; shape?: AnswerShape }) {
  const styles = useStyles();
  const t = useT(summaryMessages);
  const { locale } = useLocale();
  const v = props.value;
  const text = 'text' in v ? <p className={styles.text}>{v.text}</p> : null;
  switch (v.kind) {
    case 'text':
      return text;
    case 'textWithPrinciples': {
      const names = v.principles.map((n) => {
        const p = props.principles.find((x) => x.number === n);
        return p ? `${n}. ${localize(p.title, locale)}` : String(n);
      });
      return (
        <>
          {text}
          {names.length > 0 && (
            <p className={styles.meta}>{t('summary.principlesChosen', { list: names.join('; ') })}</p>
          )}
        </>
      );
    }
    case 'textWithLeadershipStyle':
      return (
        <>
          {text}
          <p className={styles.meta}>
            {t('summary.style', { style: localize(LEADERSHIP_STYLE_LABELS[v.style], locale) })}
          </p>
        </>
      );
    case 'textWithKnowsOthers':
      return (
        <>
          {text}
          <p className={styles.meta}>
            {t('summary.knowsOthers', { value: localize(KNOWS_OTHERS_LABELS[v.knowsOthers], locale) })}
          </p>
        </>
      );
    case 'textWithRating': {
      const scale = props.shape?.kind === 'textWithRating' ? props.shape.scale : 5;
      return (
        <>
          {text}
          <p className={styles.meta}>{t('summary.rating', { rating: v.rating, scale })}</p>
        </>
      );
    }
    case 'improvements':
      return (
        <ul className={styles.list}>
          {v.items.map((item, i) => (
            <li key={i}>
              <span className={styles.text}>{t('summary.improvement', { text: item.improvement })}</span>
              {item.actions.length > 0 && (
                <ul className={styles.list}>
                  {item.actions.map((a, j) => (
                    <li key={j}>
                      {a.what} — {a.who} — {formatLocalDate(a.byWhen, locale)}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      );
    case 'indicators':
      return (
        <ul className={styles.list}>
          {v.items.map((item, i) => (
            <li key={i}>
              {item.indicator} ({localize(VALUE_TYPE_LABELS[item.valueType], locale)},{' '}
              {localize(CO_MODE_LABELS[item.mode], locale)})
            </li>
          ))}
        </ul>
      );
    default:
      return null;
  }
}
