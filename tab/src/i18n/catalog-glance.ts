import type { MessageCatalog } from '../../../core/i18n';
import { CHART_TITLES } from '../../../core/summary/chart-series';
import { summaryWords } from '../../../core/summary/summary-words';

/** Strings of the department summary's header band, its details and its charts. */
export const glanceMessages = {
  'glance.label': { da: 'Overblik', en: 'At a glance' },
  'glance.participation': summaryWords.participation,
  'glance.respondents': {
    da: '{respondents} af {members, plural, one {# chef} other {# chefer}} har svaret',
    en: '{respondents} of {members, plural, one {# chef has} other {# chefs have}} answered',
  },
  'glance.completed': {
    da: '{completed, plural, one {# har} other {# har}} svaret på alle spørgsmål',
    en: '{completed, plural, one {# has} other {# have}} answered every question',
  },
  'glance.noMembers': {
    da: 'Afdelingen har ingen chefer endnu. Bed forummets sekretariat om at tilføje jer under Administration.',
    en: 'The department has no chefs yet. Ask the forum secretariat to add you under Administration.',
  },
  'glance.nobodyYet': {
    da: 'Ingen har svaret endnu. Svar på spørgsmålene i chatten med Samskab, så fylder opsamlingen sig op her.',
    en: 'Nobody has answered yet. Answer the questions in the chat with Samskab and the summary fills up here.',
  },
  'glance.perQuestion': { da: 'Svar pr. spørgsmål', en: 'Answers per question' },
  'glance.questionShort': { da: 'Spm. {number}', en: 'Q{number}' },
  'glance.questionCount': { da: '{answered} af {members}', en: '{answered} of {members}' },
  'glance.questionLabel': {
    da: 'Spørgsmål {number}: {answered} af {members} har svaret',
    en: 'Question {number}: {answered} of {members} have answered',
  },
  'glance.actions': summaryWords.actionPlan,
  'glance.actionsCount': {
    da: '{total, plural, one {# handling} other {# handlinger}}',
    en: '{total, plural, one {# action} other {# actions}}',
  },
  'glance.onTrackCount': { da: '{count} i rute', en: '{count} on track' },
  'glance.overdueCount': { da: '{count} overskredet', en: '{count} overdue' },
  'glance.nextDeadline': { da: 'Næste frist: {date}', en: 'Next deadline: {date}' },
  'glance.actionsEmpty': {
    da: 'Ingen handlinger endnu. Skriv hvad, hvem og hvornår, når du svarer på spørgsmålet om forbedringer.',
    en: 'No actions yet. Add what, who and by when when you answer the question about improvements.',
  },
  'glance.indicators': CHART_TITLES.values,
  'glance.indicatorsCount': summaryWords['indicators.count'],
  'glance.indicatorsEmpty': {
    da: 'Ingen indikatorer endnu. Foreslå en, når du svarer på spørgsmålet om, hvordan I ved, at det lykkes.',
    en: 'No indicators yet. Suggest one when you answer the question about how you know you succeed.',
  },
  'glance.takeawaysEmpty': {
    da: 'Gruppen har ikke skrevet sine pointer endnu.',
    en: 'The group has not written its takeaways yet.',
  },
  'glance.takeawaysPlaceholder': {
    da: 'Skriv gruppens vigtigste pointer fra dialogen – alle i afdelingen kan rette i teksten.',
    en: 'Write the group’s main takeaways from the dialogue – everyone in the department can edit the text.',
  },
  'details.title': { da: 'Detaljer', en: 'Details' },
  'details.hint': {
    da: 'Åbn et punkt for at læse svarene og se fordelingerne.',
    en: 'Open an item to read the answers and see the distributions.',
  },
  'details.answerCount': {
    da: '{count, plural, one {# svar} other {# svar}}',
    en: '{count, plural, one {# answer} other {# answers}}',
  },
  'details.recap': { da: 'Opsamling fra kickoff-mødet', en: 'Recap of the kickoff meeting' },
  'details.noAnswers': {
    da: 'Ingen svar endnu. Svar i kortet fra Samskab i chatten – svaret står her med det samme.',
    en: 'No answers yet. Answer in the card from Samskab in the chat – the answer shows here at once.',
  },
  'chart.showTable': { da: 'Vis som tabel', en: 'Show as table' },
  'chart.loading': { da: 'Henter diagrammet …', en: 'Loading the chart …' },
  'chart.tableCaption': { da: '{title} (tabel)', en: '{title} (table)' },
} satisfies MessageCatalog;
