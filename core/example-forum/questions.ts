import type { AnswerShape, Localized } from '../model';

/**
 * The six inspiration questions of the 2019 source: the Danish wording is the forum's own, with line
 * breaks joined and the paper's page references ("på næste side") left out, as the principles are
 * shown beside the question on screen.
 */
export interface QuestionContent {
  number: number;
  text: Localized;
  help: Localized;
  shape: AnswerShape;
}

const MAX = 2000;

export const EXAMPLE_QUESTIONS: readonly QuestionContent[] = [
  {
    number: 1,
    text: {
      da: 'Hvad er kernen for jer i ledelse af samskabelse? Se evt. CFIAs principper for samskabelse.',
      en: "What, for you, is the core of leading co-creation? You may want to look at CFIA's principles for co-creation.",
    },
    help: {
      da: 'Skriv kort, hvad der for jer er kernen i at lede samskabelse, og vælg op til tre af CFIAs syv principper, der betyder mest.',
      en: "Briefly describe what you see as the core of leading co-creation, and choose up to three of CFIA's seven principles that matter most.",
    },
    shape: { kind: 'textWithPrinciples', maxLength: MAX, maxPrinciples: 3 },
  },
  {
    number: 2,
    text: {
      da: 'Hvad vil I gerne forbedre ift jeres ledelse af samskabelse (1-2 ting), ift. jeres valgte opgave? Hvilke ændringer/handlinger kræver det af hvem og hvornår?',
      en: 'What would you like to improve in your leadership of co-creation (1–2 things), in relation to the assignment you have chosen? What changes/actions does it require, of whom and when?',
    },
    help: {
      da: 'Beskriv 1–2 forbedringer. Tilføj for hver op til tre handlinger: hvad, hvem og senest hvornår.',
      en: 'Describe 1–2 improvements. For each, add up to three actions: what, who and by when.',
    },
    shape: { kind: 'improvements', maxItems: 2, maxActionsPerItem: 3, maxLength: MAX },
  },
  {
    number: 3,
    text: {
      da: 'Klarhed over, hvad er min ledelsesrolle?',
      en: 'Clarity about what my leadership role is?',
    },
    help: {
      da: 'Beskriv din rolle, og angiv om din ledelse her mest er definerende, faciliterende eller begge dele (princip 6).',
      en: 'Describe your role, and say whether your leadership here is mostly defining, facilitating or both (principle 6).',
    },
    shape: { kind: 'textWithLeadershipStyle', maxLength: MAX },
  },
  {
    number: 4,
    text: {
      da: 'Fokus på om jeg får kommunikeret med organisationen om samskabelse? Ved jeg noget om, hvad resten af organisationen gør ift samskabelse?',
      en: 'A focus on whether I communicate with the organisation about co-creation? Do I know anything about what the rest of the organisation is doing on co-creation?',
    },
    help: {
      da: 'Beskriv, hvordan du kommunikerer om samskabelse, og angiv om du ved, hvad resten af organisationen gør.',
      en: 'Describe how you communicate about co-creation, and say whether you know what the rest of the organisation is doing.',
    },
    shape: { kind: 'textWithKnowsOthers', maxLength: MAX },
  },
  {
    number: 5,
    text: {
      da: 'Sikrer jeg at organisationen har de rette rammer og de rette kompetencer ift samskabelse?',
      en: 'Do I make sure that the organisation has the right frameworks and the right competences for co-creation?',
    },
    help: {
      da: 'Beskriv rammer og kompetencer, og vurder fra 1 til 5, hvor godt de er på plads i dag.',
      en: 'Describe frameworks and competences, and rate from 1 to 5 how well they are in place today.',
    },
    shape: {
      kind: 'textWithRating',
      maxLength: MAX,
      scale: 5,
      lowLabel: { da: 'Slet ikke på plads', en: 'Not in place at all' },
      highLabel: { da: 'Helt på plads', en: 'Fully in place' },
    },
  },
  {
    number: 6,
    text: {
      da: 'Hvordan ved I, at I lykkes? Hvilke tegn/indikatorer skal der kunne ses af indsatsen?',
      en: 'How will you know that you are succeeding? What signs/indicators should the effort make visible?',
    },
    help: {
      da: 'Angiv op til fem tegn eller indikatorer. Markér for hver, hvilken værdi den viser (kvalitet, effektivitet eller demokrati – princip 2), og om den gælder udvikling (co-creation) eller levering (co-production) af løsningen (princip 3).',
      en: 'List up to five signs or indicators. For each, mark the value it shows (quality, efficiency or democracy – principle 2) and whether it concerns developing (co-creation) or delivering (co-production) the solution (principle 3).',
    },
    shape: { kind: 'indicators', maxItems: 5, maxLength: MAX },
  },
];
