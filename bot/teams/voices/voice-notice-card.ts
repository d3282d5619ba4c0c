import { localize, translator, type MessageCatalog } from '../../../core/i18n';
import type { Department, Locale } from '../../../core/model';
import { type Card, adaptiveCard, heading, openUrl, text } from '../cards/card-kit';

export const voiceNoticeMessages = {
  'notice.title': { da: 'Stemmer venter på jer', en: 'Voices are waiting for you' },
  'notice.waiting': {
    da: '{waiting, plural, one {# ny stemme til {department} venter} other {# nye stemmer til {department} venter}} på, at en chef viser eller skjuler den. Skjulte stemmer kommer aldrig med i opsamlinger eller eksporter.',
    en: '{waiting, plural, one {# new voice for {department} is waiting} other {# new voices for {department} are waiting}} for a chef to show or hide it. Hidden voices never reach summaries or exports.',
  },
  'notice.open': { da: 'Åbn afdelingens stemmer', en: "Open the department's voices" },
} satisfies MessageCatalog;

const tv = translator(voiceNoticeMessages);

/** The chefs' daily notice: how many voices wait for moderation, and a link to the summary tab. */
export function voiceNoticeCard(input: {
  department: Department;
  locale: Locale;
  waiting: number;
  summaryUrl: string;
}): Card {
  const { locale } = input;
  const department = localize(input.department.name, locale);
  return adaptiveCard(
    [
      heading(tv(locale, 'notice.title')),
      text(tv(locale, 'notice.waiting', { waiting: input.waiting, department })),
    ],
    {
      actions: [openUrl(tv(locale, 'notice.open'), input.summaryUrl)],
      fallbackText: tv(locale, 'notice.title'),
    },
  );
}
