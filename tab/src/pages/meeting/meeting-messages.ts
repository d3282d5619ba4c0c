import type { MessageCatalog } from '../../../../core/i18n';

/** The final meeting's side panel. */
export const meetingMessages = {
  'meeting.title': { da: 'Det afsluttende møde', en: 'The final meeting' },
  'meeting.intro': {
    da: 'Vælg, hvad mødeskærmen viser. Alle i mødet ser diaset; tryk på den næste afdeling, når det er dens tur.',
    en: 'Choose what the meeting stage shows. Everyone in the meeting sees the slide; press the next department when it is its turn.',
  },
  'meeting.order': { da: 'Rækkefølge', en: 'Running order' },
  'meeting.share': { da: 'Vis på mødeskærmen', en: 'Show on the meeting stage' },
  'meeting.shareItem': { da: 'Vis {title} på mødeskærmen', en: 'Show {title} on the meeting stage' },
  'meeting.shared': { da: 'Mødeskærmen viser nu: {title}', en: 'The meeting stage now shows: {title}' },
  'meeting.failed': {
    da: 'Diaset kunne ikke vises på mødeskærmen ({reason}). Prøv igen, eller brug præsentationen.',
    en: 'The slide could not be shown on the meeting stage ({reason}). Try again, or use the presentation.',
  },
  'meeting.outside': {
    da: 'Deling til mødeskærmen virker i et Teams-møde (fanen i mødets sidepanel). Her kan du bruge præsentationen.',
    en: "Sharing to the meeting stage works in a Teams meeting (the tab in the meeting's side panel). Here you can use the presentation.",
  },
  'meeting.present': { da: 'Åbn præsentationen', en: 'Open the presentation' },
  'meeting.readOnly': {
    da: 'Kun forummets arrangører viser diasene på mødeskærmen. Her kan du følge rækkefølgen.',
    en: "Only the forum's organizers show the slides on the meeting stage. Here you can follow the running order.",
  },
  'meeting.showing': { da: 'På skærmen', en: 'On the stage' },
} satisfies MessageCatalog;
