import type { JWTVerifyGetKey } from 'jose';
import type { AppDeps } from '../app-deps';
import type { VoiceStore } from '../store/voices/voice-store';
import type { RoundsPort } from '../scheduler/rounds-port';

export interface ApiDeps extends AppDeps {
  rounds: RoundsPort;
  /** Voices from outside the forum (their own port over the same database). */
  voices: VoiceStore;
  /** Entra signing keys; default Microsoft's remote JWKS. Tests inject a local key set. */
  jwks?: JWTVerifyGetKey;
  /** The tab's static build; default `<cwd>/tab/dist`. */
  tabDistDir?: string;
}
