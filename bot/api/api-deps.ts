import type { JWTVerifyGetKey } from 'jose';
import type { AppDeps } from '../app-deps';
import type { VoiceStore } from '../store/voices/voice-store';

/**
 * The organizer operations of the scheduler's RoundsService the API uses (structural, so
 * the API does not depend on the scheduler's internals). Each throws HttpError on bad input.
 * Results are re-read from the store, so only ids matter here.
 */
export interface RoundsPort {
  acceptPlan(forumId: string): Promise<unknown>;
  createRound(input: {
    forumId: string;
    departmentId: string | null;
    kind: 'prompt' | 'reminder' | 'finalCall';
    questionIds: string[];
    localDate: string;
    localTime: string;
    acceptOutsideHours?: boolean;
  }): Promise<unknown>;
  moveRound(id: string, localDate: string, localTime: string, acceptOutsideHours?: boolean): Promise<unknown>;
  cancelRound(id: string): Promise<unknown>;
  sendNow(input: {
    forumId: string;
    departmentId: string | null;
    kind: 'prompt' | 'reminder' | 'finalCall';
    questionIds: string[];
  }): Promise<unknown>;
  retryDelivery(id: string): Promise<unknown>;
  cancelDelivery(id: string): Promise<unknown>;
}

export interface ApiDeps extends AppDeps {
  rounds: RoundsPort;
  /** Voices from outside the forum (their own port over the same database). */
  voices: VoiceStore;
  /** Entra signing keys; default Microsoft's remote JWKS. Tests inject a local key set. */
  jwks?: JWTVerifyGetKey;
  /** The tab's static build; default `<cwd>/tab/dist`. */
  tabDistDir?: string;
}
