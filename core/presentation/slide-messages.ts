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
  'empty.withheld': summaryWords['results.withheld'],
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
  'voices.title': { da: 'Stemmer til {department}', en: 'Voices to {department}' },
  'voices.subtitle': {
    da: '{shown, plural, one {# stemme} other {# stemmer}} fra folk uden for forummet, læst og vist af afdelingens chefer',
    en: "{shown, plural, one {# voice} other {# voices}} from people outside the forum, read and shown by the department's chefs",
  },
  'voices.count': {
    da: '{count, plural, one {# stemme} other {# stemmer}}',
    en: '{count, plural, one {# voice} other {# voices}}',
  },
  'section.voiceGroups': { da: 'Efter gruppe', en: 'By group' },
  'empty.voiceGroups': { da: 'Ingen viste stemmer.', en: 'No voices shown.' },
  'section.voiceWords': { da: 'Ord der går igen', en: 'Words that recur' },
  'empty.voiceWords': {
    da: 'Intet ord går igen i de viste stemmer.',
    en: 'No word recurs in the voices shown.',
  },
  'section.voiceTexts': { da: 'Nogle af stemmerne', en: 'Some of the voices' },
  'empty.voiceTexts': {
    da: 'Afdelingen deler ikke teksterne med forummet.',
    en: 'The department does not share the texts with the forum.',
  },
  'voices.sample': { da: '{group}: »{text}«', en: '{group}: “{text}”' },
} satisfies MessageCatalog;

/** A slide's words in the reader's language. */
export const slideText = translator(slideMessages);
