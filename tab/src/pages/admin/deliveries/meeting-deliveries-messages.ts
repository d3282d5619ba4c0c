import type { MessageCatalog } from '../../../../../core/i18n';

/** The deliveries page's part about the bot's messages on the facilitator meetings. */
export const meetingDeliveriesMessages = {
  'md.title': {
    da: 'Beskeder om møderne med facilitatoren',
    en: 'Messages about the meetings with the facilitator',
  },
  'md.empty': {
    da: 'Samskab har ikke skrevet om møderne endnu.',
    en: 'Samskab has not written about the meetings yet.',
  },
  'md.kind.booking': { da: 'Påmindelse om at booke mødet', en: 'Reminder to book the meeting' },
  'md.kind.briefing': { da: 'Briefing til facilitatoren', en: 'Briefing for the facilitator' },
  'md.kind.openQuestions': { da: 'Påmindelse om åbne spørgsmål', en: 'Reminder of open questions' },
  'md.kind.takeaways': {
    da: 'Anmodning om pointer efter mødet',
    en: 'Request for takeaways after the meeting',
  },
  'md.counts': {
    da: '{sent} sendt · {failed} fejlet · {unreachable} kan ikke nås · {pending} venter · {cancelled} annulleret (af {total})',
    en: '{sent} sent · {failed} failed · {unreachable} unreachable · {pending} pending · {cancelled} cancelled (of {total})',
  },
} satisfies MessageCatalog;
