import type { Locale } from '../../core/model';

export type CommandId =
  | 'help'
  | 'status'
  | 'questions'
  | 'principles'
  | 'pause'
  | 'resume'
  | 'summary'
  | 'link'
  | 'send'
  | 'deliveries'
  | 'sync'
  | 'myData'
  | 'deleteMyData';

export interface CommandSpec {
  id: CommandId;
  /** What a person types, per language; the first word is the one shown in help and the manifest. */
  words: Record<Locale, string[]>;
  /** The argument shown in help, per language. */
  argument?: Record<Locale, string>;
  description: Record<Locale, string>;
  organizerOnly: boolean;
}

/** The one list of bot commands (help text, parsing and the manifest's commandLists come from here). */
export const COMMANDS: readonly CommandSpec[] = [
  {
    id: 'help',
    words: { da: ['hjælp', 'hjaelp'], en: ['help', '?'] },
    description: { da: 'Vis hvad jeg kan', en: 'Show what I can do' },
    organizerOnly: false,
  },
  {
    id: 'status',
    words: { da: ['status'], en: ['status'] },
    description: { da: 'Dine besvarede og åbne spørgsmål', en: 'Your answered and open questions' },
    organizerOnly: false,
  },
  {
    id: 'questions',
    words: { da: ['spørgsmål', 'sporgsmal', 'spoergsmaal'], en: ['questions', 'question'] },
    description: { da: 'Besvar dine åbne spørgsmål nu', en: 'Answer your open questions now' },
    organizerOnly: false,
  },
  {
    id: 'principles',
    words: { da: ['principper'], en: ['principles'] },
    description: { da: 'De syv principper', en: 'The seven principles' },
    organizerOnly: false,
  },
  {
    id: 'pause',
    words: { da: ['pause'], en: ['pause'] },
    argument: { da: '<dato>', en: '<date>' },
    description: { da: 'Ingen påmindelser til og med en dato', en: 'No reminders until a date' },
    organizerOnly: false,
  },
  {
    id: 'resume',
    words: { da: ['genoptag'], en: ['resume'] },
    description: { da: 'Få påmindelser igen', en: 'Get reminders again' },
    organizerOnly: false,
  },
  {
    id: 'summary',
    words: { da: ['opsummering', 'opsamling'], en: ['summary'] },
    description: { da: 'Link til afdelingens opsamling', en: "Link to the department's summary" },
    organizerOnly: false,
  },
  {
    id: 'myData',
    words: { da: ['mine data', 'min data'], en: ['my data'] },
    description: {
      da: 'Se hvad Samskab har gemt om dig, og hvornår det slettes',
      en: 'See what Samskab stores about you, and when it is deleted',
    },
    organizerOnly: false,
  },
  {
    id: 'deleteMyData',
    words: {
      da: ['slet mine data', 'slet min data', 'slet mine svar'],
      en: ['delete my data', 'delete my answers'],
    },
    description: {
      da: 'Slet dine svar (du bliver bedt om at bekræfte)',
      en: 'Delete your answers (you are asked to confirm)',
    },
    organizerOnly: false,
  },
  {
    id: 'link',
    words: { da: ['tilknyt'], en: ['link'] },
    argument: { da: '<afdeling>', en: '<department>' },
    description: { da: 'Knyt denne chat til en afdeling', en: 'Link this chat to a department' },
    organizerOnly: true,
  },
  {
    id: 'send',
    words: { da: ['send'], en: ['send'] },
    argument: { da: '<spørgsmål nr.>', en: '<question no.>' },
    description: { da: 'Send en runde nu', en: 'Send a round now' },
    organizerOnly: true,
  },
  {
    id: 'deliveries',
    words: { da: ['leveringer'], en: ['deliveries'] },
    description: { da: 'Vis leveringsstatus', en: 'Show delivery status' },
    organizerOnly: true,
  },
  {
    id: 'sync',
    words: { da: ['synk'], en: ['sync'] },
    description: {
      da: 'Hent afdelingens medlemmer fra denne chat',
      en: "Take the department's members from this chat",
    },
    organizerOnly: true,
  },
];

export interface ParsedCommand {
  spec: CommandSpec;
  /** The rest of the text after the command word, trimmed. */
  argument: string;
  /** The language of the word used. */
  language: Locale;
}

/** Matches the first word of a message (mentions already removed) against the command list. */
export function parseCommand(text: string): ParsedCommand | null {
  const cleaned = text
    .replace(/<at>.*?<\/at>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const lower = cleaned.toLowerCase().replace(/[.!]+$/, '');
  // Phrases of several words first ("slet mine data" before any one-word command).
  for (const spec of COMMANDS) {
    for (const language of ['da', 'en'] as const) {
      for (const phrase of spec.words[language].filter((w) => w.includes(' '))) {
        if (lower === phrase || lower.startsWith(`${phrase} `))
          return { spec, argument: cleaned.slice(phrase.length).trim(), language };
      }
    }
  }
  const [first = '', ...rest] = cleaned.split(' ');
  const word = first.toLowerCase().replace(/[.!]+$/, '');
  for (const spec of COMMANDS) {
    for (const language of ['da', 'en'] as const) {
      if (spec.words[language].includes(word)) return { spec, argument: rest.join(' ').trim(), language };
    }
  }
  return null;
}

/** "hjælp" / "help" etc. as shown to a person. */
export function commandLabel(spec: CommandSpec, locale: Locale): string {
  return [spec.words[locale][0], spec.argument?.[locale]].filter(Boolean).join(' ');
}
