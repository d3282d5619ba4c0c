import { z } from 'zod';
import type { DepartmentVoices, Voice, VoiceGroup, VoiceRoundStatus } from '../voices';
import { VOICE_LIMITS } from '../voices/defaults';
import type { Localized } from '../model';
import type { ApiMessageKey } from './messages';
import { apiString, localDateSchema } from './schemas';

const m = (key: ApiMessageKey) => ({ error: key });
const text = (max: number) => apiString().max(max, m('field.tooLong'));
const requiredText = (max: number) => text(max).trim().min(1, m('field.required'));

const voiceGroupSchema = z.object({
  id: apiString()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{0,31}$/, m('field.invalid')),
  label: z.object({
    da: requiredText(VOICE_LIMITS.groupLabelMax),
    en: text(VOICE_LIMITS.groupLabelMax).trim(),
  }),
});

const groupsSchema = z
  .array(voiceGroupSchema)
  .min(1, m('field.tooFew'))
  .max(VOICE_LIMITS.groupsMax, m('field.tooMany'))
  .refine((groups) => new Set(groups.map((g) => g.id)).size === groups.length, m('field.invalid'));

const questionSchema = z.object({
  da: requiredText(VOICE_LIMITS.questionMax),
  en: text(VOICE_LIMITS.questionMax).trim(),
});

const capSchema = z.number(m('field.number')).int(m('field.number')).min(1).max(VOICE_LIMITS.capMax);

/** POST /api/departments/:departmentId/voice-rounds. Question and groups default to the example's. */
export const voiceRoundCreateSchema = z.object({
  question: questionSchema.optional(),
  groups: groupsSchema.optional(),
  /** The last local day (forum time zone) the link takes voices. */
  closesOn: localDateSchema,
  cap: capSchema.optional(),
});
export type VoiceRoundCreate = z.infer<typeof voiceRoundCreateSchema>;

/** PATCH /api/voice-rounds/:roundId */
export const voiceRoundUpdateSchema = z.object({
  question: questionSchema.optional(),
  groups: groupsSchema.optional(),
  closesOn: localDateSchema.optional(),
  cap: capSchema.optional(),
  /** Show the shown texts to the organizers (and, while summaries are shared, to the forum). */
  shared: z.boolean(m('field.invalid')).optional(),
});
export type VoiceRoundUpdate = z.infer<typeof voiceRoundUpdateSchema>;

/** PUT /api/voices/:voiceId/state */
export const voiceModerateSchema = z.object({ state: z.enum(['shown', 'hidden'], m('field.invalid')) });

/** GET /api/departments/:departmentId/voices/moderation?state=&offset= */
export const voicePageQuerySchema = z.object({
  state: z.enum(['waiting', 'shown', 'hidden'], m('field.invalid')).optional(),
  offset: z.coerce
    .number(m('field.invalid'))
    .int(m('field.invalid'))
    .min(0, m('field.invalid'))
    .max(1_000_000, m('field.invalid'))
    .optional(),
});

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
