import type { Localized } from '../model';

/**
 * What erasing answers does to participation, in one place: the bot's confirmation card, the
 * tab's erase dialog, the summary's note and docs/privacy.md all say this (a test holds them to
 * it). The decision: an erased answer no longer counts towards participation (the summary's
 * participation is computed from the answers that exist); only how many answers were erased is
 * kept, per department and question, without names, and the summary shows that number apart.
 */
export const erasureWording = {
  /** The sentence in the confirmations (bot card, tab dialog) and in the docs. */
  participation: {
    da: 'Svarene tæller ikke længere med i deltagelsen; opsamlingen viser kun, hvor mange svar der er slettet, uden navne.',
    en: 'The answers no longer count towards participation; the summary shows only how many answers were deleted, without names.',
  },
  /** The summary's note under a question with erased answers ({count}). */
  summaryNote: {
    da: '{count} svar er slettet og tæller ikke med i deltagelsen (kun antallet er gemt, uden navne).',
    en: '{count, plural, one {# answer was deleted and does} other {# answers were deleted and do}} not count towards participation (only the count is kept, without names).',
  },
  /**
   * The facilitator meetings in the confirmations ({meetings}: meetings whose date the person
   * recorded or whose notes they wrote) and in the result ({dates}, {notes}). Neutral, as the
   * tab's dialog serves the person and an organizer deleting a leaver's data alike.
   */
  meetings: {
    da: 'Noterne fra møderne med facilitatoren slettes, og navnet fjernes fra de registrerede mødedatoer ({meetings, plural, one {# møde} other {# møder}}). Afdelingens mødedato bliver stående.',
    en: "The notes written after meetings with the facilitator are deleted, and the name is removed from the recorded meeting dates ({meetings, plural, one {# meeting} other {# meetings}}). The department's meeting date stays.",
  },
  meetingsDone: {
    da: 'Møder med facilitatoren: navnet er fjernet fra {dates, plural, one {# mødedato} other {# mødedatoer}}, og {notes, plural, one {# note} other {# noter}} er slettet.',
    en: 'Meetings with the facilitator: the name was removed from {dates, plural, one {# meeting date} other {# meeting dates}} and {notes, plural, one {# note} other {# notes}} deleted.',
  },
  /** Deleting one's own answers: the button (bot card, tab), "cancelled" and "there was nothing". */
  deleteMine: { da: 'Slet mine svar', en: 'Delete my answers' },
  nothingDeleted: { da: 'Intet er slettet.', en: 'Nothing was deleted.' },
  nothingToDelete: { da: 'Der var ingen svar at slette.', en: 'There were no answers to delete.' },
} as const satisfies Record<string, Localized>;
