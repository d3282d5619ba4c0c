import { commonWords } from '../common-words';
import type { CoMode, KnowsOthers, LeadershipStyle, Localized, ValueType } from '../model';

/**
 * Display labels of the answer choices: the one source for cards, tab, Word, PowerPoint and CSV
 * (tests/bot/api/labels-everywhere.test.ts compares all five).
 */
export const LEADERSHIP_STYLE_LABELS: Record<LeadershipStyle, Localized> = {
  defining: { da: 'Definerende', en: 'Defining' },
  facilitating: { da: 'Faciliterende', en: 'Facilitating' },
  both: { da: 'Begge dele', en: 'Both' },
};

export const KNOWS_OTHERS_LABELS: Record<KnowsOthers, Localized> = {
  yes: commonWords.yes,
  partly: { da: 'Delvist', en: 'Partly' },
  no: commonWords.no,
};

export const VALUE_TYPE_LABELS: Record<ValueType, Localized> = {
  quality: { da: 'Kvalitet', en: 'Quality' },
  efficiency: { da: 'Effektivitet', en: 'Efficiency' },
  democracy: { da: 'Demokrati', en: 'Democracy' },
};

export const CO_MODE_LABELS: Record<CoMode, Localized> = {
  'co-creation': { da: 'Samskabelse', en: 'Co-creation' },
  'co-production': { da: 'Samproduktion', en: 'Co-production' },
};

export const LEADERSHIP_STYLES: readonly LeadershipStyle[] = ['defining', 'facilitating', 'both'];
export const KNOWS_OTHERS_VALUES: readonly KnowsOthers[] = ['yes', 'partly', 'no'];
export const VALUE_TYPES: readonly ValueType[] = ['quality', 'efficiency', 'democracy'];
export const CO_MODES: readonly CoMode[] = ['co-creation', 'co-production'];
