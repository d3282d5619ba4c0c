import type { MessageCatalog } from '../../../../../core/i18n';

/** The deliveries page's part about the bot's messages on the facilitator meetings and the final meeting. */
export const meetingDeliveriesMessages = {
  'md.title': {
    da: 'Beskeder om møderne med facilitatoren og det afsluttende møde',
    en: 'Messages about the meetings with the facilitator and the final meeting',
  },
  'md.empty': {
    da: 'Samskab har ikke skrevet om møderne endnu.',
    en: 'Samskab has not written about the meetings yet.',
  },
  'md.wholeForum': { da: 'Hele forummet', en: 'The whole forum' },
  'md.meetingChat': { da: 'Mødechatten', en: 'The meeting chat' },
  'md.kind.booking': { da: 'Påmindelse om at booke mødet', en: 'Reminder to book the meeting' },
  'md.kind.briefing': { da: 'Briefing til facilitatoren', en: 'Briefing for the facilitator' },
  'md.kind.openQuestions': { da: 'Påmindelse om åbne spørgsmål', en: 'Reminder of open questions' },
  'md.kind.takeaways': {
    da: 'Anmodning om pointer efter mødet',
    en: 'Request for takeaways after the meeting',
  },
  'md.kind.finalMeetingChat': {
    da: 'Rækkefølgen i chatten til det afsluttende møde',
    en: 'The running order in the final meeting’s chat',
  },
  'md.counts': {
    da: '{sent} sendt · {failed} fejlet · {unreachable} kan ikke nås · {pending} venter · {cancelled} annulleret (af {total})',
    en: '{sent} sent · {failed} failed · {unreachable} unreachable · {pending} pending · {cancelled} cancelled (of {total})',
  },
} satisfies MessageCatalog;
