import type { MessageCatalog } from '../../../../core/i18n';

/** The terms of use page (#/terms, the manifest's termsOfUseUrl). */
export const termsMessages = {
  'terms.title': { da: 'Vilkår for brug af Samskab', en: 'Terms of use for Samskab' },
  'terms.lead': {
    da: 'Samskab stilles til rådighed af den organisation, der har taget appen i brug, til arbejdet i et ledelsesforum. Ved at bruge appen accepterer du disse vilkår.',
    en: 'Samskab is provided by the organization that deployed it, for the work of a leadership forum. By using the app you accept these terms.',
  },
  'purpose.title': { da: 'Formål', en: 'Purpose' },
  'purpose.body': {
    da: 'Appen sender forummets spørgsmål til afdelingernes ledergrupper, samler svarene og viser en fælles opsamling til forummets møder. Den må kun bruges til det formål.',
    en: "The app sends the forum's questions to the departments' leadership groups, gathers the answers and shows a shared summary for the forum's meetings. It may only be used for that purpose.",
  },
  'use.title': { da: 'Din brug', en: 'Your use' },
  'use.own': {
    da: 'Svar i din egen rolle og med dine egne refleksioner.',
    en: 'Answer in your own role and with your own reflections.',
  },
  'use.others': {
    da: 'Skriv ikke personoplysninger om andre (fx borgere eller medarbejdere) i dine svar eller i afdelingens opsamling.',
    en: "Do not write personal data about others (e.g. citizens or employees) in your answers or in the department's takeaways.",
  },
  'use.confidential': {
    da: 'Behandl andres svar fortroligt, og del ikke eksporter uden for forummet.',
    en: "Treat others' answers as confidential and do not share exports outside the forum.",
  },
  'content.title': { da: 'Indhold og synlighed', en: 'Content and visibility' },
  'content.body': {
    da: 'Dine svar kan ses af afdelingens chefer og facilitator og af forummets sekretariat, og af hele forummet, hvis sekretariatet slår deling til. Du kan rette og slette dine svar, så længe forummet kører.',
    en: "Your answers can be seen by your department's chefs and facilitator and by the forum's secretariat, and by the whole forum if the secretariat turns on sharing. You can edit and delete your answers while the forum runs.",
  },
  'service.title': { da: 'Drift', en: 'Service' },
  'service.body': {
    da: 'Appen drives af organisationen uden garanti for oppetid. Data slettes automatisk efter forummets opbevaringsperiode; se privatlivspolitikken.',
    en: "The organization runs the app without a guarantee of availability. Data is deleted automatically after the forum's retention period; see the privacy notice.",
  },
  'contact.title': { da: 'Kontakt', en: 'Contact' },
  'contact.body': {
    da: 'Spørgsmål om appen og vilkårene: forummets sekretariat eller den dataansvarlige nævnt i privatlivspolitikken.',
    en: "Questions about the app and these terms: the forum's secretariat or the data controller named in the privacy notice.",
  },
} satisfies MessageCatalog;
