import type {
  DepartmentVoicesResponse,
  VoicePageResponse,
  VoiceResponse,
  VoiceRoundCreate,
  VoiceRoundResponse,
  VoiceRoundUpdate,
} from '../../../core/api/voices-types';
import type { HttpClient } from './http-client';

const enc = encodeURIComponent;

/** The voices routes (core/api/routes-voices.ts). */
export function voiceEndpoints(http: HttpClient) {
  return {
    voices: (departmentId: string) =>
      http.json<DepartmentVoicesResponse>('GET', `/api/departments/${enc(departmentId)}/voices`),
    openRound: (departmentId: string, body: VoiceRoundCreate) =>
      http.json<VoiceRoundResponse>('POST', `/api/departments/${enc(departmentId)}/voice-rounds`, body),
    updateRound: (roundId: string, body: VoiceRoundUpdate) =>
      http.json<VoiceRoundResponse>('PATCH', `/api/voice-rounds/${enc(roundId)}`, body),
    revokeRound: (roundId: string) =>
      http.json<VoiceRoundResponse>('POST', `/api/voice-rounds/${enc(roundId)}/revoke`, {}),
    qrPath: (roundId: string) => `/api/voice-rounds/${enc(roundId)}/qr.svg`,
    waiting: (departmentId: string, offset = 0) =>
      http.json<VoicePageResponse>(
        'GET',
        `/api/departments/${enc(departmentId)}/voices/moderation?state=waiting&offset=${offset}`,
      ),
    moderate: (voiceId: string, state: 'shown' | 'hidden') =>
      http.json<VoiceResponse>('PUT', `/api/voices/${enc(voiceId)}/state`, { state }),
  };
}

export type VoiceApi = ReturnType<typeof voiceEndpoints>;
