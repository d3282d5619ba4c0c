import type { AnswerValue, CoMode, KnowsOthers, LeadershipStyle, Question, ValueType } from '../model';
import { addDays } from '../time/calendar-days';

/**
 * What the example's simulated chefs write when the demo clock runs: plausible Danish answers that
 * differ by department (its field and partners) and by chef. Demo content only; deterministic.
 */
interface DepartmentVoice {
  /** The co-creation task the department chose. */
  task: string;
  /** Who it co-creates with. */
  partners: string;
  /** Concrete first steps, one per chef in turn. */
  actions: readonly string[];
  /** Signs that it works, one per chef in turn. */
  signs: readonly string[];
}

const VOICES: readonly DepartmentVoice[] = [
  {
    task: 'en fælles strategi for borgerinddragelse på tværs af byrådets udvalg',
    partners: 'lokalråd, foreninger og byrådets udvalg',
    actions: [
      'Holde et borgermøde om kommuneplanen med lokalrådene',
      'Samle udvalgsformændene om én fælles inddragelsesplan',
      'Afprøve digitale høringer i to lokalområder',
    ],
    signs: [
      'Flere lokalråd bidrager til kommuneplanen',
      'Udvalgene bruger den samme inddragelsesplan',
      'Flere borgere svarer på digitale høringer',
    ],
  },
  {
    task: 'forældresamarbejde om læring i dagtilbud og skole',
    partners: 'forældre, skolebestyrelser og fritidsklubber',
    actions: [
      'Lave en forældreworkshop om overgangen fra dagtilbud til skole',
      'Invitere skolebestyrelserne til at planlægge skolestarten med os',
      'Åbne fritidsklubberne for forældrecaféer en gang om måneden',
    ],
    signs: [
      'Forældre deltager i planlægningen af skolestart',
      'Skolebestyrelserne sætter overgangen på dagsordenen',
      'Flere forældre kommer til forældrecaféerne',
    ],
  },
  {
    task: 'biblioteker og borgerservice som lokale mødesteder',
    partners: 'frivillige, kulturforeninger og lokalbiblioteker',
    actions: [
      'Afprøve et åbent værksted på Hovedbiblioteket med de frivillige',
      'Lade kulturforeningerne bruge borgerservice om aftenen',
      'Lave en fælles kalender for lokalbibliotekernes arrangementer',
    ],
    signs: [
      'Flere frivillige arrangementer på lokalbibliotekerne',
      'Kulturforeningerne bruger lokalerne oftere',
      'Flere borgere kommer til lokale arrangementer',
    ],
  },
  {
    task: 'jobindsatsen for ledige sammen med virksomheder og borgere',
    partners: 'virksomheder, jobcentrets borgere og civilsamfundet',
    actions: [
      'Invitere ti virksomheder til et fælles forløb om praktikpladser',
      'Lade ledige borgere være med til at forme jobcentrets samtaler',
      'Lave et netværk med civilsamfundet om mentorer',
    ],
    signs: [
      'Flere borgere i praktik i lokale virksomheder',
      'Borgerne oplever samtalerne som meningsfulde',
      'Flere ledige har en frivillig mentor',
    ],
  },
  {
    task: 'en aktiv hverdag for ældre sammen med pårørende og frivillige',
    partners: 'pårørende, ældreråd og frivillige besøgsvenner',
    actions: [
      'Starte en pårørendegruppe på to plejehjem',
      'Planlægge aktivitetskalenderen sammen med ældrerådet',
      'Uddanne frivillige besøgsvenner sammen med foreningerne',
    ],
    signs: [
      'Pårørende oplever at blive hørt i plejen',
      'Ældrerådet er med fra starten',
      'Flere ældre får besøg af en frivillig',
    ],
  },
  {
    task: 'grønne byrum og klimatilpasning i boligområderne',
    partners: 'grundejerforeninger, boligforeninger og borgere',
    actions: [
      'Gennemføre en byvandring om regnvandsløsninger med en boligforening',
      'Lade grundejerforeningerne vælge, hvor de nye træer skal stå',
      'Afprøve borgerbudgetter til grønne byrum i ét boligområde',
    ],
    signs: [
      'Borgere tager del i vedligeholdelsen af de grønne områder',
      'Grundejerforeningerne er med i planlægningen',
      'Borgerbudgettet bliver brugt fuldt ud',
    ],
  },
];

const GENERIC: DepartmentVoice = {
  task: 'afdelingens valgte samskabelsesopgave',
  partners: 'borgere, medarbejdere og samarbejdspartnere',
  actions: ['Invitere samarbejdspartnerne til et første fælles møde'],
  signs: ['Samarbejdspartnerne bidrager aktivt'],
};

const OPENINGS: readonly string[] = ['For os', 'Hos os', 'Set fra vores ledergruppe'];
const STYLES: readonly LeadershipStyle[] = ['facilitating', 'both', 'defining'];
const KNOWS: readonly KnowsOthers[] = ['partly', 'yes', 'no'];
const VALUE_ORDER: readonly ValueType[] = ['quality', 'democracy', 'efficiency'];
const MODES: readonly CoMode[] = ['co-creation', 'co-production'];

function pick<T>(items: readonly T[], n: number): T {
  return items[((n % items.length) + items.length) % items.length] as T;
}

/**
 * The answer a simulated chef gives: `departmentIndex` picks the department's field, `chef` (0, 1, 2…)
 * varies wording and choices within the department, `finalMeetingDate` bounds action deadlines.
 */
export function demoAnswer(
  question: Question,
  departmentIndex: number,
  chef: number,
  finalMeetingDate: string,
): AnswerValue {
  const voice = VOICES[departmentIndex] ?? GENERIC;
  const opening = pick(OPENINGS, chef);
  switch (question.shape.kind) {
    case 'text':
      return { kind: 'text', text: `${opening} handler det om ${voice.task}.` };
    case 'textWithPrinciples':
      return {
        kind: 'textWithPrinciples',
        text: `${opening} er kernen at lede, så ${voice.partners} bliver medskabere af ${voice.task} – ikke kun høres.`,
        principles: [pick([2, 4, 6], chef), pick([3, 5, 1], chef + departmentIndex)].filter(
          (n, i, all) => all.indexOf(n) === i && n <= 7,
        ),
      };
    case 'improvements':
      return {
        kind: 'improvements',
        items: [
          {
            improvement: `Tydeligere rammer for, hvad ${voice.partners} kan påvirke i ${voice.task}`,
            actions: [
              {
                what: pick(voice.actions, chef),
                who: 'Ledergruppen',
                byWhen: addDays(finalMeetingDate, -21 + chef * 7),
              },
            ],
          },
        ],
      };
    case 'textWithLeadershipStyle':
      return {
        kind: 'textWithLeadershipStyle',
        text: `Jeg sætter retningen for ${voice.task} og giver plads til, at ${voice.partners} former løsningen.`,
        style: pick(STYLES, chef + departmentIndex),
      };
    case 'textWithKnowsOthers':
      return {
        kind: 'textWithKnowsOthers',
        text: `Vi fortæller om ${voice.task} på afdelingsmøder og intranettet, men kan blive bedre til at dele erfaringer på tværs.`,
        knowsOthers: pick(KNOWS, chef + departmentIndex),
      };
    case 'textWithRating':
      return {
        kind: 'textWithRating',
        text: `Rammerne er på plads flere steder; vi mangler kompetencer til at facilitere samarbejdet med ${voice.partners}.`,
        rating: Math.min(question.shape.scale, 2 + ((chef + departmentIndex) % 3)),
      };
    case 'indicators':
      return {
        kind: 'indicators',
        items: [
          { indicator: pick(voice.signs, chef), valueType: pick(VALUE_ORDER, chef), mode: pick(MODES, chef) },
          {
            indicator: 'Medarbejderne oplever samskabelse som en naturlig del af arbejdet',
            valueType: pick(VALUE_ORDER, chef + 1),
            mode: pick(MODES, chef + 1),
          },
        ],
      };
  }
}
