import { translator, type MessageCatalog } from '../../../core/i18n';
import { erasureWording } from '../../../core/privacy/erasure-wording';
import { commonWords } from '../../../core/common-words';
import { summaryWords } from '../../../core/summary/summary-words';

/** Words of the exported documents (Word, PowerPoint, CSV), Danish and English. */
export const exportMessages = {
  'doc.period': summaryWords.period,
  'doc.generated': { da: 'Udtræk fra Samskab {date}', en: 'Exported from Samskab {date}' },
  'doc.overviewTitle': { da: 'Overblik over alle afdelinger', en: 'Overview of all departments' },
  appendix: { da: 'Bilag: detaljer', en: 'Appendix: details' },
  'section.participation': summaryWords.participation,
  'section.takeaways': summaryWords.takeaways,
  'section.recap': summaryWords.recap,
  'section.assignment': summaryWords.assignment,
  'section.facilitatorMeeting': summaryWords.facilitatorMeeting,
  'section.actionPlan': summaryWords.actionPlan,
  'section.indicators': {
    da: 'Indikatorer: hvordan ved vi, at vi lykkes?',
    en: 'Indicators: how do we know we succeed?',
  },
  'section.answers': summaryWords.answers,
  'section.distribution': { da: 'Fordeling', en: 'Distribution' },
  'section.question': summaryWords.question,
  'takeaways.empty': summaryWords['takeaways.none'],
  'answers.none': summaryWords['answers.none'],
  'answers.anonymous': summaryWords['author.anonymous'],
  'results.withheld': summaryWords['results.withheld'],
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
  'participation.answers': summaryWords.answers,
  'participation.rate': { da: 'Svarprocent', en: 'Response rate' },
  'col.measure': { da: 'Mål', en: 'Measure' },
  'col.value': summaryWords['indicator.value'],
  'col.department': commonWords.department,
  'col.choice': { da: 'Valg', en: 'Choice' },
  'col.count': summaryWords['chart.count'],
  'col.share': summaryWords['chart.share'],
  'col.what': summaryWords['action.what'],
  'col.who': commonWords.who,
  'col.byWhen': summaryWords['action.byWhen'],
  'col.improvement': summaryWords['action.improvement'],
  'col.author': { da: 'Skrevet af', en: 'Written by' },
  'col.indicator': summaryWords.indicator,
  'col.valueType': { da: 'Værdi (princip 2)', en: 'Value (principle 2)' },
  'col.mode': {
    da: 'Co-creation / co-production (princip 3)',
    en: 'Co-creation / co-production (principle 3)',
  },
  'col.member': commonWords['role.chef'],
  'col.email': commonWords.email,
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
  'stats.indicators': summaryWords['indicators.count'],
  'stats.rating': {
    da: 'Gennemsnit {mean} af {scale} ({count} svar)',
    en: 'Average {mean} of {scale} ({count, plural, one {# answer} other {# answers}})',
  },
  'chart.empty': summaryWords['chart.empty'],
  'chart.alt': { da: 'Søjlediagram: {title}. {values}.', en: 'Bar chart: {title}. {values}.' },
  overdue: { da: '(overskredet)', en: '(overdue)' },
  none: { da: 'Intet endnu.', en: 'Nothing yet.' },
} satisfies MessageCatalog;

export const tx = translator(exportMessages);
