/**
 * What a video reference is (file, stream, webcam), what FFmpeg is allowed to open for it, and
 * its form safe to show. Malformed URLs and FFmpeg protocols smuggled in as file names
 * (`concat:`, `subfile:`, `data:`...) are refused here with INVALID_REFERENCE.
 */
import { SourceError, redactReference, type SourceKind } from '@rxcv/core';

/** A video reference resolved to what FFmpeg opens and how rxcv treats it. */
export interface ResolvedReference {
  readonly kind: SourceKind;
  /** What FFmpeg opens: a path, a URL (credentials included) or a device node. */
  readonly url: string;
  /** The reference safe to show: no user info, query or fragment. */
  readonly display: string;
  /**
   * FFmpeg's `protocol_whitelist` for this input: `file` for a file path (plus the protocols
   * allowed with `allowProtocols`), so FFmpeg can never be steered to another protocol by the
   * name. Absent for network URLs and devices (their protocols pull in others: rtsp → rtp, udp...).
   */
  readonly protocolWhitelist?: string;
}

/** How references may be read. */
export interface ReferenceOptions {
  /**
   * FFmpeg protocols besides `file` that a reference may use as `name:...` (`concat`, `subfile`,
   * `data`, `pipe`, ...), or a URL scheme besides the network ones rxcv knows. Off by default:
   * `concat:clip.mp4|/etc/passwd` would otherwise read any file the process can.
   */
  readonly allowProtocols?: readonly string[];
}

/** URL schemes rxcv reads as live streams without being asked (network protocols). */
export const NETWORK_SCHEMES: ReadonlySet<string> = new Set([
  'rtsp', 'rtsps', 'rtmp', 'rtmps', 'rtmpt', 'rtmpts', 'rtmpe', 'rtmpte',
  'http', 'https', 'udp', 'rtp', 'srt', 'tcp', 'tls', 'mmsh', 'mmst',
]);

/** `scheme:` of two characters or more (one is a drive letter); group 2 is what follows. */
const SCHEME = /^([a-z][a-z0-9+.-]+):(.*)$/is;
const WEBCAM_INDEX = /^\d+$/;
const WEBCAM_DEVICE = /^\/dev\/(video\d+|v4l\/.+)$/;

/**
 * Detects what a video reference is.
 *
 * - a number, or a string of digits (`0`, as a CLI passes it): webcam `/dev/video<N>`;
 * - `/dev/videoN` or `/dev/v4l/...`: webcam;
 * - `scheme://...` with a network scheme (`rtsp`, `rtmp`, `http(s)`, `udp`, `srt`, ...): live
 *   stream. It must be a well-formed URL: `rtsp:/host` (one slash) or a password with an
 *   unencoded `/`, `?` or `#` is INVALID_REFERENCE, its password never in the message;
 * - `file:...` or a plain path: a video file, opened with FFmpeg's `protocol_whitelist=file`;
 * - any other `name:...` is an FFmpeg protocol (`concat:`, `subfile:`, `data:`, `pipe:`):
 *   INVALID_REFERENCE unless `allowProtocols` names it (write `./concat:x.mp4` for a file
 *   that is really called so).
 *
 * `kind` forces the interpretation, e.g. `'file'` for an `https://.../clip.mp4` that should be
 * read frame by frame, or `'stream'` to treat a file as a looping "camera".
 */
export function resolveVideoReference(reference: string | number, kind?: SourceKind, options: ReferenceOptions = {}): ResolvedReference {
  // White space around a URL is a copy-paste accident; around a file name it may be real.
  const text = typeof reference === 'number' ? String(reference) : SCHEME.test(reference.trim()) ? reference.trim() : reference;
  const display = redactReference(text);
  const invalid = (why: string, shown = display) => new SourceError('INVALID_REFERENCE', `Invalid video reference ${shown}: ${why}`, shown);
  if (typeof reference === 'number' && (!Number.isInteger(reference) || reference < 0)) {
    throw invalid('a webcam index is a whole number >= 0');
  }
  if (text.trim() === '') throw new SourceError('INVALID_REFERENCE', 'Invalid video reference: it is empty', display);
  if (text.includes('\0')) throw invalid('it contains a NUL character', JSON.stringify(display.replaceAll('\0', '\\0')));
  const allowed = new Set((options.allowProtocols ?? []).map((p) => p.toLowerCase()));

  const isIndex = WEBCAM_INDEX.test(text);
  if (isIndex || WEBCAM_DEVICE.test(text)) {
    if (kind === undefined || kind === 'webcam') {
      const url = isIndex ? `/dev/video${text}` : text;
      return { kind: 'webcam', url, display: redactReference(url) };
    }
  }

  const scheme = SCHEME.exec(text);
  if (!scheme) return { kind: kind ?? 'file', url: text, display, protocolWhitelist: 'file' };
  const name = scheme[1].toLowerCase();
  const afterScheme = scheme[2];

  if (name === 'file') {
    let path = afterScheme;
    if (afterScheme.startsWith('//')) {
      try {
        path = decodeURIComponent(new URL(text).pathname);
      } catch {
        throw invalid('a malformed file: URL');
      }
    }
    return { kind: kind ?? 'file', url: path, display: path, protocolWhitelist: 'file' };
  }

  const network = NETWORK_SCHEMES.has(name);
  if (!network && !allowed.has(name)) {
    throw invalid(
      `"${name}:" is an FFmpeg protocol, not a file or a camera URL; it is refused unless allowed (allowProtocols: ['${name}']). ` +
        `For a file whose name starts so, write ./${text.length > 40 ? `${text.slice(0, 40)}...` : text}`,
      `${name}:...`,
    );
  }
  if (!afterScheme.startsWith('//')) {
    if (network) throw invalid(`a malformed URL: "${name}:" must be followed by "//" and the host (${name}://host/...)`);
    // An allowed FFmpeg protocol (concat:a.mp4|b.mp4): reads files through it, nothing else.
    return { kind: kind ?? 'file', url: text, display, protocolWhitelist: `file,${name}` };
  }
  checkUrl(text, invalid);
  return { kind: kind ?? 'stream', url: text, display };
}

/** A URL FFmpeg will read as meant: parses, has a host, and no stray `@` that hints at an unencoded password. */
function checkUrl(text: string, invalid: (why: string) => SourceError): void {
  const hint = 'percent-encode "/", "?", "#" and "@" in a user name or password (%2F, %3F, %23, %40)';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw invalid(`a malformed URL; ${hint}`);
  }
  if (url.hostname === '') throw invalid('a URL without a host');
  // An `@` that did not end up as user info: the password had an unencoded "/", "?" or "#" and
  // FFmpeg would connect to the wrong host, sending part of the password as the path.
  const afterScheme = text.slice(text.indexOf('//') + 2);
  if (url.username === '' && url.password === '' && afterScheme.includes('@')) {
    throw invalid(`an "@" outside the user info; ${hint}`);
  }
}
