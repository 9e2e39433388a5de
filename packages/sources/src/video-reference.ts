import { SourceError, redactReference, type SourceKind } from '@rxcv/core';

/** A video reference resolved to what FFmpeg opens and how rxcv treats it. */
export interface ResolvedReference {
  readonly kind: SourceKind;
  /** What FFmpeg opens: a path, a URL (credentials included) or a device node. */
  readonly url: string;
  /** The reference safe to show: no user info, query or fragment. */
  readonly display: string;
}

/** URL schemes read as live streams (anything FFmpeg opens by URL, except `file:`). */
const URL_SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
const WEBCAM_INDEX = /^\d+$/;
const WEBCAM_DEVICE = /^\/dev\/(video\d+|v4l\/.+)$/;

/**
 * Detects what a video reference is.
 *
 * - a number, or a string of digits (`0`, as a CLI passes it): webcam `/dev/video<N>`;
 * - `/dev/videoN` or `/dev/v4l/...`: webcam;
 * - `scheme://...` (`rtsp`, `rtmp`, `http(s)`, `udp`, `srt`, ...): live stream;
 * - `file://...` or anything else: a video file path.
 *
 * `kind` forces the interpretation, e.g. `'file'` for an `https://.../clip.mp4` that should be
 * read frame by frame, or `'stream'` to treat a file as a looping "camera".
 */
export function resolveVideoReference(reference: string | number, kind?: SourceKind): ResolvedReference {
  const text = typeof reference === 'number' ? String(reference) : reference;
  const display = redactReference(text);
  if (typeof reference === 'number' && (!Number.isInteger(reference) || reference < 0)) {
    throw new SourceError('INVALID_REFERENCE', `Invalid video reference ${display}: a webcam index is a whole number >= 0`, display);
  }
  if (text.trim() === '') {
    throw new SourceError('INVALID_REFERENCE', 'Invalid video reference: it is empty', display);
  }
  const isIndex = WEBCAM_INDEX.test(text);
  const detected: SourceKind = isIndex || WEBCAM_DEVICE.test(text)
    ? 'webcam'
    : URL_SCHEME.test(text) && !/^file:/i.test(text)
      ? 'stream'
      : 'file';
  const resolvedKind = kind ?? detected;
  if (resolvedKind === 'webcam') {
    const url = isIndex ? `/dev/video${text}` : text;
    return { kind: 'webcam', url, display: redactReference(url) };
  }
  if (resolvedKind === 'file' && /^file:\/\//i.test(text)) {
    const url = decodeURIComponent(new URL(text).pathname);
    return { kind: 'file', url, display: url };
  }
  return { kind: resolvedKind, url: text, display };
}
