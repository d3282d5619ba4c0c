import { translator, type MessageCatalog } from '../i18n';

/** Words on the slides (the tab's presentation and the PowerPoint export), Danish and English. */
export const slideMessages = {
  'title.period': {
    da: 'Kickoff {kickoff} · Afsluttende møde {final}',
    en: 'Kickoff {kickoff} · Final meeting {final}',
  },
  'title.departments': {
    da: '{count, plural, one {# afdeling} other {# afdelinger}}',
    en: '{count, plural, one {# department} other {# departments}}',
  },
  'participation.line': {
    da: '{answered} af {members, plural, one {# chef} other {# chefer}} har svaret · svarprocent {percent} %',
    en: '{answered} of {members, plural, one {# chef} other {# chefs}} answered · response rate {percent}%',
  },
  'section.takeaways': { da: 'Det er vi blevet klogere på', en: 'What we have learned' },
  'section.principles': { da: 'Vigtigste principper', en: 'Principles that matter most' },
  'section.actions': { da: 'Handleplan', en: 'Action plan' },
  'section.indicators': { da: 'Sådan ved vi, at det lykkes', en: 'How we know we succeed' },
  'empty.takeaways': { da: 'Gruppen har endnu ikke skrevet noget.', en: 'Nothing written yet.' },
  'empty.principles': { da: 'Ingen principper valgt endnu.', en: 'No principles chosen yet.' },
  'empty.actions': { da: 'Ingen handlinger endnu.', en: 'No actions yet.' },
  'empty.indicators': { da: 'Ingen indikatorer endnu.', en: 'No indicators yet.' },
  'principle.count': {
    da: '{count, plural, one {# chef} other {# chefer}}',
    en: '{count, plural, one {# chef} other {# chefs}}',
  },
  'action.detail': { da: '{who} · {date}', en: '{who} · {date}' },
  'action.overdue': { da: 'Overskredet', en: 'Overdue' },
  'action.onTrack': { da: 'I rute', en: 'On track' },
  more: { da: '+{count} mere', en: '+{count} more' },
} satisfies MessageCatalog;

/** A slide's words in the reader's language. */
export const slideText = translator(slideMessages);
