// The preview's routing as a pure function from a request's method, target and Host header to
// what to answer, so that every case is a row in a table-driven test and no request can throw.
import { parseRequestTarget } from './request-target.js';

/** What the server answers to one request. */
export type PreviewRoute =
  | { kind: 'page' }
  | { kind: 'state' }
  | { kind: 'stream'; sourceId: number }
  | { kind: 'snapshot'; sourceId: number }
  | { kind: 'refused'; status: 400 | 403 | 404 | 405; reason: string };

export interface PreviewRequest {
  method: string | undefined;
  /** The request target (Node's `req.url`). */
  url: string | undefined;
  /** The `Host` header, if any. */
  host: string | undefined;
}

const STREAM = /^\/stream\/(\d{1,15})\.mjpg$/;
const SNAPSHOT = /^\/snapshot\/(\d{1,15})\.jpg$/;

/**
 * Routes a request: a `Host` that is not this server's gets 403 (DNS rebinding), a missing one
 * or a malformed target 400, a method other than GET/HEAD 405, an unknown path 404.
 * Whether a stream's or snapshot's source exists is the caller's question (404 too).
 */
export function routePreviewRequest(request: PreviewRequest, isAllowedHost: (host: string) => boolean): PreviewRoute {
  if (request.host === undefined || request.host === '') return { kind: 'refused', status: 400, reason: 'no Host header' };
  if (!isAllowedHost(request.host)) return { kind: 'refused', status: 403, reason: 'this Host is not served here' };
  const target = parseRequestTarget(request.url);
  if (!target.ok) return { kind: 'refused', status: 400, reason: target.reason };
  if (request.method !== 'GET' && request.method !== 'HEAD') return { kind: 'refused', status: 405, reason: 'only GET and HEAD' };
  const { path } = target;
  if (path === '/') return { kind: 'page' };
  if (path === '/api/state') return { kind: 'state' };
  const stream = STREAM.exec(path);
  if (stream !== null) return { kind: 'stream', sourceId: Number(stream[1]) };
  const snapshot = SNAPSHOT.exec(path);
  if (snapshot !== null) return { kind: 'snapshot', sourceId: Number(snapshot[1]) };
  return { kind: 'refused', status: 404, reason: 'not found' };
}
