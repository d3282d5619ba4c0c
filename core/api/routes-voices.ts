import { file, json, route } from './contract';
import type {
  DepartmentVoicesResponse,
  VoicePageResponse,
  VoiceResponse,
  VoiceRoundResponse,
} from './voices-types';

/** UTF-8 with BOM, `;`-separated in Danish and `,` in English, formula-neutralized. */
const CSV = 'text/csv; charset=utf-8';

/**
 * Voices from outside the forum (issue 14): a department's rounds with their public link, the
 * moderation of the voices, and the shown voices as CSV. The public page itself (`/stemmer/<code>`,
 * server-rendered HTML, no sign-in) is no part of the tab's API: bot/voices/public-routes.ts.
 */
export const VOICE_ROUTES = {
  departmentVoices: route({
    method: 'GET',
    path: '/api/departments/:departmentId/voices',
    auth: 'bearer',
    reply: json<DepartmentVoicesResponse>(),
  }),
  departmentVoicesCsv: route({
    method: 'GET',
    path: '/api/departments/:departmentId/voices.csv',
    auth: 'bearer',
    query: 'exportQuerySchema',
    reply: file(CSV),
  }),
  openVoiceRound: route({
    method: 'POST',
    path: '/api/departments/:departmentId/voice-rounds',
    auth: 'bearer',
    body: 'voiceRoundCreateSchema',
    reply: json<VoiceRoundResponse>(),
  }),
  updateVoiceRound: route({
    method: 'PATCH',
    path: '/api/voice-rounds/:roundId',
    auth: 'bearer',
    body: 'voiceRoundUpdateSchema',
    reply: json<VoiceRoundResponse>(),
  }),
  revokeVoiceRound: route({
    method: 'POST',
    path: '/api/voice-rounds/:roundId/revoke',
    auth: 'bearer',
    reply: json<VoiceRoundResponse>(),
  }),
  voiceRoundQr: route({
    method: 'GET',
    path: '/api/voice-rounds/:roundId/qr.svg',
    auth: 'bearer',
    reply: file('image/svg+xml'),
  }),
  /** The department's chefs only: waiting (or shown, hidden) voices, newest first, 50 a page. */
  voicesToModerate: route({
    method: 'GET',
    path: '/api/departments/:departmentId/voices/moderation',
    auth: 'bearer',
    query: 'voicePageQuerySchema',
    reply: json<VoicePageResponse>(),
  }),
  moderateVoice: route({
    method: 'PUT',
    path: '/api/voices/:voiceId/state',
    auth: 'bearer',
    body: 'voiceModerateSchema',
    reply: json<VoiceResponse>(),
  }),
} as const;
