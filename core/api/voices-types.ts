import type { DepartmentVoices, Voice, VoiceGroup, VoiceRoundStatus } from '../voices';
import type { Localized } from '../model';

export const VOICE_PAGE_SIZE = 50;

/** A round as the tab sees it; link and code only for those who manage the department's rounds. */
export interface VoiceRoundView {
  id: string;
  departmentId: string;
  question: Localized;
  groups: VoiceGroup[];
  closesAt: string;
  cap: number;
  shared: boolean;
  status: VoiceRoundStatus;
  createdAt: string;
  revokedAt: string | null;
  /** `<publicUrl>/stemmer/<code>`, or null for viewers who do not manage the rounds. */
  link: string | null;
}

export interface DepartmentVoicesResponse {
  rounds: VoiceRoundView[];
  summary: DepartmentVoices;
  /** What the viewer may do here. */
  may: { manage: boolean; moderate: boolean };
}

export interface VoiceRoundResponse {
  round: VoiceRoundView;
}

export interface VoicePageResponse {
  voices: Voice[];
  total: number;
  offset: number;
  pageSize: number;
}

export interface VoiceResponse {
  voice: Voice;
}
