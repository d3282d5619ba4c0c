import type { Localized } from '../model';

/** CFIA's seven principles of co-creation, as worded in the 2019 source (titles verbatim). */
export interface PrincipleContent {
  number: number;
  title: Localized;
  body: Localized;
  subPoints: Localized[];
}

export const EXAMPLE_PRINCIPLES: readonly PrincipleContent[] = [
  {
    number: 1,
    title: {
      da: 'Det er dyrt at involvere og samskabe med eksterne aktører, så skab værdi når vi gør det',
      en: 'Involving and co-creating with external actors is costly, so create value when we do it',
    },
    body: {
      da: 'Samskabelse koster tid og ressourcer – også for borgere og partnere. Gør det, hvor det skaber værdi.',
      en: 'Co-creation costs time and resources – for citizens and partners too. Do it where it creates value.',
    },
    subPoints: [],
  },
  {
    number: 2,
    title: {
      da: 'Vær skarp på hvilken værdi vi vil opnå med samskabelse',
      en: 'Be clear about what value we want to achieve with co-creation',
    },
    body: {
      da: 'Gør det klart, hvilken slags værdi samskabelsen skal give.',
      en: 'Make clear which kind of value the co-creation is meant to deliver.',
    },
    subPoints: [
      {
        da: 'kvalitet, borgernes oplevelse/tilfredshed med serviceydelser, oplevet kvalitet for borgerne',
        en: "quality: citizens' experience of and satisfaction with services, quality as experienced by citizens",
      },
      {
        da: 'effektivitet, organisationens produktivitet, reducering af omkostninger',
        en: "efficiency: the organisation's productivity, reducing costs",
      },
      {
        da: 'demokrati, indflydelse, transparens, legitimitet, empowerment',
        en: 'democracy: influence, transparency, legitimacy, empowerment',
      },
    ],
  },
  {
    number: 3,
    title: {
      da: 'Skelne mellem samskabelse som en proces, en del af det at udvikle nye løsninger (co-creation) eller samskabelse som en del af leveringen af løsningen (co-production)',
      en: 'Distinguish between co-creation as a process, part of developing new solutions (co-creation), and co-creation as part of delivering the solution (co-production)',
    },
    body: {
      da: 'Gør det klart, om borgere og partnere er med til at udvikle løsningen eller til at levere den.',
      en: 'Make clear whether citizens and partners help to develop the solution or to deliver it.',
    },
    subPoints: [
      {
        da: 'co-creation: samskabelse som en proces, en del af det at udvikle nye løsninger',
        en: 'co-creation: co-creation as a process, part of developing new solutions',
      },
      {
        da: 'co-production: samskabelse som en del af leveringen af løsningen',
        en: 'co-production: co-creation as part of delivering the solution',
      },
    ],
  },
  {
    number: 4,
    title: {
      da: 'Vær tydelig og åben om kommunes rolle og forventninger til borgere, virksomheder andre aktørers rolle',
      en: "Be clear and open about the municipality's role and its expectations of the role of citizens, businesses and other actors",
    },
    body: {
      da: 'Alle parter skal vide, hvad kommunen bidrager med, og hvad der forventes af dem.',
      en: 'Every party should know what the municipality contributes and what is expected of them.',
    },
    subPoints: [],
  },
  {
    number: 5,
    title: {
      da: 'Vær tydelig omkring hvor ejerskabet ligger og graden af forpligtelse i samarbejdet',
      en: 'Be clear about where ownership lies and the degree of commitment in the collaboration',
    },
    body: {
      da: 'Afklar, hvem der ejer opgaven og resultatet, og hvad hver part forpligter sig til.',
      en: 'Agree who owns the task and the result, and what each party commits to.',
    },
    subPoints: [],
  },
  {
    number: 6,
    title: {
      da: 'Samskabelse kræver også ledelse – definerende vs faciliterende ledelse',
      en: 'Co-creation also requires leadership – defining vs facilitating leadership',
    },
    body: {
      da: 'Ledelse af samskabelse veksler mellem at definere rammer og mål og at facilitere processen.',
      en: 'Leading co-creation alternates between defining frameworks and goals and facilitating the process.',
    },
    subPoints: [
      { da: 'definerende ledelse', en: 'defining leadership' },
      { da: 'faciliterende ledelse', en: 'facilitating leadership' },
    ],
  },
  {
    number: 7,
    title: {
      da: 'Skab bæredygtig evalueringspraksis – også når vi samskaber',
      en: 'Build a sustainable evaluation practice – also when we co-create',
    },
    body: {
      da: 'Følg op på, om samskabelsen skaber den ønskede værdi, og lær af det.',
      en: 'Follow up on whether the co-creation creates the intended value, and learn from it.',
    },
    subPoints: [],
  },
];
