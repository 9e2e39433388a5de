// Which `Host` headers the preview answers: the defence against DNS rebinding, where a web
// page on an attacker's domain makes that domain resolve to 127.0.0.1 and reads the preview.

/** Host names every preview answers to: the loopback names and addresses. */
function isLoopbackName(name: string): boolean {
  if (name === 'localhost' || name.endsWith('.localhost')) return true; // RFC 6761: always loopback
  if (name === '[::1]') return true;
  const v4 = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(name);
  return v4 !== null && v4.slice(1).every((n) => Number(n) <= 255);
}

/** The name part of a `Host` header (`name`, `name:port`, `[v6]:port`), lower case, or null if malformed. */
export function hostName(header: string): string | null {
  const match = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9\-._~!$&'()*+,;=]+)(?::(\d{1,5}))?$/.exec(header.trim());
  if (match === null) return null;
  return match[1].toLowerCase().replace(/\.$/, '');
}

/** A configured listen address as it appears in a `Host` header (`::1` → `[::1]`). */
function asHostName(host: string): string {
  const name = host.toLowerCase().replace(/\.$/, '');
  return name.includes(':') && !name.startsWith('[') ? `[${name}]` : name;
}

/**
 * Decides whether a request's `Host` header names this server. Accepted: loopback names
 * (`localhost`, `*.localhost`, `127.x.y.z`, `[::1]`), the configured listen host (unless it is
 * a wildcard such as `0.0.0.0`), and the names listed in `extra` (for a preview shared on a LAN:
 * the names browsers will use). Anything else, a malformed header included, is refused.
 */
export function hostAllowlist(configuredHost: string, extra: readonly string[] = []): (header: string) => boolean {
  const wildcard = new Set(['0.0.0.0', '[::]', '']);
  const allowed = new Set([configuredHost, ...extra].map(asHostName).filter((name) => !wildcard.has(name)));
  return (header) => {
    const name = hostName(header);
    return name !== null && (isLoopbackName(name) || allowed.has(name));
  };
}
