import { commonWords } from '../../../../../core/common-words';
import type { MessageCatalog } from '../../../../../core/i18n';

/** The forum settings' fieldset of the facilitator meeting (booking nudges, briefing, proposed time). */
export const meetingSettingsMessages = {
  'ms.legend': commonWords.facilitatorMeeting,
  'ms.intro': {
    da: 'Hvornår Samskab beder afdelinger uden en aftalt dato om at booke mødet, hvornår facilitatoren får sin briefing, og hvilket tidspunkt booking-linket foreslår.',
    en: 'When Samskab asks departments without an agreed date to book the meeting, when the facilitator gets the briefing, and which time the booking link proposes.',
  },
  'ms.bookingAfter': {
    da: 'Første booking-påmindelse efter kickoff (arbejdsdage)',
    en: 'First booking reminder after kickoff (working days)',
  },
  'ms.bookingRepeat': {
    da: 'Ny booking-påmindelse hver (arbejdsdage)',
    en: 'Next booking reminder every (working days)',
  },
  'ms.briefingBefore': {
    da: 'Briefing til facilitatoren før mødet (arbejdsdage)',
    en: 'Briefing to the facilitator before the meeting (working days)',
  },
  'ms.minutes': { da: 'Mødets længde (minutter)', en: 'Length of the meeting (minutes)' },
  'ms.startTime': { da: 'Foreslået starttidspunkt', en: 'Proposed start time' },
} satisfies MessageCatalog;
