import { r } from './route-spec';

/**
 * Voices from outside the forum (issue 14): a department's rounds with their public link, the
 * moderation of the voices, and the public page itself (server-rendered HTML, no sign-in).
 */
export const VOICE_ROUTES = {
  departmentVoices: r({
    method: 'GET',
    path: '/api/departments/:departmentId/voices',
    access: 'department',
    sharable: true,
    auth: 'bearer',
    response: 'DepartmentVoicesResponse',
  }),
  openVoiceRound: r({
    method: 'POST',
    path: '/api/departments/:departmentId/voice-rounds',
    access: 'department',
    auth: 'bearer',
    body: 'voiceRoundCreateSchema',
    response: 'VoiceRoundResponse',
  }),
  updateVoiceRound: r({
    method: 'PATCH',
    path: '/api/voice-rounds/:roundId',
    access: 'department',
    auth: 'bearer',
    body: 'voiceRoundUpdateSchema',
    response: 'VoiceRoundResponse',
  }),
  revokeVoiceRound: r({
    method: 'POST',
    path: '/api/voice-rounds/:roundId/revoke',
    access: 'department',
    auth: 'bearer',
    response: 'VoiceRoundResponse',
  }),
  voiceRoundQr: r({
    method: 'GET',
    path: '/api/voice-rounds/:roundId/qr.svg',
    access: 'department',
    auth: 'bearer',
    response: 'image/svg+xml',
  }),
  voicesToModerate: r({
    method: 'GET',
    path: '/api/departments/:departmentId/voices/moderation',
    access: 'department',
    auth: 'bearer',
    response: 'VoicePageResponse',
  }),
  moderateVoice: r({
    method: 'PUT',
    path: '/api/voices/:voiceId/state',
    access: 'department',
    auth: 'bearer',
    body: 'voiceModerateSchema',
    response: 'VoiceResponse',
  }),
  departmentVoicesCsv: r({
    method: 'GET',
    path: '/api/departments/:departmentId/voices.csv',
    access: 'department',
    sharable: true,
    auth: 'bearer',
    response: 'text/csv (shown voices the reader may read: group, voice, received)',
  }),
  publicVoicePage: r({
    method: 'GET',
    path: '/stemmer/:code',
    access: 'none',
    auth: 'none',
    response: 'text/html',
  }),
  publicVoiceSubmit: r({
    method: 'POST',
    path: '/stemmer/:code',
    access: 'none',
    auth: 'none',
    body: 'application/x-www-form-urlencoded (group, text, website)',
    response: 'text/html (303 to the thanks page)',
  }),
} as const;
