import type { MessageCatalog } from '../../../../core/i18n';

/** The presentation's controls and announcements (the slides' own words are in core/presentation). */
export const presentMessages = {
  'present.title': { da: 'Præsentation: {forum}', en: 'Presentation: {forum}' },
  'present.slide': { da: 'Dias {index} af {count}', en: 'Slide {index} of {count}' },
  'present.announce': { da: 'Dias {index} af {count}: {title}', en: 'Slide {index} of {count}: {title}' },
  'present.slideLabel': { da: 'Dias', en: 'Slide' },
  'present.controls': { da: 'Styring af præsentationen', en: 'Presentation controls' },
  'present.previous': { da: 'Forrige', en: 'Previous' },
  'present.next': { da: 'Næste', en: 'Next' },
  'present.fullscreen': { da: 'Fuld skærm', en: 'Full screen' },
  'present.exitFullscreen': { da: 'Afslut fuld skærm', en: 'Exit full screen' },
  'present.close': { da: 'Luk præsentationen', en: 'Close the presentation' },
  'present.keys': {
    da: 'Skift dias med piletasterne, Page Up og Page Down, mellemrum, Home og End.',
    en: 'Change slides with the arrow keys, Page Up and Page Down, Space, Home and End.',
  },
} satisfies MessageCatalog;
