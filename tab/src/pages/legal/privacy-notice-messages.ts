import type { MessageCatalog } from '../../../../core/i18n';
import { commonWords } from '../../../../core/common-words';

/**
 * The privacy page (#/privacy, the manifest's privacyUrl). Facts as in docs/privacy.md and
 * SECURITY.md; the controller, location and retention come from the deployment (GET /api/privacy-notice).
 */
export const privacyNoticeMessages = {
  'privacy.title': { da: 'Privatlivspolitik for Samskab', en: 'Privacy notice for Samskab' },
  'privacy.lead': {
    da: 'Samskab er et Teams-værktøj til et ledelsesforums samskabelsesopgave. Her kan du læse, hvilke oplysninger appen gemmer om dig, hvor og hvor længe, og hvordan du bruger dine rettigheder.',
    en: "Samskab is a Teams tool for a leadership forum's co-creation assignment. Here you can read what the app stores about you, where and for how long, and how to use your rights.",
  },
  'controller.title': { da: 'Dataansvarlig', en: 'Data controller' },
  'controller.body': {
    da: 'Den organisation, der har taget Samskab i brug (typisk kommunen), er dataansvarlig: {name}.',
    en: 'The organization that deployed Samskab (typically the municipality) is the data controller: {name}.',
  },
  'controller.contact': { da: 'Kontakt: {contact}', en: 'Contact: {contact}' },
  'controller.placeholder': {
    da: '[Ikke udfyldt: den driftsansvarlige angiver den dataansvarlige med indstillingerne PRIVACY_CONTROLLER_NAME og PRIVACY_CONTROLLER_CONTACT]',
    en: '[Not filled in: the operator names the data controller with the settings PRIVACY_CONTROLLER_NAME and PRIVACY_CONTROLLER_CONTACT]',
  },
  'controller.processors': {
    da: 'Microsoft (Teams, Entra ID, Azure) er databehandler under organisationens aftale. Behandlingsgrundlaget er en opgave i samfundets interesse (databeskyttelsesforordningens art. 6, stk. 1, litra e): forummet er en del af organisationens arbejde. Deltagernes refleksioner behandles fortroligt i forummet.',
    en: "Microsoft (Teams, Entra ID, Azure) is a data processor under the organization's agreement. The legal basis is a task in the public interest (GDPR art. 6(1)(e)): the forum is part of the organization's work. Participants' reflections are treated as confidential within the forum.",
  },
  'stored.title': { da: 'Hvad gemmes', en: 'What is stored' },
  'stored.answers': {
    da: 'Dine svar og alle tidligere versioner af dem (revisioner).',
    en: 'Your answers and every earlier version of them (revisions).',
  },
  'stored.member': {
    da: 'Om dig som medlem: navn, e-mail, Entra-objekt-id, rolle, afdelinger, sprog og en eventuel pause i påmindelser.',
    en: 'About you as a member: name, e-mail, Entra object id, role, departments, language and any pause of reminders.',
  },
  'stored.conversations': {
    da: 'Teams-samtalereferencer, så botten kan skrive til dig og til afdelingens gruppechat, og hvilke kort der er sendt til hvem og hvornår.',
    en: "Teams conversation references, so the bot can write to you and to the department's group chat, and which cards were sent to whom and when.",
  },
  'stored.takeaways': {
    da: 'Afdelingens fælles opsamling (gruppens egen tekst).',
    en: "The department's shared takeaways (the group's own text).",
  },
  'stored.meetings': {
    da: 'Møderne med facilitatoren: afdelingens mødedato og -tidspunkt, hvem der registrerede datoen og hvornår, facilitatorens noter efter mødet med hvem der skrev dem og hvornår, og hvilke beskeder om møderne botten har sendt til hvem og hvornår.',
    en: 'The meetings with the facilitator: the department’s meeting date and time, who recorded the date and when, the facilitator’s notes after the meeting with who wrote them and when, and which messages about the meetings the bot sent to whom and when.',
  },
  'stored.audit': {
    da: 'En revisionslog over ændringer af indstillinger, afdelinger, medlemmer og udsendelser samt eksport og sletning af data: hvem og hvornår, aldrig svartekster.',
    en: 'An audit log of changes to settings, departments, members and rounds, and of data exports and deletions: who and when, never answer texts.',
  },
  'stored.derived': {
    da: 'Opsamlinger og eksporter (Word, PowerPoint, CSV) beregnes fra svarene, når de hentes, og gemmes ikke.',
    en: 'Summaries and exports (Word, PowerPoint, CSV) are computed from the answers when requested and are not stored.',
  },
  'stored.who': {
    da: 'Dine svar ses af dig, afdelingens chefer og facilitator og forummets sekretariat; af hele forummet kun hvis sekretariatet slår deling til.',
    en: "Your answers are seen by you, your department's chefs and facilitator and the forum's secretariat; by the whole forum only if the secretariat turns on sharing.",
  },
  'where.title': { da: 'Hvor', en: 'Where' },
  'where.postgres': {
    da: 'Alt ligger i appens egen database, Azure Database for PostgreSQL: {location}.',
    en: "Everything is in the app's own database, Azure Database for PostgreSQL: {location}.",
  },
  'where.sqlite': {
    da: 'Alt ligger i appens egen database (SQLite på serveren): {location}.',
    en: "Everything is in the app's own database (SQLite on the server): {location}.",
  },
  'where.defaultLocation': {
    da: 'den driftsansvarliges Azure-region',
    en: "the operator's Azure region",
  },
  'where.teams': {
    da: 'I Teams ligger kun de chatbeskeder, botten har sendt. Logfiler indeholder id’er og antal, aldrig svartekster.',
    en: 'Teams holds only the chat messages the bot sent. Logs contain ids and counts, never answer texts.',
  },
  'retention.title': { da: 'Hvor længe', en: 'How long' },
  'retention.days': {
    da: '{days, plural, one {# dag} other {# dage}} efter forummets afsluttende møde sletter et dagligt job automatisk alle svar og revisioner, facilitatorens noter og hvem der registrerede mødedatoerne, anonymiserer deltagernes navne og fjerner e-mails, Entra-id’er og samtalereferencer.',
    en: "{days, plural, one {# day} other {# days}} after the forum's final meeting, a daily job automatically deletes every answer and revision, the facilitator's notes and who recorded the meeting dates, anonymizes participants' names and removes e-mails, Entra ids and conversation references.",
  },
  'retention.forum': {
    da: 'Forummets opbevaringsperiode (fastsat af sekretariatet) efter det afsluttende møde; derefter sletter et dagligt job automatisk alle svar og revisioner og facilitatorens noter og anonymiserer deltagerne.',
    en: "The forum's retention period (set by the secretariat) after the final meeting; then a daily job automatically deletes every answer and revision and the facilitator's notes and anonymizes the participants.",
  },
  'retention.kept': {
    da: 'Kun antal svar pr. afdeling og spørgsmål, afdelingernes mødedatoer og revisionsloggen (uden navne og tekster) bevares.',
    en: "Only the number of answers per department and question, the departments' meeting dates and the audit log (without names or texts) are kept.",
  },
  'rights.title': { da: 'Dine rettigheder', en: 'Your rights' },
  'rights.access': {
    da: 'Indsigt og dataportabilitet: åbn fanen Mine svar og hent dine data som JSON eller Word, eller skriv "mine data" til botten.',
    en: 'Access and portability: open the tab’s My answers and download your data as JSON or Word, or write "my data" to the bot.',
  },
  'rights.erase': {
    da: 'Sletning: skriv "slet mine data" til botten, eller slet under Mine svar i fanen. Du bekræfter i et trin mere; så slettes dine svar og alle deres versioner, de noter, du har skrevet efter møder med facilitatoren, og dit navn på de mødedatoer, du har registreret, i alle forummer. Afdelingens mødedato bliver stående.',
    en: 'Erasure: write "delete my data" to the bot, or delete under My answers in the tab. You confirm in one more step; then your answers and all their versions, the notes you wrote after meetings with the facilitator, and your name on the meeting dates you recorded are deleted in every forum. The department’s meeting date stays.',
  },
  'rights.rectify': {
    da: 'Berigtigelse: ret dit svar i kortet eller fanen; bed sekretariatet rette navn, e-mail eller afdeling.',
    en: 'Rectification: edit your answer in the card or the tab; ask the secretariat to correct your name, e-mail or department.',
  },
  'rights.complain': {
    da: 'Indsigelse og klage: kontakt forummets sekretariat eller den dataansvarliges databeskyttelsesrådgiver. Du kan klage til Datatilsynet.',
    en: "Objection and complaints: contact the forum's secretariat or the data controller's data protection officer. You may complain to the Danish Data Protection Agency (Datatilsynet).",
  },
  'nav.terms': { da: 'Vilkår for brug', en: 'Terms of use' },
  'nav.privacy': { da: 'Privatlivspolitik', en: 'Privacy notice' },
  'nav.app': { da: 'Til Samskab', en: 'Open Samskab' },
  'nav.language': commonWords.language,
  'loading.failed': {
    da: 'Oplysningerne om denne installation kunne ikke hentes; de generelle oplysninger nedenfor gælder stadig.',
    en: 'The details of this installation could not be loaded; the general information below still applies.',
  },
} satisfies MessageCatalog;
