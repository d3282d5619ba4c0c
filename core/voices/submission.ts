import { isStorableText } from '../text/storable-text';
import { VOICE_LIMITS } from './defaults';
import type { VoiceRound } from './model';

/** Why a submission from the public form is refused before anything is stored. */
export type VoiceRefusal = 'group' | 'empty' | 'tooLong' | 'unstorable' | 'honeypot';

export type CheckedVoice = { ok: true; groupId: string; text: string } | { ok: false; reason: VoiceRefusal };

/** The public form's fields, as the form (or anything else) posts them: anything may be missing or odd. */
export interface VoiceForm {
  group?: unknown;
  text?: unknown;
  /** The honeypot: hidden from people, filled in by form-filling robots. */
  website?: unknown;
}

/** Line breaks as \n, surrounding white space trimmed. */
function normalizedText(value: string): string {
  return value.replace(/\r\n?/g, '\n').trim();
}

/**
 * Checks a submission against its round: a known group, 1..textMax characters of storable text,
 * an empty honeypot. Pure: the caller has checked the round is open.
 */
export function checkVoiceForm(form: VoiceForm, round: Pick<VoiceRound, 'groups'>): CheckedVoice {
  if (typeof form.website === 'string' ? form.website.trim() !== '' : form.website !== undefined) {
    return { ok: false, reason: 'honeypot' };
  }
  const groupId = typeof form.group === 'string' ? form.group : '';
  if (!round.groups.some((g) => g.id === groupId)) return { ok: false, reason: 'group' };
  if (typeof form.text !== 'string') return { ok: false, reason: 'empty' };
  if (!isStorableText(form.text)) return { ok: false, reason: 'unstorable' };
  const text = normalizedText(form.text);
  if (text === '') return { ok: false, reason: 'empty' };
  if ([...text].length > VOICE_LIMITS.textMax) return { ok: false, reason: 'tooLong' };
  return { ok: true, groupId, text };
}
