import { localize } from '../../../core/i18n';
import type { Locale, Principle } from '../../../core/model';
import { t } from '../messages';
import { type Card, type CardElement, adaptiveCard, container, heading, text } from './card-kit';

export function principlesElements(principles: Principle[], locale: Locale): CardElement[] {
  return [...principles]
    .sort((a, b) => a.number - b.number)
    .map((p) =>
      container(
        [
          text(`${p.number}. ${localize(p.title, locale)}`, { weight: 'Bolder' }),
          text(localize(p.body, locale), { spacing: 'Small' }),
          ...(p.subPoints.length
            ? [
                text(p.subPoints.map((s) => `- ${localize(s, locale)}`).join('\r'), {
                  spacing: 'Small',
                  isSubtle: true,
                }),
              ]
            : []),
        ],
        { spacing: 'Medium' },
      ),
    );
}

export function principlesCard(principles: Principle[], locale: Locale): Card {
  return adaptiveCard([heading(t(locale, 'card.principles')), ...principlesElements(principles, locale)]);
}
