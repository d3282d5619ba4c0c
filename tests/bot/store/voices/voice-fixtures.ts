import { randomBytes } from 'node:crypto';
import type { StoredVoiceRound } from '../../../../bot/store/voices/voice-store';
import { DEFAULT_VOICE_GROUPS, DEFAULT_VOICE_QUESTION, voiceLinkCode } from '../../../../core/voices';

/** A voices round with the default question and groups, a fresh link code, not shared, not revoked. */
export function voiceRound(
  fields: Pick<StoredVoiceRound, 'id' | 'forumId' | 'departmentId' | 'closesAt' | 'createdAt' | 'createdBy'> &
    Partial<StoredVoiceRound>,
): StoredVoiceRound {
  return {
    code: voiceLinkCode(randomBytes(16)),
    question: DEFAULT_VOICE_QUESTION,
    groups: [...DEFAULT_VOICE_GROUPS],
    cap: 1000,
    shared: false,
    revokedAt: null,
    ...fields,
  };
}
