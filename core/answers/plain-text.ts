import { localize } from '../i18n';
import type { AnswerValue, Locale, Principle, Question } from '../model';
import { formatLocalDate } from '../time/format-date';
import { CO_MODE_LABELS, KNOWS_OTHERS_LABELS, LEADERSHIP_STYLE_LABELS, VALUE_TYPE_LABELS } from './labels';
import { tAnswer } from './messages';

/** A principle's title for lists: "#2 Vær skarp på …" without a trailing colon. */
export function principleLabel(number: number, principles: readonly Principle[], locale: Locale): string {
  const p = principles.find((x) => x.number === number);
  return p ? `#${number} ${localize(p.title, locale).replace(/:\s*$/, '')}` : `#${number}`;
}

/**
 * An answer as plain, multi-line text in the reader's language (for exports, cards and
 * notifications). Choices are written out with their labels; dates are written long.
 */
export function answerToPlainText(
  value: AnswerValue,
  question: Pick<Question, 'shape'>,
  principles: readonly Principle[],
  locale: Locale,
): string {
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'textWithPrinciples': {
      const list = value.principles.map((n) => principleLabel(n, principles, locale)).join('; ');
      return list ? `${value.text}\n${tAnswer(locale, 'text.principles')}: ${list}` : value.text;
    }
    case 'improvements':
      return value.items
        .map((item, i) => {
          const actions = item.actions.map(
            (a) =>
              `   - ${tAnswer(locale, 'text.action', { what: a.what, who: a.who, date: formatLocalDate(a.byWhen, locale) })}`,
          );
          return [`${i + 1}. ${item.improvement}`, ...actions].join('\n');
        })
        .join('\n');
    case 'textWithLeadershipStyle':
      return `${value.text}\n${tAnswer(locale, 'text.leadershipStyle')}: ${localize(LEADERSHIP_STYLE_LABELS[value.style], locale)}`;
    case 'textWithKnowsOthers':
      return `${value.text}\n${tAnswer(locale, 'text.knowsOthers')}: ${localize(KNOWS_OTHERS_LABELS[value.knowsOthers], locale)}`;
    case 'textWithRating': {
      const scale = question.shape.kind === 'textWithRating' ? question.shape.scale : value.rating;
      return `${value.text}\n${tAnswer(locale, 'text.rating', { rating: value.rating, scale })}`;
    }
    case 'indicators':
      return value.items
        .map(
          (item, i) =>
            `${i + 1}. ${item.indicator} (${localize(VALUE_TYPE_LABELS[item.valueType], locale)}; ${localize(CO_MODE_LABELS[item.mode], locale)})`,
        )
        .join('\n');
  }
}
