import { translator, type MessageCatalog } from '../../core/i18n';
import { unstorableTextMessage } from '../../core/text/storable-text';
import { answerMessages } from '../../core/answers/messages';
import { commonWords } from '../../core/common-words';
import { summaryWords } from '../../core/summary/summary-words';
import { CHART_TITLES } from '../../core/summary/chart-series';

/** Every text the bot shows in chat and in cards, Danish first. */
export const messages = {
  'card.prompt.title': {
    da: 'Spørgsmål til jeres samskabelsesopgave',
    en: 'Questions for your co-creation assignment',
  },
  'card.reminder.title': { da: 'Påmindelse: der mangler svar', en: 'Reminder: some answers are missing' },
  'card.finalCall.title': { da: 'Sidste chance for at svare', en: 'Last chance to answer' },
  'card.daysLeft': {
    da: '{days, plural, one {# dag} other {# dage}} til mødet {date}',
    en: '{days, plural, one {# day} other {# days}} until the meeting on {date}',
  },
  'card.meetingToday': { da: 'Mødet er i dag ({date})', en: 'The meeting is today ({date})' },
  'card.forumOver': { da: 'Forløbet er afsluttet ({date})', en: 'The process has ended ({date})' },
  'card.department': { da: 'Afdeling: {name}', en: 'Department: {name}' },
  'card.question': { da: 'Spørgsmål {number}', en: 'Question {number}' },
  'card.answer': { da: 'Besvar', en: 'Answer' },
  'card.edit': commonWords.edit,
  'card.send': { da: 'Send svar', en: 'Send answer' },
  'card.saveEdit': { da: 'Gem ændring', en: 'Save change' },
  'card.answered': { da: 'Besvaret', en: 'Answered' },
  'card.answeredRevision': { da: 'Besvaret (version {revision})', en: 'Answered (revision {revision})' },
  'card.open': { da: 'Ikke besvaret endnu', en: 'Not answered yet' },
  'card.stillOpen': { da: 'Du mangler at svare på:', en: 'You have yet to answer:' },
  'card.allAnswered': {
    da: 'Tak! Du har svaret på alle spørgsmål i denne runde.',
    en: 'Thank you! You have answered every question in this round.',
  },
  'card.groupCount': { da: '{count} af {total} har svaret', en: '{count} of {total} have answered' },
  'card.groupPrivate': {
    da: 'Hver af jer svarer for sig selv. Andre kan ikke se dit svar her.',
    en: 'Each of you answers for yourself. Others cannot see your answer here.',
  },
  'card.groupShared': { da: 'Svarene deles med gruppen.', en: 'Answers are shared with the group.' },
  'card.othersAnswers': { da: 'Gruppens svar', en: "The group's answers" },
  'card.anonymousAuthor': summaryWords['author.anonymous'],
  'card.resultsWithheld': summaryWords['results.withheld'],
  'card.recap': { da: 'Jeres opsamling fra mødet', en: 'Your recap from the meeting' },
  'card.summaryLink': { da: 'Se afdelingens opsamling', en: "See the department's summary" },
  'card.principles': { da: 'De syv principper', en: 'The seven principles' },
  'card.help': { da: 'Hjælp til spørgsmålet', en: 'Help with the question' },
  'card.required': { da: 'Skriv et svar.', en: 'Please write an answer.' },
  'card.tooLong': answerMessages['error.tooLong'],
  'card.choose': { da: 'Vælg en mulighed.', en: 'Please choose an option.' },
  'card.date': { da: 'Vælg en dato.', en: 'Please choose a date.' },

  'field.text': commonWords['your.answer'],
  'field.principles': {
    da: 'Hvilke principper betyder mest? (højst {max})',
    en: 'Which principles matter most? (at most {max})',
  },
  'field.improvement': { da: 'Forbedring {n}', en: 'Improvement {n}' },
  'field.action': { da: 'Handling {n}: hvad', en: 'Action {n}: what' },
  'field.who': commonWords.who,
  'field.when': { da: 'Senest', en: 'By when' },
  'field.style': { da: 'Din ledelse her er mest', en: 'Your leadership here is mostly' },
  'field.knows': {
    da: 'Ved du, hvad resten af organisationen gør?',
    en: 'Do you know what the rest of the organisation does?',
  },
  'field.rating': { da: 'Din vurdering', en: 'Your rating' },
  'field.indicator': { da: 'Indikator {n}', en: 'Indicator {n}' },
  'field.valueType': summaryWords['indicator.value'],
  'field.mode': CHART_TITLES.modes,

  'welcome.title': commonWords.welcome,
  'welcome.hello': { da: 'Hej {name}!', en: 'Hello {name}!' },
  'welcome.what': {
    da: 'Jeg hjælper jer med at føre dialogen fra forummets møde videre til næste møde. Jeg sender jer spørgsmålene lidt ad gangen, og I svarer direkte her i chatten.',
    en: "I help you carry the forum's dialogue from one meeting to the next. I send you the questions a few at a time, and you answer right here in the chat.",
  },
  'welcome.kickoff': { da: 'Første møde', en: 'First meeting' },
  'welcome.final': { da: 'Næste møde', en: 'Next meeting' },
  'welcome.how': { da: 'Sådan virker det', en: 'How it works' },
  'welcome.how1': {
    da: 'Du får et kort med et eller flere spørgsmål.',
    en: 'You get a card with one or more questions.',
  },
  'welcome.how2': {
    da: 'Du svarer i kortet og kan altid rette dit svar.',
    en: 'You answer in the card and can always edit your answer.',
  },
  'welcome.how3': {
    da: 'Afdelingens svar samles i en fælles opsamling til mødet.',
    en: "Your department's answers are gathered into a shared summary for the meeting.",
  },
  'welcome.how4': { da: 'Skriv "hjælp" for at se, hvad jeg kan.', en: 'Type "help" to see what I can do.' },
  'welcome.unknownUser': {
    da: 'Jeg kan ikke finde dig blandt forummets deltagere endnu. Kontakt forummets sekretariat, så bliver du tilføjet.',
    en: "I can't find you among the forum's participants yet. Please contact the forum's secretariat to be added.",
  },
  'welcome.group': {
    da: 'Hej alle! Jeg er Samskab. Jeg kan sende spørgsmål her, som hver af jer besvarer for sig selv.',
    en: 'Hello everyone! I am Samskab. I can post questions here that each of you answers for yourself.',
  },

  unknownUser: {
    da: 'Jeg kender dig ikke som deltager i et forum. Kontakt forummets sekretariat, hvis du skal være med.',
    en: "I don't know you as a participant in a forum. Please contact the forum's secretariat if you should be part of it.",
  },
  organizerOnly: { da: 'Det kan kun forummets arrangører.', en: 'Only the forum organizers can do that.' },
  unknownCommand: {
    da: 'Det forstod jeg ikke. Skriv "hjælp" for at se, hvad jeg kan, eller "spørgsmål" for at svare nu.',
    en: 'I did not understand that. Type "help" to see what I can do, or "questions" to answer now.',
  },
  'help.title': { da: 'Det kan jeg', en: 'What I can do' },
  'help.organizer': { da: 'For arrangører', en: 'For organizers' },

  'status.title': { da: 'Din status', en: 'Your status' },
  'status.answered': { da: 'Besvaret: {count} af {total}', en: 'Answered: {count} of {total}' },
  'status.open': { da: 'Mangler: {list}', en: 'Open: {list}' },
  'status.none': {
    da: 'Du har svaret på alle spørgsmål. Tak!',
    en: 'You have answered every question. Thank you!',
  },
  'status.daysLeft': {
    da: '{days, plural, one {# dag} other {# dage}} til mødet {date}.',
    en: '{days, plural, one {# day} other {# days}} until the meeting on {date}.',
  },
  'status.paused': {
    da: 'Påmindelser er sat på pause til og med {date}.',
    en: 'Reminders are paused until {date} inclusive.',
  },

  'pause.usage': { da: 'Skriv fx "pause 2019-10-20".', en: 'Type for example "pause 2019-10-20".' },
  'pause.invalid': {
    da: '"{value}" er ikke en gyldig dato. Brug formen ÅÅÅÅ-MM-DD, fx 2019-10-20.',
    en: '"{value}" is not a valid date. Use the form YYYY-MM-DD, e.g. 2019-10-20.',
  },
  'pause.past': { da: 'Datoen {date} er allerede passeret.', en: 'The date {date} has already passed.' },
  'pause.done': {
    da: 'Jeg sender ingen påmindelser til og med {date}. Skriv "genoptag" for at få dem igen.',
    en: 'I will send no reminders until {date} inclusive. Type "resume" to get them again.',
  },
  'resume.done': { da: 'Påmindelserne er genoptaget.', en: 'Reminders are resumed.' },
  'resume.notPaused': { da: 'Dine påmindelser er ikke på pause.', en: 'Your reminders are not paused.' },

  'summary.text': { da: 'Afdelingens opsamling: {url}', en: "The department's summary: {url}" },
  'summary.teams': { da: 'Åbn i Teams: {url}', en: 'Open in Teams: {url}' },
  'summary.noDepartment': {
    da: 'Du er ikke knyttet til en afdeling endnu.',
    en: 'You are not linked to a department yet.',
  },

  'link.usage': {
    da: 'Skriv "tilknyt <afdeling>", fx "tilknyt {example}".',
    en: 'Type "link <department>", e.g. "link {example}".',
  },
  'link.notFound': {
    da: 'Jeg kender ingen afdeling, der hedder "{name}".',
    en: 'I know no department called "{name}".',
  },
  'link.ambiguous': {
    da: '"{name}" passer på flere afdelinger: {list}.',
    en: '"{name}" matches several departments: {list}.',
  },
  'link.meeting': {
    da: 'En mødechat knyttes ikke til en afdeling; her kommer kun rækkefølgen for det afsluttende møde.',
    en: "A meeting's chat is not linked to a department; only the final meeting's running order is posted here.",
  },
  'link.personal': {
    da: 'Kun en gruppechat eller kanal kan knyttes til en afdeling.',
    en: 'Only a group chat or channel can be linked to a department.',
  },
  'link.done': { da: 'Denne chat er nu knyttet til {name}.', en: 'This chat is now linked to {name}.' },
  'link.ask': {
    da: 'Hvilken afdeling hører denne chat til?',
    en: 'Which department does this chat belong to?',
  },
  'link.choose': { da: 'Knyt til afdeling', en: 'Link to department' },

  'sync.notLinked': {
    da: 'Knyt først chatten til en afdeling med "tilknyt <afdeling>".',
    en: 'First link the chat to a department with "link <department>".',
  },
  'sync.done': {
    da: 'Synkroniseret: {added} tilføjet til {name}, {known} var der allerede, {unknown, plural, one {# er ikke deltager} other {# er ikke deltagere}} i forummet.',
    en: 'Synced: {added} added to {name}, {known, plural, one {# was} other {# were}} already there, {unknown, plural, one {# is not a forum participant} other {# are not forum participants}}.',
  },

  'send.usage': {
    da: 'Skriv "send <spørgsmålsnumre>", fx "send 1 2".',
    en: 'Type "send <question numbers>", e.g. "send 1 2".',
  },
  'send.done': {
    da: 'Runden med spørgsmål {list} sendes nu til {target}.',
    en: 'The round with questions {list} is being sent now to {target}.',
  },
  'send.unknownQuestion': {
    da: 'Spørgsmål {value} findes ikke. Vælg mellem 1 og {max}.',
    en: 'Question {value} does not exist. Choose between 1 and {max}.',
  },
  'send.everyone': { da: 'alle afdelinger', en: 'every department' },
  'deliveries.round': {
    da: '{date} {kind}: {sent} sendt, {pending} venter, {failed} fejlet, {unreachable} kan ikke nås',
    en: '{date} {kind}: {sent} sent, {pending} waiting, {failed} failed, {unreachable} unreachable',
  },
  'deliveries.problem': {
    da: '{name} ({state}): {advice}',
    en: '{name} ({state}): {advice}',
  },
  'delivery.failed': { da: 'fejlet', en: 'failed' },
  'delivery.unreachable': { da: 'kan ikke nås', en: 'unreachable' },
  'kind.prompt': { da: 'spørgsmål', en: 'prompt' },
  'kind.reminder': { da: 'påmindelse', en: 'reminder' },
  'kind.finalCall': { da: 'sidste kald', en: 'final call' },
  'deliveries.title': { da: 'Leveringer', en: 'Deliveries' },
  'deliveries.none': { da: 'Ingen leveringer endnu.', en: 'No deliveries yet.' },
  'deliveries.unreachable': { da: 'Kan ikke nås: {list}', en: 'Cannot be reached: {list}' },
  notAvailable: {
    da: 'Det er ikke muligt på denne server endnu.',
    en: 'That is not available on this server yet.',
  },

  'group.sentPrivately': {
    da: '{name}: Jeg har sendt dig dit eget kort i vores 1:1-chat.',
    en: '{name}: I have sent you your own card in our 1:1 chat.',
  },
  'group.usePersonal': {
    da: '{name}: Dit eget kort kan ikke vises her, for alle i chatten ville se det. Skriv "spørgsmål" til mig i en 1:1-chat, eller brug en nyere Teams-klient.',
    en: '{name}: Your own card cannot be shown here, as everyone in the chat would see it. Write "questions" to me in a 1:1 chat, or use a newer Teams client.',
  },
  'group.someone': { da: 'Hej', en: 'Hi' },
  'privacy.personalOnly': {
    da: 'Dine data vises kun i din 1:1-chat med mig. Skriv "mine data" eller "slet mine data" dér.',
    en: 'Your data is only shown in your 1:1 chat with me. Write "my data" or "delete my data" there.',
  },
  'input.unstorable': unstorableTextMessage,
  'invoke.badRequest': {
    da: 'Kortets handling kunne ikke læses.',
    en: 'The card action could not be read.',
  },
  'card.closed': {
    da: 'Forløbet er slut ({date}), så der kan ikke længere svares. Tak for jeres bidrag.',
    en: 'The process has ended ({date}), so answers can no longer be given. Thank you for your contributions.',
  },
  'card.erased': { da: 'Svaret er slettet', en: 'This answer was deleted' },
  'card.erasedAgain': {
    da: 'Du kan svare igen: skriv "spørgsmål".',
    en: 'You can answer again: write "questions".',
  },
  'card.closedNoAnswer': {
    da: 'Du svarede ikke på dette spørgsmål.',
    en: 'You did not answer this question.',
  },

  'answer.saved': { da: 'Tak, dit svar er gemt.', en: 'Thank you, your answer is saved.' },
  'answer.unchanged': { da: 'Dit svar er allerede gemt.', en: 'Your answer is already saved.' },
  'answer.invalid': {
    da: 'Svaret kunne ikke gemmes: {reason}',
    en: 'The answer could not be saved: {reason}',
  },
  'answer.unknownQuestion': {
    da: 'Det spørgsmål findes ikke længere.',
    en: 'That question no longer exists.',
  },
  'answer.forumOver': {
    da: 'Forløbet er slut, så der kan ikke længere svares.',
    en: 'The process has ended, so answers can no longer be given.',
  },
  'answer.stale': {
    da: 'Dit svar er blevet ændret et andet sted siden dette kort blev sendt. Her er det nyeste.',
    en: 'Your answer was changed elsewhere after this card was sent. Here is the latest.',
  },
  'answer.notMember': {
    da: 'Du er ikke deltager i dette forum.',
    en: 'You are not a participant in this forum.',
  },
  'answer.noDepartment': {
    da: 'Du er ikke knyttet til en afdeling, så dit svar kan ikke gemmes.',
    en: 'You are not linked to a department, so your answer cannot be saved.',
  },
  'answer.badCard': {
    da: 'Kortet kunne ikke læses. Skriv "spørgsmål" for at få et nyt.',
    en: 'The card could not be read. Type "questions" to get a new one.',
  },
  'answer.missing': { da: 'Feltet "{field}" mangler.', en: 'The field "{field}" is missing.' },
  'answer.tooLong': {
    da: 'Feltet "{field}" er for langt (højst {max} tegn).',
    en: 'The field "{field}" is too long (at most {max} characters).',
  },
  'answer.badChoice': {
    da: 'Feltet "{field}" har et ugyldigt valg.',
    en: 'The field "{field}" has an invalid choice.',
  },
  'answer.tooMany': { da: 'Vælg højst {max} i "{field}".', en: 'Choose at most {max} in "{field}".' },
  'answer.badDate': { da: 'Feltet "{field}" skal være en dato.', en: 'The field "{field}" must be a date.' },
  'questions.none': { da: 'Du har ingen åbne spørgsmål. Tak!', en: 'You have no open questions. Thank you!' },
  'error.generic': {
    da: 'Beklager, noget gik galt. Prøv igen om lidt.',
    en: 'Sorry, something went wrong. Please try again shortly.',
  },
  devMode: { da: 'lokal udviklingstilstand', en: 'local development mode' },
} as const satisfies MessageCatalog;

export const t = translator(messages);
export type MessageKey = keyof typeof messages;
