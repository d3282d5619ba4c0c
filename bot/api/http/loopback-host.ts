/**
 * Whether a Host header names this machine's loopback interface: localhost, 127.0.0.1 or [::1],
 * with any port. A page on another name that DNS-rebinds to 127.0.0.1 still sends its own
 * name, so routes that must only serve the developer's own browser refuse everything else.
 */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const match = /^(\[[^\]]*\]|[^:]*)(?::(\d{1,5}))?$/.exec(host.trim().toLowerCase());
  if (!match) return false;
  return LOOPBACK_NAMES.has(match[1] ?? '');
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);
