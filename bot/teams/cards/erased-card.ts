import { localize } from '../../../core/i18n';
import { t } from '../messages';
import { type Card, actionSet, adaptiveCard, heading, openUrl, subtle, text } from './card-kit';
import type { RoundCardInput } from './round-card';

/**
 * A member's own round card after their answers were erased, updated in place: what the card was
 * (title, forum, department) and "This answer was deleted"; no answer text, no inputs. While the
 * forum is open it says how to answer again.
 */
export function erasedRoundCard(input: RoundCardInput, options: { closed: boolean }): Card {
  const { forum, department, round, locale } = input;
  const title = t(locale, `card.${round.kind}.title`);
  const body = [
    heading(title),
    subtle(
      [localize(forum.name, locale), department ? localize(department.name, locale) : null]
        .filter(Boolean)
        .join(' · '),
    ),
    text(t(locale, 'card.erased'), { weight: 'Bolder' }),
  ];
  if (!options.closed) body.push(subtle(t(locale, 'card.erasedAgain')));
  if (input.tabUrl) body.push(actionSet([openUrl(t(locale, 'card.summaryLink'), input.tabUrl)]));
  return adaptiveCard(body, { fallbackText: t(locale, 'card.erased') });
}
