import { translator, type MessageCatalog } from '../../core/i18n';
import { erasureWording } from '../../core/privacy/erasure-wording';
import { apiMessages } from '../../core/api/messages';
import { commonWords } from '../../core/common-words';

// Said both over the API and by the bot (and as the document's title).
const CONFIRMATION_USED = {
  da: 'Denne bekræftelse er allerede brugt. Intet er ændret.',
  en: 'This confirmation has already been used. Nothing was changed.',
};
const NOT_A_MEMBER = {
  da: 'Du er ikke med i et forum i Samskab, så der er ingen data om dig.',
  en: 'You are not part of a forum in Samskab, so there is no data about you.',
};
const YOUR_DATA = { da: 'Dine data i Samskab', en: 'Your data in Samskab' };

/** Texts of the privacy features (API errors, bot replies, the export document), Danish and English. */
export const privacyMessages = {
  // API and bot errors
  'error.confirmRequired': {
    da: 'Bekræft sletningen med den bekræftelseskode, du fik.',
    en: 'Confirm the deletion with the confirmation code you were given.',
  },
  'error.confirmInvalid': {
    da: 'Bekræftelseskoden er ugyldig eller udløbet. Start sletningen forfra.',
    en: 'The confirmation code is invalid or has expired. Start the deletion again.',
  },
  'error.confirmUsed': CONFIRMATION_USED,
  'error.notMember': NOT_A_MEMBER,
  'error.memberNotFound': apiMessages['error.memberNotFound'],
  'error.forumNotFound': apiMessages['error.forumNotFound'],
  'error.organizerOnly': apiMessages['error.organizerOnly'],

  // Bot
  'bot.mine.title': YOUR_DATA,
  'bot.mine.none': {
    da: 'Der er ingen svar fra dig gemt i Samskab.',
    en: 'No answers of yours are stored in Samskab.',
  },
  'bot.mine.counts': {
    da: 'Du har {answers} svar ({revisions, plural, one {# gemt udgave} other {# gemte udgaver}}) i {forum}.',
    en: 'You have {answers, plural, one {# answer} other {# answers}} ({revisions, plural, one {# saved version} other {# saved versions}}) in {forum}.',
  },
  'bot.mine.stored': {
    da: 'Vi gemmer: dit navn, din e-mail, din rolle og afdeling, dit sprog, dine svar med tidligere udgaver, de mødedatoer, du har registreret, og de noter, du har skrevet efter møder med facilitatoren, og hvornår kort er sendt til dig. Slettes {date}.',
    en: 'We store: your name, e-mail, role and department, language, your answers with earlier versions, the meeting dates you recorded and the notes you wrote after meetings with the facilitator, and when cards were sent to you. Deleted on {date}.',
  },
  'bot.mine.meetings': {
    da: 'Du har registreret datoen eller skrevet noterne til {meetings, plural, one {# møde} other {# møder}} med facilitatoren i {forum}.',
    en: 'You recorded the date or wrote the notes of {meetings, plural, one {# meeting} other {# meetings}} with the facilitator in {forum}.',
  },
  'bot.mine.export': {
    da: 'Hent alle dine data (Word eller JSON) under "Mine data" i fanen.',
    en: 'Download all your data (Word or JSON) under "My data" in the tab.',
  },
  'bot.mine.openTab': { da: 'Åbn mine data', en: 'Open my data' },
  'bot.mine.delete': erasureWording.deleteMine,
  'bot.delete.title': { da: 'Slet dine svar?', en: 'Delete your answers?' },
  'bot.delete.body': {
    da: `Dine {answers} svar og alle deres tidligere udgaver slettes for altid, også fra afdelingens opsamling, eksporter og kortene i chatten. ${erasureWording.participation.da} Afdelingens fælles pointer (skrevet af gruppen) bliver stående.`,
    en: `{answers, plural, one {Your answer and all its earlier versions are} other {Your # answers and all their earlier versions are}} deleted for good, also from the department summary, exports and the cards in the chat. ${erasureWording.participation.en} The department's shared takeaways (written by the group) remain.`,
  },
  'bot.delete.meetings': erasureWording.meetings,
  'bot.delete.confirm': { da: 'Ja, slet mine svar', en: 'Yes, delete my answers' },
  'bot.delete.cancel': commonWords.cancel,
  'bot.delete.cancelled': erasureWording.nothingDeleted,
  'bot.delete.done': {
    da: 'Slettet: {answers} svar og {revisions, plural, one {# udgave} other {# udgaver}}. Fælles pointer i {takeaways, plural, one {# afdeling} other {# afdelinger}} er gruppens tekst og er ikke slettet.',
    en: "Deleted: {answers, plural, one {# answer} other {# answers}} and {revisions, plural, one {# version} other {# versions}}. Shared takeaways in {takeaways, plural, one {# department} other {# departments}} are the group's text and were not deleted.",
  },
  'bot.delete.doneMeetings': erasureWording.meetingsDone,
  'bot.delete.nothing': erasureWording.nothingToDelete,
  'bot.delete.expired': {
    da: 'Dette bekræftelseskort er udløbet. Skriv "slet mine data" igen.',
    en: 'This confirmation card has expired. Type "delete my data" again.',
  },
  'bot.delete.used': CONFIRMATION_USED,
  'bot.notMember': NOT_A_MEMBER,

  // Export document
  'doc.title': YOUR_DATA,
  'doc.subtitle': {
    da: 'Udtræk efter databeskyttelsesforordningen (GDPR) artikel 15 og 20 · {date}',
    en: 'Extract under the GDPR, articles 15 and 20 · {date}',
  },
  'doc.person': { da: 'Om dig', en: 'About you' },
  'doc.name': commonWords.name,
  'doc.email': commonWords.email,
  'doc.role': commonWords.role,
  'doc.departments': commonWords.departments,
  'doc.locale': commonWords.language,
  'doc.pausedUntil': { da: 'Påmindelser sat på pause til', en: 'Reminders paused until' },
  'doc.retention': { da: 'Slettes senest', en: 'Deleted at the latest on' },
  'doc.answers': { da: 'Dine svar', en: 'Your answers' },
  'doc.noAnswers': { da: 'Ingen svar.', en: 'No answers.' },
  'doc.revision': { da: 'Udgave {revision}, gemt {at}', en: 'Version {revision}, saved {at}' },
  'doc.deliveries': { da: 'Kort sendt til dig', en: 'Cards sent to you' },
  'doc.deliveryLine': {
    da: '{count} kort, senest {at}',
    en: '{count, plural, one {# card} other {# cards}}, latest {at}',
  },
  'doc.meetings': { da: 'Facilitatormøderne: din del', en: 'The facilitator meetings: your part' },
  'doc.noMeetings': {
    da: 'Du har ikke registreret en mødedato eller skrevet noter.',
    en: 'You have not recorded a meeting date or written notes.',
  },
  'doc.department': commonWords.department,
  'doc.meetingDate': { da: 'Mødedato', en: 'Meeting date' },
  'doc.recordedByYou': { da: 'Datoen registreret af dig', en: 'Date recorded by you' },
  'doc.yourNotes': { da: 'Dine noter', en: 'Your notes' },
  'doc.meetingMessages': {
    da: '{count} beskeder om møderne sendt til dig, senest {at}',
    en: '{count, plural, one {# message} other {# messages}} about the meetings sent to you, latest {at}',
  },
  'doc.none': { da: '–', en: '–' },
  'doc.footer': { da: 'Samskab · personlige data', en: 'Samskab · personal data' },

  // Anonymized name after the retention purge
  'anonymized.name': { da: 'Anonymiseret deltager', en: 'Anonymized participant' },
} satisfies MessageCatalog;

export type PrivacyMessageKey = keyof typeof privacyMessages;
export const pt = translator(privacyMessages);
