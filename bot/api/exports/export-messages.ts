import { translator, type MessageCatalog } from '../../../core/i18n';
import { erasureWording } from '../../../core/privacy/erasure-wording';

/** Words of the exported documents (Word, PowerPoint, CSV), Danish and English. */
export const exportMessages = {
  'doc.period': {
    da: 'Kickoff {kickoff} · Afsluttende møde {final}',
    en: 'Kickoff {kickoff} · Final meeting {final}',
  },
  'doc.generated': { da: 'Udtræk fra Samskab {date}', en: 'Exported from Samskab {date}' },
  'doc.overviewTitle': { da: 'Overblik over alle afdelinger', en: 'Overview of all departments' },
  appendix: { da: 'Bilag: detaljer', en: 'Appendix: details' },
  'section.participation': { da: 'Deltagelse', en: 'Participation' },
  'section.takeaways': { da: 'Det er vi blevet klogere på', en: 'What we have become wiser about' },
  'section.recap': { da: 'Opsamling fra kickoff', en: 'Recap of the kickoff' },
  'section.assignment': { da: 'Valgt opgave', en: 'Chosen assignment' },
  'section.facilitatorMeeting': {
    da: 'Møde med facilitator: {date}',
    en: 'Meeting with the facilitator: {date}',
  },
  'section.actionPlan': { da: 'Handleplan', en: 'Action plan' },
  'section.indicators': {
    da: 'Indikatorer: hvordan ved vi, at vi lykkes?',
    en: 'Indicators: how do we know we succeed?',
  },
  'section.answers': { da: 'Svar', en: 'Answers' },
  'section.distribution': { da: 'Fordeling', en: 'Distribution' },
  'section.question': { da: 'Spørgsmål {number}: {text}', en: 'Question {number}: {text}' },
  'takeaways.empty': {
    da: 'Gruppen har endnu ikke skrevet noget.',
    en: 'The group has not written anything yet.',
  },
  'answers.none': { da: 'Ingen svar endnu.', en: 'No answers yet.' },
  'answers.more': {
    da: '… og {count} svar mere (alle svar står i Samskab-fanen i Teams og i CSV-udtrækket).',
    en: '… and {count, plural, one {# more answer} other {# more answers}} (every answer is in the Samskab tab in Teams and in the CSV export).',
  },
  'answers.excerpt': {
    da: 'Her vises de {shown} nyeste af {total} svar. Alle svar står i Samskab-fanen i Teams og i CSV-udtrækket.',
    en: 'These are the {shown} newest of {total, plural, one {# answer} other {# answers}}. Every answer is in the Samskab tab in Teams and in the CSV export.',
  },
  'answers.formerMember': { da: '(tidligere medlem)', en: '(former member)' },
  'participation.line': {
    da: '{answered} af {members, plural, one {# chef} other {# chefer}} har svaret',
    en: '{answered} of {members, plural, one {# chef} other {# chefs}} answered',
  },
  'participation.erased': erasureWording.summaryNote,
  'participation.respondents': { da: 'Chefer, der har svaret', en: 'Chefs who answered' },
  'participation.completed': { da: 'Chefer, der har svaret på alt', en: 'Chefs who answered everything' },
  'participation.answers': { da: 'Svar', en: 'Answers' },
  'participation.rate': { da: 'Svarprocent', en: 'Response rate' },
  'col.measure': { da: 'Mål', en: 'Measure' },
  'col.value': { da: 'Værdi', en: 'Value' },
  'col.department': { da: 'Afdeling', en: 'Department' },
  'col.choice': { da: 'Valg', en: 'Choice' },
  'col.count': { da: 'Antal', en: 'Count' },
  'col.share': { da: 'Andel', en: 'Share' },
  'col.what': { da: 'Hvad', en: 'What' },
  'col.who': { da: 'Hvem', en: 'Who' },
  'col.byWhen': { da: 'Hvornår', en: 'By when' },
  'col.improvement': { da: 'Forbedring', en: 'Improvement' },
  'col.author': { da: 'Skrevet af', en: 'Written by' },
  'col.indicator': { da: 'Indikator', en: 'Indicator' },
  'col.valueType': { da: 'Værdi (princip 2)', en: 'Value (principle 2)' },
  'col.mode': {
    da: 'Co-creation / co-production (princip 3)',
    en: 'Co-creation / co-production (principle 3)',
  },
  'col.member': { da: 'Chef', en: 'Chef' },
  'col.email': { da: 'E-mail', en: 'E-mail' },
  'col.questionNumber': { da: 'Spørgsmål nr.', en: 'Question no.' },
  'col.question': { da: 'Spørgsmål', en: 'Question' },
  'col.answer': { da: 'Svar', en: 'Answer' },
  'col.principles': { da: 'Principper', en: 'Principles' },
  'col.rating': { da: 'Vurdering', en: 'Rating' },
  'col.revision': { da: 'Version', en: 'Revision' },
  'col.updatedAt': { da: 'Senest ændret (UTC)', en: 'Last changed (UTC)' },
  'stats.improvements': {
    da: '{improvements, plural, one {# forbedring} other {# forbedringer}} med {actions, plural, one {# handling} other {# handlinger}}',
    en: '{improvements, plural, one {# improvement} other {# improvements}} with {actions, plural, one {# action} other {# actions}}',
  },
  'stats.indicators': {
    da: '{count, plural, one {# indikator} other {# indikatorer}}',
    en: '{count, plural, one {# indicator} other {# indicators}}',
  },
  'stats.rating': {
    da: 'Gennemsnit {mean} af {scale} ({count} svar)',
    en: 'Average {mean} of {scale} ({count, plural, one {# answer} other {# answers}})',
  },
  'chart.empty': { da: 'Ingen data endnu.', en: 'No data yet.' },
  'chart.alt': { da: 'Søjlediagram: {title}. {values}.', en: 'Bar chart: {title}. {values}.' },
  overdue: { da: '(overskredet)', en: '(overdue)' },
  none: { da: 'Intet endnu.', en: 'Nothing yet.' },
} satisfies MessageCatalog;

export const tx = translator(exportMessages);
