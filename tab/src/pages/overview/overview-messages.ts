import type { MessageCatalog } from '../../../../core/i18n';
import { commonWords } from '../../../../core/common-words';
import { summaryWords } from '../../../../core/summary/summary-words';
import { commonMessages } from '../../i18n/catalog-common';
import { glanceMessages } from '../../i18n/catalog-glance';
import { summaryMessages } from '../../i18n/catalog-summary';
import { voicesMessages } from '../voices/voices-messages';

/** The forum overview's comparison table. */
export const overviewMessages = {
  'overview.title': commonMessages['nav.overview'],
  'overview.present': { da: 'Start præsentation', en: 'Start presentation' },
  'overview.caption': {
    da: 'Afdelingerne side om side. Vælg en kolonneoverskrift for at sortere.',
    en: 'The departments side by side. Choose a column heading to sort.',
  },
  'overview.forumParticipation': {
    da: 'I alt: {answered} af {members, plural, one {# chef} other {# chefer}} har svaret · svarprocent {percent} %',
    en: 'In total: {answered} of {members, plural, one {# chef} other {# chefs}} answered · response rate {percent}%',
  },
  'col.department': commonWords.department,
  'col.participation': summaryWords.participation,
  'col.principles': { da: 'Valgte principper', en: 'Principles chosen' },
  'col.actions': summaryWords.actionPlan,
  'col.indicators': { da: 'Indikatorer', en: 'Indicators' },
  'col.voices': voicesMessages['voices.title'],
  'cell.participation': summaryMessages['summary.participationCount'],
  'cell.rate': summaryWords.rate,
  'cell.principle': summaryMessages['principle.label'],
  'cell.principleCount': summaryWords['chefs.count'],
  'cell.morePrinciples': {
    da: '+{count, plural, one {# princip} other {# principper}} mere',
    en: '+{count, plural, one {# more principle} other {# more principles}}',
  },
  'cell.actions': summaryWords['actions.count'],
  'cell.onTrack': glanceMessages['glance.onTrackCount'],
  'cell.overdue': glanceMessages['glance.overdueCount'],
  'cell.overdueAtLeast': { da: 'mindst {count} overskredet', en: 'at least {count} overdue' },
  'cell.indicators': summaryWords['indicators.count'],
  'cell.valueType': { da: '{label} {count}', en: '{label} {count}' },
  'cell.none': { da: 'Ingen endnu', en: 'None yet' },
  'cell.withheld': summaryWords['results.withheld'],
  'cell.voices': {
    da: '{count, plural, one {# stemme vist} other {# stemmer vist}}',
    en: '{count, plural, one {# voice shown} other {# voices shown}}',
  },
} satisfies MessageCatalog;
