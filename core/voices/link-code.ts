/** RFC 4648 base32 alphabet, lower case (codes are read off posters and typed on phones). */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

/** A public link code: 16 random bytes (128 bits) as 26 base32 characters. */
export const VOICE_CODE_BYTES = 16;
export const VOICE_CODE_PATTERN = /^[a-z2-7]{26}$/;

/** Encodes random bytes (from the caller: core has no randomness) as a link code. */
export function voiceLinkCode(bytes: Uint8Array): string {
  if (bytes.length !== VOICE_CODE_BYTES) throw new Error(`voiceLinkCode: needs ${VOICE_CODE_BYTES} bytes`);
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

export function isVoiceLinkCode(code: string): boolean {
  return VOICE_CODE_PATTERN.test(code);
}
