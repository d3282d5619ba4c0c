import { translator, type MessageCatalog } from '../../../core/i18n';
import { summaryWords } from '../../../core/summary/summary-words';

/** The texts of the facilitator meeting's cards and of recording its date, in every language. */
export const meetingCardMessages = {
  'booking.title': { da: 'Book mødet med facilitatoren', en: 'Book the meeting with the facilitator' },
  'booking.intro': {
    da: '{department} har endnu ingen dato for mødet med facilitatoren. Find et tidspunkt sammen, og skriv datoen her, når den ligger fast.',
    en: '{department} has no date yet for the meeting with the facilitator. Find a time together and enter the date here once it is agreed.',
  },
  'booking.proposed': {
    da: 'Linket foreslår {date} kl. {time}; flyt det, så det passer jer.',
    en: 'The link proposes {date} at {time}; move it to suit you.',
  },
  'booking.withoutAddress': {
    da: 'Uden e-mailadresse i Samskab (inviteres ikke automatisk): {names}',
    en: 'No e-mail address in Samskab (not invited automatically): {names}',
  },
  'booking.book': { da: 'Book mødet', en: 'Book the meeting' },
  'booking.date': { da: 'Aftalt dato', en: 'Agreed date' },
  'booking.start': { da: 'Fra (valgfrit)', en: 'From (optional)' },
  'booking.end': { da: 'Til (valgfrit)', en: 'To (optional)' },
  'booking.save': { da: 'Gem datoen', en: 'Save the date' },
  'booking.dateError': {
    da: 'Vælg en dato mellem {from} og {to}.',
    en: 'Choose a date between {from} and {to}.',
  },
  'record.done': {
    da: 'Mødet med facilitatoren er registreret: {when}. Der kommer ikke flere påmindelser om at booke det.',
    en: 'The meeting with the facilitator is recorded: {when}. No more reminders to book it will be sent.',
  },
  'record.notAllowed': {
    da: 'Kun afdelingens chefer, dens facilitator og arrangørerne kan registrere mødet.',
    en: "Only the department's chefs, its facilitator and the organizers can record the meeting.",
  },
  'record.badDate': {
    da: 'Datoen skal ligge mellem {from} og {to}, og sluttidspunktet efter starttidspunktet. Intet er ændret.',
    en: 'The date must lie between {from} and {to}, and the end after the start. Nothing was changed.',
  },
  'record.unknown': {
    da: 'Afdelingen findes ikke (længere) i forummet. Intet er ændret.',
    en: 'The department no longer exists in the forum. Nothing was changed.',
  },
  'briefing.title': {
    da: 'Forberedelse: mødet med {department} {date}',
    en: 'Preparation: the meeting with {department} on {date}',
  },
  'briefing.recap': { da: 'Opsamling fra opstarten', en: 'Recap of the kickoff dialogue' },
  'briefing.task': summaryWords.assignment,
  'briefing.none': { da: '(ikke skrevet endnu)', en: '(not written yet)' },
  'briefing.participation': {
    da: '{answered} af {chefs, plural, one {# chef} other {# chefer}} har svaret.',
    en: '{answered} of {chefs, plural, one {# chef} other {# chefs}} have answered.',
  },
  'briefing.question': summaryWords.question,
  'briefing.answeredBy': {
    da: '{count, plural, =0 {Ingen svar endnu} one {# chef har svaret} other {# chefer har svaret}}',
    en: '{count, plural, =0 {No answers yet} one {# chef has answered} other {# chefs have answered}}',
  },
  'briefing.hidden': {
    da: 'Afdelingens svar vises ikke her, fordi du ikke har adgang til dem efter forummets delingsindstillinger.',
    en: "The department's answers are not shown here: the forum's sharing settings give you no access to them.",
  },
  'briefing.withheld': summaryWords['results.withheld'],
  'briefing.anonymous': summaryWords['author.anonymous'],
  'briefing.more': {
    da: '{count, plural, one {# svar mere} other {# svar mere}} i opsamlingen.',
    en: '{count, plural, one {# more answer} other {# more answers}} in the summary.',
  },
  'open.title': {
    da: 'Mødet med facilitatoren {date}: spørgsmål uden svar',
    en: 'The meeting with the facilitator on {date}: questions without an answer',
  },
  'open.intro': {
    da: '{count, plural, one {Ét spørgsmål har} other {# spørgsmål har}} endnu intet svar fra {department}:',
    en: '{count, plural, one {One question has} other {# questions have}} no answer yet from {department}:',
  },
  'open.answer': { da: 'Besvar spørgsmålene', en: 'Answer the questions' },
  'takeaways.title': {
    da: 'Hvad besluttede I på mødet med facilitatoren?',
    en: 'What did you decide at the meeting with the facilitator?',
  },
  'takeaways.intro': {
    da: 'Skriv sammen jeres vigtigste pointer ned i afdelingens opsamling: hvad er I blevet klogere på?',
    en: "Write down your key takeaways together in the department's summary: what have you become wiser about?",
  },
  'takeaways.open': { da: 'Skriv pointerne', en: 'Write the takeaways' },
  'takeaways.facilitator': {
    da: 'Som facilitator kan du tilføje dine noter fra mødet med {department}.',
    en: 'As the facilitator you can add your notes from the meeting with {department}.',
  },
  'notes.label': { da: 'Facilitatorens noter', en: "The facilitator's notes" },
  'notes.save': { da: 'Gem noterne', en: 'Save the notes' },
  'notes.done': { da: 'Dine noter er gemt.', en: 'Your notes are saved.' },
  'notes.notAllowed': {
    da: 'Kun afdelingens facilitator kan skrive noter, efter at mødet er registreret.',
    en: "Only the department's facilitator can write notes, once the meeting is recorded.",
  },
  'final.title': { da: 'Det afsluttende møde: {forum}', en: 'The final meeting: {forum}' },
  'final.intro': {
    da: 'Hver afdeling fortæller kort, hvad den er blevet klogere på. Rækkefølgen:',
    en: 'Each department briefly presents what it has learned. The running order:',
  },
  'final.stage': {
    da: 'Arrangøren åbner Samskab i mødets sidepanel og deler afdelingernes dias på skærmen.',
    en: "The organizer opens Samskab in the meeting's side panel and shares the departments' slides on the stage.",
  },
  'final.present': { da: 'Præsentationen', en: 'The presentation' },
  'final.overview': { da: 'Forummets overblik', en: "The forum's overview" },
  'summary.open': { da: 'Åbn opsamlingen', en: 'Open the summary' },
  'removed.title': {
    da: 'Beskeden om mødet med facilitatoren er fjernet',
    en: 'This message about the meeting with the facilitator was removed',
  },
  'removed.body': {
    da: 'Forummets personlige data er slettet efter opbevaringsperioden, også her.',
    en: "The forum's personal data was deleted after its retention period, here too.",
  },
} satisfies MessageCatalog;

export const tm = translator(meetingCardMessages);
