import type { Localized } from '../model';
import type { VoiceGroup } from './model';

/** The kickoff's question in the 2019 example (Strategisk Ledelsesforum, 30 August 2019). */
export const DEFAULT_VOICE_QUESTION: Localized = {
  da: 'Hvad ønsker ledere, medarbejdere og borgere sig af jer som strategiske chefer, hvis de skal lykkes med mere og/eller bedre samskabelse af velfærd?',
  en: 'What do leaders, employees and citizens want from you as strategic chefs if they are to succeed with more and/or better co-creation of welfare?',
};

export const DEFAULT_VOICE_GROUPS: readonly VoiceGroup[] = [
  { id: 'ledere', label: { da: 'Ledere', en: 'Leaders' } },
  { id: 'medarbejdere', label: { da: 'Medarbejdere', en: 'Employees' } },
  { id: 'borgere', label: { da: 'Borgere', en: 'Citizens' } },
  { id: 'virksomheder', label: { da: 'Virksomheder og foreninger', en: 'Businesses and associations' } },
];

/** Limits of a round and of one voice; the public page and the API tell people the same numbers. */
export const VOICE_LIMITS = {
  /** Characters of one voice (after trimming). */
  textMax: 1000,
  /** Characters of the question, per language. */
  questionMax: 500,
  groupsMax: 8,
  groupLabelMax: 60,
  /** Default and greatest cap on voices per round. */
  capDefault: 2000,
  capMax: 20000,
  /** A round stays open at most this many days. */
  openDaysMax: 366,
} as const;

/** Default days a new round stays open. */
export const DEFAULT_VOICE_ROUND_DAYS = 30;
