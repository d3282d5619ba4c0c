import type { AnswerFieldError } from '../../../core/answers/validate-answer';
import type { Locale } from '../../../core/model';
import { t } from '../messages';

/** "items.0.actions.1.byWhen" -> "Forbedring 1, Handling 2: hvad … Senest" in words a person recognizes from the card. */
export function fieldLabel(path: string, kind: string, locale: Locale): string {
  const parts = path.split('.').filter(Boolean);
  if (parts.length === 0) return '';
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    if (part === 'items' && next !== undefined && /^\d+$/.test(next)) {
      out.push(
        t(locale, kind === 'indicators' ? 'field.indicator' : 'field.improvement', { n: Number(next) + 1 }),
      );
      i++;
    } else if (part === 'actions' && next !== undefined && /^\d+$/.test(next)) {
      out.push(t(locale, 'field.action', { n: Number(next) + 1 }).replace(/:.*$/, ''));
      i++;
    } else if (part === 'items' || part === 'actions') {
      out.push(t(locale, kind === 'indicators' ? 'field.indicator' : 'field.improvement', { n: 1 }));
    } else {
      out.push(simpleLabel(part, locale));
    }
  }
  return out.filter(Boolean).join(', ');
}

function simpleLabel(part: string, locale: Locale): string {
  switch (part) {
    case 'text':
      return t(locale, 'field.text');
    case 'principles':
      return t(locale, 'card.principles');
    case 'style':
      return t(locale, 'field.style');
    case 'knowsOthers':
      return t(locale, 'field.knows');
    case 'rating':
      return t(locale, 'field.rating');
    case 'who':
      return t(locale, 'field.who');
    case 'byWhen':
      return t(locale, 'field.when');
    case 'valueType':
      return t(locale, 'field.valueType');
    case 'mode':
      return t(locale, 'field.mode');
    case 'what':
    case 'improvement':
    case 'indicator':
    case 'kind':
      return '';
    default:
      return /^\d+$/.test(part) ? '' : part;
  }
}

export function describeErrors(errors: AnswerFieldError[], kind: string, locale: Locale): string {
  return errors
    .slice(0, 5)
    .map((e) => {
      const label = fieldLabel(e.path, kind, locale);
      return label ? `${label}: ${e.message[locale]}` : e.message[locale];
    })
    .join(' ');
}
