import type { MessageCatalog } from '../../../../../core/i18n';
import { commonWords } from '../../../../../core/common-words';

/** The department page's facilitator meeting: the agreed date and the form that records it. */
export const facilitatorMeetingMessages = {
  'fm.title': commonWords.facilitatorMeeting,
  'fm.agreed': { da: 'Aftalt: {when}', en: 'Agreed: {when}' },
  'fm.notAgreed': {
    da: 'Der er ikke aftalt en dato endnu. Indtil da minder Samskab afdelingen om at booke mødet.',
    en: 'No date has been agreed yet. Until then, Samskab reminds the department to book the meeting.',
  },
  'fm.date': commonWords.date,
  'fm.start': { da: 'Begynder kl.', en: 'Starts at' },
  'fm.end': { da: 'Slutter kl.', en: 'Ends at' },
  'fm.zone': {
    da: 'Dato og klokkeslæt gælder i forummets tidszone, {zone} ({offset}).',
    en: "The date and times are in the forum's time zone, {zone} ({offset}).",
  },
  'fm.startHere': { da: 'På dit eget ur: {when}.', en: 'On your own clock: {when}.' },
  'fm.save': commonWords.save,
  'fm.saving': { da: 'Gemmer datoen …', en: 'Saving the date …' },
  'fm.saved': {
    da: 'Mødet er gemt; påmindelserne om at booke det er stoppet.',
    en: 'The meeting is saved; the reminders to book it have stopped.',
  },
  'fm.invalid': {
    da: 'Mødet er ikke gemt. Ret det markerede, og prøv igen.',
    en: 'The meeting was not saved. Correct what is marked and try again.',
  },
  'fm.readOnly': {
    da: 'Afdelingens chefer og facilitator samt forummets arrangører kan registrere mødet.',
    en: "The department's chefs and facilitator and the forum's organizers can record the meeting.",
  },
} satisfies MessageCatalog;
