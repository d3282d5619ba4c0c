import type { VoiceRoundCreate, VoiceRoundUpdate } from '../../../core/api/schemas';
import type { HttpClient } from './http-client';

/** The voices routes (core/api/routes-voices.ts), called by name. */
export function voiceEndpoints(http: HttpClient) {
  return {
    voices: (departmentId: string) => http.call('departmentVoices', { params: { departmentId } }),
    openRound: (departmentId: string, body: VoiceRoundCreate) =>
      http.call('openVoiceRound', { params: { departmentId }, body }),
    updateRound: (roundId: string, body: VoiceRoundUpdate) =>
      http.call('updateVoiceRound', { params: { roundId }, body }),
    revokeRound: (roundId: string) => http.call('revokeVoiceRound', { params: { roundId } }),
    qrPath: (roundId: string) => http.path('voiceRoundQr', { params: { roundId } }),
    waiting: (departmentId: string, offset = 0) =>
      http.call('voicesToModerate', { params: { departmentId }, query: { state: 'waiting', offset } }),
    moderate: (voiceId: string, state: 'shown' | 'hidden') =>
      http.call('moderateVoice', { params: { voiceId }, body: { state } }),
  };
}

export type VoiceApi = ReturnType<typeof voiceEndpoints>;
