import type { MessageCatalog } from './i18n';

/**
 * Words every part of Samskab says the same way (roles, people's details, buttons), in the bot,
 * the tab and the exports. A catalog that needs one re-uses the entry.
 */
export const commonWords = {
  welcome: { da: 'Velkommen til Samskab', en: 'Welcome to Samskab' },
  'role.chef': { da: 'Chef', en: 'Chef' },
  'role.facilitator': { da: 'Facilitator', en: 'Facilitator' },
  'role.organizer': { da: 'Arrangør', en: 'Organizer' },
  name: { da: 'Navn', en: 'Name' },
  email: { da: 'E-mail', en: 'E-mail' },
  role: { da: 'Rolle', en: 'Role' },
  department: { da: 'Afdeling', en: 'Department' },
  departments: { da: 'Afdelinger', en: 'Departments' },
  language: { da: 'Sprog', en: 'Language' },
  who: { da: 'Hvem', en: 'Who' },
  date: { da: 'Dato', en: 'Date' },
  facilitatorMeeting: { da: 'Mødet med facilitatoren', en: 'The meeting with the facilitator' },
  'actions.none': { da: 'Ingen handlinger endnu.', en: 'No actions yet.' },
  yes: { da: 'Ja', en: 'Yes' },
  no: { da: 'Nej', en: 'No' },
  save: { da: 'Gem', en: 'Save' },
  edit: { da: 'Redigér', en: 'Edit' },
  cancel: { da: 'Annullér', en: 'Cancel' },
  'your.answer': { da: 'Dit svar', en: 'Your answer' },
} as const satisfies MessageCatalog;
