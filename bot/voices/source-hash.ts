import { createHmac } from 'node:crypto';
import { isIP } from 'node:net';
import type { Request } from 'restify';
import type { Keyring } from '../keys/keyring';

/**
 * Where a request comes from, for rate limits only. Behind a reverse proxy (the socket's peer is a
 * private or loopback address, as on Azure App Service) the address the nearest proxy appended to
 * X-Forwarded-For (its last entry); else the socket's peer, so a client cannot pick its own source.
 */
export function requestSource(req: Request): string {
  const peer = req.socket?.remoteAddress ?? '';
  const forwarded = req.header('x-forwarded-for');
  if (forwarded && isPrivate(peer)) {
    const last = forwarded.split(',').pop()?.trim() ?? '';
    const address = stripPort(last);
    if (isIP(address)) return networkOf(address);
  }
  return networkOf(peer);
}

function stripPort(entry: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(entry);
  if (bracketed) return bracketed[1]!;
  const v4WithPort = /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(entry);
  return v4WithPort ? v4WithPort[1]! : entry;
}

/** IPv6 sources count per /64 (one household or phone gets a whole /64); IPv4 per address. */
function networkOf(address: string): string {
  const plain = address.replace(/^::ffff:/i, '');
  if (isIP(plain) !== 6) return plain;
  const groups = expandIPv6(plain);
  return `${groups.slice(0, 4).join(':')}::/64`;
}

function expandIPv6(address: string): string[] {
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const missing = address.includes('::') ? 8 - left.length - right.length : 0;
  return [...left, ...Array<string>(missing).fill('0'), ...right].map((g) => g.toLowerCase());
}

function isPrivate(address: string): boolean {
  const a = address.replace(/^::ffff:/i, '');
  return (
    a === '::1' ||
    /^127\./.test(a) ||
    /^10\./.test(a) ||
    /^192\.168\./.test(a) ||
    /^172\.(1[6-9]|2\d|3[01])\./.test(a) ||
    /^f[cd][0-9a-f]{2}:/i.test(a)
  );
}

/**
 * The source as a salted hash (HMAC with the keyring's shared 'voice-source' key, the same on every
 * instance): stored only as a rate-limit key for one rate window, never with a voice.
 */
export async function hashedSource(keys: Keyring, source: string): Promise<string> {
  const key = await keys.signingKey('voice-source');
  return createHmac('sha256', key.secret)
    .update(`voice-source\u0000${source}`)
    .digest('base64url')
    .slice(0, 32);
}
