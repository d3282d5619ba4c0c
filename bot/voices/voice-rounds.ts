import { randomBytes } from 'node:crypto';
import type { VoiceRoundCreate, VoiceRoundUpdate, VoiceRoundView } from '../../core/api';
import type { Clock, Department, Forum, IdGenerator } from '../../core/model';
import { addDays, localDateOf, localToInstant } from '../../core/time';
import {
  DEFAULT_VOICE_GROUPS,
  DEFAULT_VOICE_QUESTION,
  VOICE_CODE_BYTES,
  VOICE_LIMITS,
  voiceLinkCode,
  voiceRoundStatus,
} from '../../core/voices';
import { apiError } from '../api/http/api-error';
import type { StoredVoiceRound, VoiceRoundChanges, VoiceStore } from '../store/voices/voice-store';

/** The public page's address for a round's code. */
export function voiceLink(publicUrl: string, code: string): string {
  return `${publicUrl.replace(/\/$/, '')}/stemmer/${code}`;
}

export function roundView(
  round: StoredVoiceRound,
  now: Date,
  link: { publicUrl: string } | null,
): VoiceRoundView {
  return {
    id: round.id,
    departmentId: round.departmentId,
    question: round.question,
    groups: round.groups,
    closesAt: round.closesAt,
    cap: round.cap,
    shared: round.shared,
    status: voiceRoundStatus(round, now),
    createdAt: round.createdAt,
    revokedAt: round.revokedAt,
    link: link ? voiceLink(link.publicUrl, round.code) : null,
  };
}

/**
 * The instant a round closes: the end of its last local day in the forum's time zone. The day lies
 * between today and openDaysMax days from now, else 422.
 */
export function closingInstant(forum: Forum, closesOn: string, now: Date): string {
  const today = localDateOf(now, forum.timeZone);
  if (closesOn < today || closesOn > addDays(today, VOICE_LIMITS.openDaysMax)) {
    throw apiError(422, 'validation', 'error.voiceClosesOn', { days: VOICE_LIMITS.openDaysMax });
  }
  return localToInstant(addDays(closesOn, 1), '00:00', forum.timeZone);
}

export interface RoundDeps {
  voices: VoiceStore;
  clock: Clock;
  ids: IdGenerator;
  /** Random bytes for link codes (tests pass their own). Default: node:crypto. */
  random?: (size: number) => Uint8Array;
}

export async function openVoiceRound(
  deps: RoundDeps,
  forum: Forum,
  department: Department,
  createdBy: string,
  input: VoiceRoundCreate,
): Promise<StoredVoiceRound> {
  const now = deps.clock.now();
  const round: StoredVoiceRound = {
    id: deps.ids(),
    forumId: forum.id,
    departmentId: department.id,
    code: voiceLinkCode((deps.random ?? randomBytes)(VOICE_CODE_BYTES)),
    question: input.question
      ? { da: input.question.da, en: input.question.en || input.question.da }
      : DEFAULT_VOICE_QUESTION,
    groups: (input.groups ?? DEFAULT_VOICE_GROUPS).map((g) => ({
      id: g.id,
      label: { da: g.label.da, en: g.label.en || g.label.da },
    })),
    closesAt: closingInstant(forum, input.closesOn, now),
    cap: input.cap ?? VOICE_LIMITS.capDefault,
    shared: false,
    createdAt: now.toISOString(),
    createdBy,
    revokedAt: null,
  };
  await deps.voices.createRound(round);
  return round;
}

/** Changes a round; a revoked round stays as it is (409): its link is gone for good. */
export async function updateVoiceRound(
  deps: RoundDeps,
  forum: Forum,
  round: StoredVoiceRound,
  input: VoiceRoundUpdate,
): Promise<StoredVoiceRound> {
  if (round.revokedAt !== null) throw apiError(409, 'conflict', 'error.voiceRoundClosed');
  const changes: VoiceRoundChanges = {
    ...(input.question
      ? { question: { da: input.question.da, en: input.question.en || input.question.da } }
      : {}),
    ...(input.groups
      ? {
          groups: input.groups.map((g) => ({
            id: g.id,
            label: { da: g.label.da, en: g.label.en || g.label.da },
          })),
        }
      : {}),
    ...(input.closesOn ? { closesAt: closingInstant(forum, input.closesOn, deps.clock.now()) } : {}),
    ...(input.cap !== undefined ? { cap: input.cap } : {}),
    ...(input.shared !== undefined ? { shared: input.shared } : {}),
  };
  const updated = await deps.voices.updateRound(round.id, changes);
  if (!updated) throw apiError(404, 'not_found', 'error.voiceRoundNotFound');
  return updated;
}
