import { translator, type MessageCatalog } from '../i18n';
import { answerMessages } from '../answers/messages';
import { commonWords } from '../common-words';
import { actionPlanWords } from '../summary/department-glance';
import { summaryWords } from '../summary/summary-words';

/** Words on the slides (the tab's presentation and the PowerPoint export), Danish and English. */
export const slideMessages = {
  'title.period': summaryWords.period,
  'title.departments': {
    da: '{count, plural, one {# afdeling} other {# afdelinger}}',
    en: '{count, plural, one {# department} other {# departments}}',
  },
  'participation.line': {
    da: '{answered} af {members, plural, one {# chef} other {# chefer}} har svaret · svarprocent {percent} %',
    en: '{answered} of {members, plural, one {# chef} other {# chefs}} answered · response rate {percent}%',
  },
  'section.takeaways': summaryWords.takeaways,
  'section.principles': answerMessages['text.principles'],
  'section.actions': summaryWords.actionPlan,
  'section.indicators': { da: 'Sådan ved vi, at det lykkes', en: 'How we know we succeed' },
  'empty.takeaways': summaryWords['takeaways.none'],
  'empty.principles': { da: 'Ingen principper valgt endnu.', en: 'No principles chosen yet.' },
  'empty.actions': commonWords['actions.none'],
  'empty.indicators': summaryWords['indicators.none'],
  'principle.count': summaryWords['chefs.count'],
  'action.detail': { da: '{who} · {date}', en: '{who} · {date}' },
  'action.overdue': actionPlanWords.overdue,
  'action.onTrack': actionPlanWords.onTrack,
  more: { da: '+{count} mere', en: '+{count} more' },
  'closing.title': { da: 'Det har vi lært på tværs', en: 'What we learned across the forum' },
  'section.participation': summaryWords.participation,
  'empty.participation': { da: 'Ingen afdelinger endnu.', en: 'No departments yet.' },
  'closing.rate': summaryWords.rate,
  'closing.actions.count': summaryWords['actions.count'],
  'closing.indicators.count': summaryWords['indicators.count'],
} satisfies MessageCatalog;

/** A slide's words in the reader's language. */
export const slideText = translator(slideMessages);
