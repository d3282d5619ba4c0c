import type { MessageCatalog } from '../i18n';
import { unstorableTextMessage } from '../text/storable-text';

/**
 * Localized texts of the HTTP API: validation messages (used as zod issue messages, so the tab
 * can validate with the same schemas and show the same words) and error messages.
 * A zod issue whose message is one of these keys is translated; other issues get a generic text by code.
 */
export const apiMessages = {
  // ---- validation: field level -------------------------------------------------------------
  'field.required': { da: 'Skal udfyldes.', en: 'Required.' },
  'field.invalid': { da: 'Ugyldig værdi.', en: 'Invalid value.' },
  'field.tooLong': {
    da: 'Teksten er for lang (højst {max} tegn).',
    en: 'The text is too long (at most {max} characters).',
  },
  'field.tooShort': { da: 'Teksten er for kort.', en: 'The text is too short.' },
  'field.tooMany': { da: 'For mange elementer (højst {max}).', en: 'Too many items (at most {max}).' },
  'field.tooFew': { da: 'Vælg mindst ét.', en: 'Choose at least one.' },
  'field.number': { da: 'Skal være et helt tal.', en: 'Must be a whole number.' },
  'field.min': { da: 'Skal være mindst {min}.', en: 'Must be at least {min}.' },
  'field.max': { da: 'Må højst være {max}.', en: 'Must be at most {max}.' },
  'field.localDate': { da: 'Skal være en dato som ÅÅÅÅ-MM-DD.', en: 'Must be a date as YYYY-MM-DD.' },
  'field.localTime': { da: 'Skal være et klokkeslæt som TT:MM.', en: 'Must be a time as HH:MM.' },
  'field.timeZone': {
    da: 'Ukendt tidszone (brug fx Europe/Copenhagen).',
    en: 'Unknown time zone (use e.g. Europe/Copenhagen).',
  },
  'field.email': { da: 'Ugyldig e-mailadresse.', en: 'Invalid e-mail address.' },
  'field.aadObjectId': {
    da: 'Skal være et Entra objekt-id (GUID).',
    en: 'Must be an Entra object id (GUID).',
  },
  'field.role': {
    da: 'Rollen skal være chef, facilitator eller organizer.',
    en: 'The role must be chef, facilitator or organizer.',
  },
  'field.locale': { da: 'Sproget skal være da eller en.', en: 'The language must be da or en.' },
  'field.dateOrder': {
    da: 'Slutdatoen skal ligge efter startdatoen.',
    en: 'The end date must be after the start date.',
  },
  'field.rangeOrder': { da: '"Fra" skal ligge før eller på "til".', en: '"From" must be on or before "to".' },
  'field.chefOneDepartment': {
    da: 'En chef hører til præcis én afdeling.',
    en: 'A chef belongs to exactly one department.',
  },
  'field.unknownDepartment': { da: 'Ukendt afdeling: {name}.', en: 'Unknown department: {name}.' },
  'field.duplicate': {
    da: 'Findes flere gange i filen (linje {line}).',
    en: 'Appears more than once in the file (line {line}).',
  },
  'field.formula': {
    da: 'Må ikke begynde med =, +, - eller @ (det kan køre som en formel i et regneark).',
    en: 'Must not begin with =, +, - or @ (it could run as a formula in a spreadsheet).',
  },
  'field.importRole': {
    da: 'Rollen skal være chef, facilitator eller arrangør.',
    en: 'The role must be chef, facilitator or organizer.',
  },
  'field.importLocale': {
    da: 'Sproget skal være da (dansk) eller en (engelsk).',
    en: 'The language must be da (Danish) or en (English).',
  },
  'field.importIdentity': {
    da: 'Angiv personens e-mail (eller Entra-objekt-id).',
    en: "Give the person's e-mail (or Entra object id).",
  },
  'field.unresolvedPerson': {
    da: 'Vi kender ikke personens Teams-konto endnu: tilføj Samskab til afdelingens chat, eller angiv Entra-objekt-id.',
    en: "We do not know this person's Teams account yet: add Samskab to the department's chat, or give the Entra object id.",
  },
  'field.otherAccount': {
    da: 'E-mailen hører til en anden Teams-konto end det angivne Entra-objekt-id.',
    en: 'The e-mail belongs to another Teams account than the Entra object id given.',
  },
  'import.column.name': { da: 'navn', en: 'name' },
  'import.column.email': { da: 'e-mail', en: 'e-mail' },
  'import.column.aadObjectId': { da: 'Entra-objekt-id', en: 'Entra object id' },
  'import.column.role': { da: 'rolle', en: 'role' },
  'import.column.departments': { da: 'afdelinger', en: 'departments' },
  'import.column.locale': { da: 'sprog', en: 'language' },
  'field.meetingOutsidePeriod': {
    da: 'Mødet skal ligge fra {from} til {to} (forummets periode).',
    en: "The meeting must lie from {from} to {to} (the forum's period).",
  },
  'field.meetingEndWithoutStart': {
    da: 'Angiv også, hvornår mødet begynder.',
    en: 'Also give the time the meeting starts.',
  },
  'field.meetingEndNotAfterStart': {
    da: 'Mødet skal slutte efter, det begynder.',
    en: 'The meeting must end after it starts.',
  },
  'field.unknownQuestion': { da: 'Ukendt spørgsmål.', en: 'Unknown question.' },
  'field.unstorableText': unstorableTextMessage,

  // ---- errors: request level ---------------------------------------------------------------
  'error.validation': {
    da: 'Nogle felter er ikke udfyldt korrekt.',
    en: 'Some fields are not filled in correctly.',
  },
  'error.badJson': { da: 'Forespørgslen er ikke gyldig JSON.', en: 'The request is not valid JSON.' },
  'error.unauthenticated': {
    da: 'Du er ikke logget ind, eller din session er udløbet. Genindlæs fanen.',
    en: 'You are not signed in, or your session has expired. Reload the tab.',
  },
  'error.notMember': {
    da: 'Du er ikke med i et forum i Samskab. Kontakt forummets sekretariat.',
    en: 'You are not part of a forum in Samskab. Contact the forum secretariat.',
  },
  'error.forbidden': { da: 'Du har ikke adgang til dette.', en: 'You do not have access to this.' },
  'error.organizerOnly': {
    da: 'Kun forummets arrangører har adgang til dette.',
    en: 'Only the forum organizers have access to this.',
  },
  'error.notFound': { da: 'Findes ikke (længere).', en: 'Does not exist (any more).' },
  'error.methodNotAllowed': {
    da: 'Denne handling er ikke tilladt her.',
    en: 'This action is not allowed here.',
  },
  'error.unsupportedMediaType': {
    da: 'Forespørgslen skal sendes som JSON (Content-Type: application/json).',
    en: 'The request must be sent as JSON (Content-Type: application/json).',
  },
  'error.badRequest': { da: 'Forespørgslen er ugyldig.', en: 'The request is invalid.' },
  'error.forumNotFound': { da: 'Forummet findes ikke.', en: 'The forum does not exist.' },
  'error.departmentNotFound': { da: 'Afdelingen findes ikke.', en: 'The department does not exist.' },
  'error.memberNotFound': { da: 'Medlemmet findes ikke.', en: 'The member does not exist.' },
  'error.roundNotFound': { da: 'Udsendelsen findes ikke.', en: 'The round does not exist.' },
  'error.deliveryNotFound': { da: 'Leveringen findes ikke.', en: 'The delivery does not exist.' },
  'error.takeawaysConflict': {
    da: 'En anden har gemt en nyere udgave imens. Se den nuværende tekst, og gem igen.',
    en: 'Someone else saved a newer version meanwhile. Review the current text and save again.',
  },
  'error.departmentHasAnswers': {
    da: 'Afdelingen har {count} svar og kan ikke slettes. Eksportér svarene først, eller lad afdelingen blive.',
    en: 'The department has {count, plural, one {# answer} other {# answers}} and cannot be deleted. Export the answers first, or keep the department.',
  },
  'error.confirmInvalid': {
    da: 'Bekræftelseskoden er ugyldig eller udløbet. Start forfra.',
    en: 'The confirmation code is invalid or has expired. Start again.',
  },
  'error.cannotRemoveSelf': {
    da: 'Du kan ikke fjerne dig selv. Bed en anden arrangør om det.',
    en: 'You cannot remove yourself. Ask another organizer.',
  },
  'error.memberConflict': {
    da: 'Der findes allerede et medlem med dette Entra objekt-id i forummet.',
    en: 'A member with this Entra object id already exists in the forum.',
  },
  'error.importHasErrors': {
    da: 'Filen har fejl i {count, plural, one {# række} other {# rækker}}. Intet er gemt; ret fejlene og prøv igen.',
    en: 'The file has errors in {count, plural, one {# row} other {# rows}}. Nothing was saved; fix the errors and try again.',
  },
  'error.importRowFailed': {
    da: 'Række {line} kunne ikke gemmes. Intet er importeret; prøv igen.',
    en: 'Row {line} could not be saved. Nothing was imported; try again.',
  },
  'error.importEmpty': { da: 'Filen indeholder ingen rækker.', en: 'The file contains no rows.' },
  'error.importHeader': {
    da: 'Første linje skal være kolonnenavne (fx navn; e-mail; rolle; afdelinger; sprog); mangler: {columns}.',
    en: 'The first line must name the columns (e.g. name; e-mail; role; departments; language); missing: {columns}.',
  },
  'error.tooManyStreams': {
    da: 'For mange åbne live-forbindelser. Luk nogle faner, og prøv igen.',
    en: 'Too many open live connections. Close some tabs and try again.',
  },
  'error.voiceRoundNotFound': { da: 'Spørgsmålet findes ikke.', en: 'The question does not exist.' },
  'error.voiceNotFound': { da: 'Svaret findes ikke.', en: 'The answer does not exist.' },
  'error.voiceRoundClosed': {
    da: 'Linket er trukket tilbage og kan ikke ændres.',
    en: 'The link has been withdrawn and cannot be changed.',
  },
  'error.voiceClosesOn': {
    da: 'Lukkedatoen skal ligge mellem i dag og om {days, plural, one {# dag} other {# dage}}.',
    en: 'The closing date must lie between today and {days, plural, one {# day} other {# days}} from now.',
  },
  'error.tooLarge': { da: 'Forespørgslen er for stor.', en: 'The request is too large.' },
  'error.unavailable': {
    da: 'Tjenesten er ikke tilgængelig lige nu. Prøv igen om lidt.',
    en: 'The service is unavailable right now. Try again shortly.',
  },
  'error.busy': {
    da: 'Samskab har travlt lige nu, og din forespørgsel kunne ikke vente i kø. Prøv igen om {seconds, plural, one {# sekund} other {# sekunder}}.',
    en: 'Samskab is busy right now and your request could not wait in line. Try again in {seconds, plural, one {# second} other {# seconds}}.',
  },
  'error.internal': {
    da: 'Der skete en uventet fejl. Prøv igen; fejl-id: {requestId}.',
    en: 'An unexpected error occurred. Try again; error id: {requestId}.',
  },
  'error.devOnly': { da: 'Findes kun i udviklertilstand.', en: 'Only available in developer mode.' },
  'error.devLoopbackOnly': {
    da: 'Udviklerlogin svarer kun på localhost, 127.0.0.1 eller [::1].',
    en: 'Developer sign-in only answers on localhost, 127.0.0.1 or [::1].',
  },
  'error.devUnknownUser': {
    da: 'Ingen medlemmer har dette Entra objekt-id.',
    en: 'No member has this Entra object id.',
  },
  'error.tabNotBuilt': {
    da: 'Fanen er ikke bygget. Kør `npm run build:tab`.',
    en: 'The tab has not been built. Run `npm run build:tab`.',
  },
} satisfies MessageCatalog;

export type ApiMessageKey = keyof typeof apiMessages;

export function isApiMessageKey(key: string): key is ApiMessageKey {
  return Object.prototype.hasOwnProperty.call(apiMessages, key);
}
