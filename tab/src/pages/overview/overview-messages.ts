import type { MessageCatalog } from '../../../../core/i18n';

/** The forum overview's comparison table. */
export const overviewMessages = {
  'overview.title': { da: 'Forumoverblik', en: 'Forum overview' },
  'overview.present': { da: 'Start præsentation', en: 'Start presentation' },
  'overview.caption': {
    da: 'Afdelingerne side om side. Vælg en kolonneoverskrift for at sortere.',
    en: 'The departments side by side. Choose a column heading to sort.',
  },
  'overview.forumParticipation': {
    da: 'I alt: {answered} af {members, plural, one {# chef} other {# chefer}} har svaret · svarprocent {percent} %',
    en: 'In total: {answered} of {members, plural, one {# chef} other {# chefs}} answered · response rate {percent}%',
  },
  'col.department': { da: 'Afdeling', en: 'Department' },
  'col.participation': { da: 'Deltagelse', en: 'Participation' },
  'col.principles': { da: 'Valgte principper', en: 'Principles chosen' },
  'col.actions': { da: 'Handleplan', en: 'Action plan' },
  'col.indicators': { da: 'Indikatorer', en: 'Indicators' },
  'cell.participation': {
    da: '{answered} af {members} har svaret',
    en: '{answered} of {members} have answered',
  },
  'cell.rate': { da: '{percent} %', en: '{percent}%' },
  'cell.principle': { da: '{number}. {title}', en: '{number}. {title}' },
  'cell.principleCount': {
    da: '{count, plural, one {# chef} other {# chefer}}',
    en: '{count, plural, one {# chef} other {# chefs}}',
  },
  'cell.morePrinciples': {
    da: '+{count, plural, one {# princip} other {# principper}} mere',
    en: '+{count, plural, one {# more principle} other {# more principles}}',
  },
  'cell.actions': {
    da: '{count, plural, one {# handling} other {# handlinger}}',
    en: '{count, plural, one {# action} other {# actions}}',
  },
  'cell.onTrack': { da: '{count} i rute', en: '{count} on track' },
  'cell.overdue': { da: '{count} overskredet', en: '{count} overdue' },
  'cell.overdueAtLeast': { da: 'mindst {count} overskredet', en: 'at least {count} overdue' },
  'cell.indicators': {
    da: '{count, plural, one {# indikator} other {# indikatorer}}',
    en: '{count, plural, one {# indicator} other {# indicators}}',
  },
  'cell.valueType': { da: '{label} {count}', en: '{label} {count}' },
  'cell.none': { da: 'Ingen endnu', en: 'None yet' },
} satisfies MessageCatalog;
