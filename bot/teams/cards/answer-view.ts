import {
  CO_MODE_LABELS,
  KNOWS_OTHERS_LABELS,
  LEADERSHIP_STYLE_LABELS,
  VALUE_TYPE_LABELS,
} from '../../../core/answers/labels';
import { localize } from '../../../core/i18n';
import type { AnswerValue, Locale, Principle } from '../../../core/model';
import { formatLocalDate } from '../../../core/time';
import { t } from '../messages';
import { type CardElement, text } from './card-kit';

/** Longer texts are cut in the answered view; the full text is in the edit form and the tab. */
export const VIEW_MAX_CHARS = 280;

/** A read-only rendering of an answer, for the answered view and for shared group answers. */
export function answerView(value: AnswerValue, principles: Principle[], locale: Locale): CardElement[] {
  return answerViewFull(shorten(value), principles, locale);
}

function answerViewFull(value: AnswerValue, principles: Principle[], locale: Locale): CardElement[] {
  switch (value.kind) {
    case 'text':
      return [text(value.text)];
    case 'textWithPrinciples': {
      const titles = value.principles.map((n) => {
        const p = principles.find((x) => x.number === n);
        return p ? `${n}. ${localize(p.title, locale)}` : String(n);
      });
      return [text(value.text), ...(titles.length ? [bullets(titles)] : [])];
    }
    case 'textWithLeadershipStyle':
      return [
        text(value.text),
        text(`${t(locale, 'field.style')}: ${localize(LEADERSHIP_STYLE_LABELS[value.style], locale)}`, {
          isSubtle: true,
        }),
      ];
    case 'textWithKnowsOthers':
      return [
        text(value.text),
        text(`${t(locale, 'field.knows')} ${localize(KNOWS_OTHERS_LABELS[value.knowsOthers], locale)}`, {
          isSubtle: true,
        }),
      ];
    case 'textWithRating':
      return [text(value.text), text(`${t(locale, 'field.rating')}: ${value.rating}`, { isSubtle: true })];
    case 'improvements':
      return value.items.flatMap((item) => [
        text(item.improvement, { weight: 'Bolder' }),
        ...(item.actions.length
          ? [bullets(item.actions.map((a) => `${a.what} (${a.who}, ${formatLocalDate(a.byWhen, locale)})`))]
          : []),
      ]);
    case 'indicators':
      return [
        bullets(
          value.items.map(
            (i) =>
              `${i.indicator} (${localize(VALUE_TYPE_LABELS[i.valueType], locale)}, ${localize(CO_MODE_LABELS[i.mode], locale)})`,
          ),
        ),
      ];
  }
}

/** One line of plain text, for chat messages and status lists. */
export function answerPlainText(value: AnswerValue): string {
  switch (value.kind) {
    case 'improvements':
      return value.items.map((i) => i.improvement).join('; ');
    case 'indicators':
      return value.items.map((i) => i.indicator).join('; ');
    default:
      return value.text;
  }
}

function cut(text: string): string {
  return text.length > VIEW_MAX_CHARS ? `${text.slice(0, VIEW_MAX_CHARS - 1).trimEnd()}…` : text;
}

function shorten(value: AnswerValue): AnswerValue {
  switch (value.kind) {
    case 'improvements':
      return {
        ...value,
        items: value.items.map((i) => ({
          improvement: cut(i.improvement),
          actions: i.actions.map((a) => ({ what: cut(a.what), who: cut(a.who), byWhen: a.byWhen })),
        })),
      };
    case 'indicators':
      return { ...value, items: value.items.map((i) => ({ ...i, indicator: cut(i.indicator) })) };
    default:
      return { ...value, text: cut(value.text) };
  }
}

function bullets(lines: string[]): CardElement {
  return text(lines.map((l) => `- ${escapeMarkdown(l)}`).join('\r'), { spacing: 'Small' });
}

function escapeMarkdown(value: string): string {
  return value.replace(/\r?\n/g, ' ');
}
