// The request line's target, checked against RFC 3986's origin-form without `new URL()`
// (which throws on inputs such as `//[`), so that no request line can crash the server.

/** A request target's path and query, or why it was refused. */
export type RequestTarget = { ok: true; path: string; query: string } | { ok: false; reason: string };

/** `pchar` of RFC 3986 (unreserved, sub-delims, `:`, `@`, and `%` checked separately), plus `/`. */
const PATH = /^\/[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*$/;
/** A query may also hold `?`. */
const QUERY = /^[A-Za-z0-9\-._~!$&'()*+,;=:@%/?]*$/;
/** A `%` not followed by two hex digits. */
const BAD_PERCENT = /%(?![0-9A-Fa-f]{2})/;
/** Longer targets are refused: no route of the preview is near this long. */
const MAX_TARGET_LENGTH = 2048;

/**
 * Splits `target` (the request line's second word, Node's `req.url`) into path and query.
 * Only origin-form (`/path?query`) is accepted: absolute-form (`http://host/`), asterisk-form
 * (`*`), fragments, bytes outside RFC 3986 and malformed `%` escapes are refused.
 */
export function parseRequestTarget(target: string | undefined): RequestTarget {
  if (target === undefined || target === '') return { ok: false, reason: 'empty request target' };
  if (target.length > MAX_TARGET_LENGTH) return { ok: false, reason: 'request target too long' };
  const q = target.indexOf('?');
  const path = q < 0 ? target : target.slice(0, q);
  const query = q < 0 ? '' : target.slice(q + 1);
  if (!PATH.test(path)) return { ok: false, reason: 'the path is not an origin-form path of RFC 3986' };
  if (!QUERY.test(query)) return { ok: false, reason: 'the query holds characters RFC 3986 does not allow' };
  if (BAD_PERCENT.test(target)) return { ok: false, reason: 'a % escape is not followed by two hex digits' };
  return { ok: true, path, query };
}
