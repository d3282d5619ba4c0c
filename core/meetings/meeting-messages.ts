import { translator, type MessageCatalog } from '../i18n';

/** Texts of the facilitator meeting's booking link (the cards' own texts live with the cards). */
export const meetingMessages = {
  'booking.subject': {
    da: 'Møde med facilitator: {department}',
    en: 'Meeting with the facilitator: {department}',
  },
  'booking.content': {
    da: 'Ledelsesgruppen i {department} mødes med facilitatoren om inspirationsspørgsmålene ({forum}). Afdelingens opsamling: {summaryUrl}',
    en: 'The leadership group of {department} meets the facilitator about the inspiration questions ({forum}). The department summary: {summaryUrl}',
  },
} satisfies MessageCatalog;

export const tMeeting = translator(meetingMessages);
