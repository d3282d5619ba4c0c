import { makeStyles, tokens } from '@fluentui/react-components';
import type { AnswerShape, Principle } from '../../../../../core/model';
import type { SummaryAnswer } from '../../../../../core/summary/types';
import { formatInstant } from '../../../format/format';
import { glanceMessages } from '../../../i18n/catalog-glance';
import { summaryMessages } from '../../../i18n/catalog-summary';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { measures } from '../../../layout/measures';
import { AnswerValueView } from '../answer-value-view';

const useStyles = makeStyles({
  answers: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalM },
  answer: {
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
    paddingLeft: tokens.spacingHorizontalM,
    maxWidth: measures.readableWidth,
  },
  author: {
    margin: `${tokens.spacingVerticalXXS} 0 0`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** The answers to one question as text, each with its author (as the forum shares names) and edit time. */
export function AnswerList(props: {
  answers: SummaryAnswer[];
  shape: AnswerShape | undefined;
  principles: Principle[];
  timeZone: string;
  nameOf(memberId: string, fallback: string | null, hidden?: boolean): string;
}) {
  const styles = useStyles();
  const t = useT(summaryMessages);
  const tg = useT(glanceMessages);
  const { locale } = useLocale();
  if (props.answers.length === 0) return <p className={styles.empty}>{tg('details.noAnswers')}</p>;
  return (
    <ul className={styles.answers}>
      {props.answers.map((a) => (
        <li key={a.answerId} className={styles.answer} data-testid="answer">
          <AnswerValueView value={a.value} principles={props.principles} shape={props.shape} />
          <p className={styles.author}>
            {t('summary.answeredBy', {
              name: props.nameOf(a.memberId, a.authorName, a.anonymous),
              time: formatInstant(a.updatedAt, locale, props.timeZone),
            })}
            {a.revision > 1 ? ` ${t('summary.revision', { revision: a.revision })}` : ''}
          </p>
        </li>
      ))}
    </ul>
  );
}
