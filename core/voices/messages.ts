import { commonWords } from '../common-words';
import type { MessageCatalog } from '../i18n';
import { unstorableTextMessage } from '../text/storable-text';

/**
 * Texts of the public voices page (/stemmer/<code>) and of the voices' API errors. The page is
 * read by people outside the forum, often on a phone: short sentences, plain words.
 */
export const voiceMessages = {
  'page.title': { da: 'Din stemme til {department}', en: 'Your voice to {department}' },
  'page.lead': {
    da: '{department} i {forum} vil gerne høre fra dig.',
    en: '{department} in {forum} would like to hear from you.',
  },
  'page.otherLanguage': { da: 'In English', en: 'På dansk' },
  'page.closes': { da: 'Du kan svare til og med {date}.', en: 'You can answer until {date}.' },
  'form.group': { da: 'Jeg svarer som', en: 'I am answering as' },
  'form.text': commonWords['your.answer'],
  'form.textHint': {
    da: 'Højst {max} tegn. Skriv ikke navne eller andet, der kan vise, hvem du eller andre er.',
    en: 'At most {max} characters. Do not write names or anything else that shows who you or others are.',
  },
  'form.honeypot': { da: 'Lad dette felt være tomt', en: 'Leave this field empty' },
  'form.submit': { da: 'Send mit svar', en: 'Send my answer' },
  'privacy.heading': { da: 'Det gemmer vi', en: 'What we store' },
  'privacy.stored': {
    da: 'Vi gemmer kun dit svar, den gruppe du har valgt, og tidspunktet. Vi gemmer ikke dit navn, din e-mail eller din IP-adresse, og siden sætter ingen cookies.',
    en: 'We store only your answer, the group you chose and the time. We do not store your name, your e-mail or your IP address, and the page sets no cookies.',
  },
  'privacy.limits': {
    da: 'For at stoppe misbrug tæller vi i nogle minutter, hvor mange svar der kommer fra samme netværk. Det sker med en tilfældig kode, der ikke kan føres tilbage til adressen, og som aldrig gemmes sammen med svaret.',
    en: 'To stop abuse we count for a few minutes how many answers come from the same network. This uses a random code that cannot be traced back to the address and is never stored with the answer.',
  },
  'privacy.moderation': {
    da: 'Afdelingens chefer læser svarene, før de bliver vist i afdelingens opsamling. Svar slettes, når forummets opbevaringsperiode udløber.',
    en: "The department's chefs read the answers before they are shown in the department's summary. Answers are deleted when the forum's retention period ends.",
  },
  'thanks.heading': { da: 'Tak for dit svar', en: 'Thank you for your answer' },
  'thanks.body': {
    da: 'Dit svar er modtaget. Afdelingens chefer læser det, før det bliver vist.',
    en: "Your answer has been received. The department's chefs will read it before it is shown.",
  },
  'thanks.again': { da: 'Skriv et svar mere', en: 'Write another answer' },
  'error.heading': { da: 'Dit svar blev ikke sendt', en: 'Your answer was not sent' },
  'refuse.group': { da: 'Vælg, hvem du svarer som.', en: 'Choose who you are answering as.' },
  'refuse.empty': { da: 'Skriv dit svar i feltet.', en: 'Write your answer in the field.' },
  'refuse.tooLong': {
    da: 'Dit svar er for langt: højst {max} tegn.',
    en: 'Your answer is too long: at most {max} characters.',
  },
  'refuse.unstorable': unstorableTextMessage,
  'refuse.honeypot': {
    da: 'Svaret ligner et automatisk svar og blev ikke gemt.',
    en: 'The answer looks automated and was not stored.',
  },
  'refuse.limited': {
    da: 'Der er kommet mange svar på kort tid. Vent et par minutter, og prøv igen.',
    en: 'Many answers have arrived in a short time. Wait a few minutes and try again.',
  },
  'refuse.full': {
    da: 'Der kan ikke komme flere svar på dette spørgsmål.',
    en: 'This question takes no more answers.',
  },
  'refuse.tooLarge': {
    da: 'Det, der blev sendt, er for stort.',
    en: 'What was sent is too large.',
  },
  'closed.title': { da: 'Spørgsmålet er lukket', en: 'The question is closed' },
  'closed.body': {
    da: 'Der kan ikke længere svares via dette link. Tak for din interesse.',
    en: 'This link no longer takes answers. Thank you for your interest.',
  },
  'revoked.body': {
    da: 'Linket er trukket tilbage af afdelingen. Der kan ikke svares via det.',
    en: 'The department has withdrawn this link. It takes no answers.',
  },
  'unknown.title': { da: 'Siden findes ikke', en: 'Page not found' },
  'unknown.body': {
    da: 'Vi kender ikke dette link. Tjek, at du har skrevet det rigtigt, eller scan QR-koden igen.',
    en: 'We do not know this link. Check that you typed it correctly, or scan the QR code again.',
  },
  'unavailable.body': {
    da: 'Siden kan ikke vises lige nu. Prøv igen om lidt.',
    en: 'The page cannot be shown right now. Try again shortly.',
  },
  'footer.app': {
    da: 'Samskab: samskabelse af velfærd',
    en: 'Samskab: co-creation of welfare',
  },
} satisfies MessageCatalog;

export type VoiceMessageKey = keyof typeof voiceMessages;
