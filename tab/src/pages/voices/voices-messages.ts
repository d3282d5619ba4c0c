import type { MessageCatalog } from '../../../../core/i18n';
import { commonWords } from '../../../../core/common-words';
import { slideMessages } from '../../../../core/presentation';

/** Strings of the "Stemmer" section: voices from leaders, employees and citizens outside the forum. */
export const voicesMessages = {
  'voices.title': { da: 'Stemmer', en: 'Voices' },
  'voices.intro': {
    da: 'Hvad ønsker ledere, medarbejdere og borgere sig af jer? Del et link eller en QR-kode; svarene venter, til en chef har læst dem.',
    en: 'What do leaders, employees and citizens want from you? Share a link or a QR code; answers wait until a chef has read them.',
  },
  'voices.totals': {
    da: '{shown, plural, one {# stemme vist} other {# stemmer vist}}, {waiting, plural, one {# venter} other {# venter}}',
    en: '{shown, plural, one {# voice shown} other {# voices shown}}, {waiting} waiting',
  },
  'voices.groupCount': {
    da: '{group}: {count, plural, one {# stemme} other {# stemmer}}',
    en: '{group}: {count, plural, one {# voice} other {# voices}}',
  },
  'voices.countsOnly': {
    da: 'Afdelingen deler ikke teksterne; du ser kun antal.',
    en: 'The department does not share the texts; you see counts only.',
  },
  'voices.words': slideMessages['section.voiceWords'],
  'voices.wordsFrom': {
    da: 'Talt i {count, plural, one {# vist stemme} other {de # nyeste viste stemmer}}; fyldord er udeladt.',
    en: 'Counted in the {count, plural, one {# voice} other {# newest voices}} shown; filler words are left out.',
  },
  'voices.word': {
    da: '{word}: i {count, plural, one {# stemme} other {# stemmer}}',
    en: '{word}: in {count, plural, one {# voice} other {# voices}}',
  },
  'voices.noneShown': { da: 'Ingen viste stemmer endnu.', en: 'No voices shown yet.' },
  'voices.moreTexts': {
    da: '{count, plural, one {# stemme mere} other {# stemmer mere}} i eksporten.',
    en: '{count, plural, one {# more voice} other {# more voices}} in the export.',
  },
  'voices.updated': { da: 'Stemmerne er opdateret.', en: 'The voices have been updated.' },
  'round.heading': { da: 'Spørgsmål og links', en: 'Questions and links' },
  'round.none': {
    da: 'Afdelingen har ikke åbnet et spørgsmål endnu.',
    en: 'The department has not opened a question yet.',
  },
  'round.status.open': { da: 'Åben til {date}', en: 'Open until {date}' },
  'round.status.closed': { da: 'Lukket', en: 'Closed' },
  'round.status.revoked': { da: 'Link trukket tilbage', en: 'Link withdrawn' },
  'round.link': { da: 'Offentligt link', en: 'Public link' },
  'round.copy': { da: 'Kopiér link', en: 'Copy link' },
  'round.copied': { da: 'Linket er kopieret.', en: 'The link has been copied.' },
  'round.qr': { da: 'QR-kode til linket', en: 'QR code for the link' },
  'round.qrDownload': { da: 'Hent QR-kode (SVG)', en: 'Download QR code (SVG)' },
  'round.share': {
    da: 'Del de viste tekster med arrangørerne',
    en: 'Share the shown texts with the organizers',
  },
  'round.revoke': { da: 'Træk linket tilbage', en: 'Withdraw the link' },
  'round.revokeConfirm': {
    da: 'Linket holder op med at virke for altid. Trække det tilbage?',
    en: 'The link stops working for good. Withdraw it?',
  },
  'form.heading': { da: 'Åbn et spørgsmål', en: 'Open a question' },
  'form.questionDa': { da: 'Spørgsmål (dansk)', en: 'Question (Danish)' },
  'form.questionEn': { da: 'Spørgsmål (engelsk)', en: 'Question (English)' },
  'form.groups': { da: 'Grupper, der spørges', en: 'Groups asked' },
  'form.closesOn': { da: 'Sidste dag for svar', en: 'Last day for answers' },
  'form.submit': { da: 'Åbn og lav link', en: 'Open and make a link' },
  'form.failed': {
    da: 'Spørgsmålet blev ikke åbnet: {message}',
    en: 'The question was not opened: {message}',
  },
  'form.editHeading': { da: 'Ret spørgsmålet', en: 'Change the question' },
  'form.save': commonWords.save,
  'form.cancel': commonWords.cancel,
  'form.saveFailed': {
    da: 'Ændringen blev ikke gemt: {message}',
    en: 'The change was not saved: {message}',
  },
  'form.newGroup': { da: 'Anden gruppe', en: 'Another group' },
  'form.addGroup': { da: 'Tilføj gruppen', en: 'Add the group' },
  'round.edit': commonWords.edit,
  'round.saved': { da: 'Spørgsmålet er gemt.', en: 'The question has been saved.' },
  'moderation.more': { da: 'Vis flere', en: 'Show more' },
  'moderation.showing': {
    da: 'Viser {shown} af {total}.',
    en: 'Showing {shown} of {total}.',
  },
  'moderation.heading': { da: 'Venter på jer', en: 'Waiting for you' },
  'moderation.empty': { da: 'Ingen stemmer venter.', en: 'No voices are waiting.' },
  'moderation.count': {
    da: '{count, plural, one {# stemme venter} other {# stemmer venter}} på at blive læst.',
    en: '{count, plural, one {# voice waits} other {# voices wait}} to be read.',
  },
  'moderation.show': { da: 'Vis', en: 'Show' },
  'moderation.hide': { da: 'Skjul', en: 'Hide' },
  'moderation.received': { da: 'Modtaget {date} fra {group}', en: 'Received {date} from {group}' },
  'action.failed': { da: 'Det lykkedes ikke: {message}', en: 'That did not work: {message}' },
} satisfies MessageCatalog;
