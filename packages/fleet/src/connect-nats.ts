// Connecting to NATS from a URL list such as `nats://user:pass@host:4222,nats://host2:4222`:
// credentials in the URL become the client's user/password (or token), and failures become a
// FleetError that names the server without its credentials.
import { connect, type NatsConnection, type NodeConnectionOptions } from '@nats-io/transport-node';
import { redactReference } from '@rxcv/core';
import { FleetError } from './fleet-error.js';

/** The URL list with user info removed: safe for logs and errors. */
export function redactNatsUrl(urls: string): string {
  return urls
    .split(',')
    .map((url) => redactReference(url.trim()))
    .join(',');
}

/**
 * Client options from `nats://[user:pass@|token@]host:port[,more...]`. The NATS client does not
 * read credentials from URLs, so they are lifted out here (percent-decoded).
 */
export function natsConnectionOptions(urls: string): NodeConnectionOptions {
  const servers: string[] = [];
  let user: string | undefined;
  let pass: string | undefined;
  let token: string | undefined;
  for (const raw of urls.split(',').map((s) => s.trim()).filter(Boolean)) {
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `nats://${raw}`;
    let parsed: URL;
    try {
      parsed = new URL(withScheme);
    } catch {
      throw new FleetError('NATS_BAD_URL', `Invalid NATS URL ${redactNatsUrl(raw)}: expected nats://host:port`);
    }
    if (parsed.username) {
      if (parsed.password) {
        user = decodeURIComponent(parsed.username);
        pass = decodeURIComponent(parsed.password);
      } else token = decodeURIComponent(parsed.username);
    }
    servers.push(`${parsed.protocol}//${parsed.host}`);
  }
  if (servers.length === 0) throw new FleetError('NATS_BAD_URL', 'No NATS URL given (--nats or RXCV_NATS_URL)');
  return { servers, ...(user !== undefined ? { user, pass } : {}), ...(token !== undefined ? { token } : {}) };
}

/**
 * Connects, failing within 5 s with NATS_UNREACHABLE or NATS_AUTH (never a hang), then
 * keeps reconnecting forever once connected (a worker rides out NATS restarts).
 */
export async function connectNats(urls: string, options: Partial<NodeConnectionOptions> = {}): Promise<NatsConnection> {
  const base = natsConnectionOptions(urls);
  try {
    return await connect({
      ...base,
      timeout: 5000,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 500,
      // Notice a silent network cut in ~10 s rather than the default 4 min.
      pingInterval: 5000,
      maxPingOut: 2,
      waitOnFirstConnect: false,
      ...options,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const where = redactNatsUrl(urls);
    if (/authori[sz]ation|authentication|permissions/i.test(message)) {
      throw new FleetError('NATS_AUTH', `NATS at ${where} refused the credentials (${message})`);
    }
    throw new FleetError('NATS_UNREACHABLE', `Cannot connect to NATS at ${where}: ${message}`);
  }
}
