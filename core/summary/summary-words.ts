import type { MessageCatalog } from '../i18n';

/**
 * The summary's own words, said the same in the tab (summary, glance, overview), the slides and
 * the Word and PowerPoint exports. A catalog that needs one re-uses the entry.
 */
export const summaryWords = {
  period: {
    da: 'Kickoff {kickoff} · Afsluttende møde {final}',
    en: 'Kickoff {kickoff} · Final meeting {final}',
  },
  participation: { da: 'Deltagelse', en: 'Participation' },
  rate: { da: '{percent} %', en: '{percent}%' },
  recap: { da: 'Opsamling fra kickoff', en: 'Recap of the kickoff' },
  assignment: { da: 'Valgt opgave', en: 'Chosen assignment' },
  facilitatorMeeting: { da: 'Møde med facilitator: {date}', en: 'Meeting with the facilitator: {date}' },
  takeaways: { da: 'Det er vi blevet klogere på', en: 'What we have learned' },
  'takeaways.none': {
    da: 'Gruppen har endnu ikke skrevet noget.',
    en: 'The group has not written anything yet.',
  },
  question: { da: 'Spørgsmål {number}: {text}', en: 'Question {number}: {text}' },
  answers: { da: 'Svar', en: 'Answers' },
  'answers.none': { da: 'Ingen svar endnu.', en: 'No answers yet.' },
  'chefs.count': {
    da: '{count, plural, one {# chef} other {# chefer}}',
    en: '{count, plural, one {# chef} other {# chefs}}',
  },
  actionPlan: { da: 'Handleplan', en: 'Action plan' },
  'actions.count': {
    da: '{count, plural, one {# handling} other {# handlinger}}',
    en: '{count, plural, one {# action} other {# actions}}',
  },
  'action.improvement': { da: 'Forbedring', en: 'Improvement' },
  'action.what': { da: 'Hvad', en: 'What' },
  'action.byWhen': { da: 'Hvornår', en: 'By when' },
  indicator: { da: 'Indikator', en: 'Indicator' },
  'indicator.value': { da: 'Værdi', en: 'Value' },
  'indicators.count': {
    da: '{count, plural, one {# indikator} other {# indikatorer}}',
    en: '{count, plural, one {# indicator} other {# indicators}}',
  },
  'indicators.none': { da: 'Ingen indikatorer endnu.', en: 'No indicators yet.' },
  'chart.count': { da: 'Antal', en: 'Count' },
  'chart.share': { da: 'Andel', en: 'Share' },
  'chart.empty': { da: 'Ingen data endnu.', en: 'No data yet.' },
  'author.anonymous': { da: 'En chef', en: 'A chef' },
  'results.withheld': {
    da: '{count, plural, one {Vises når mindst # har svaret} other {Vises når mindst # har svaret}}',
    en: '{count, plural, one {Shown once at least # person has answered} other {Shown once at least # people have answered}}',
  },
} as const satisfies MessageCatalog;
