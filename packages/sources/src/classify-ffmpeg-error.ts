import { SourceError, redactText, type SourceErrorCode, type SourceKind } from '@rxcv/core';
import type { ResolvedReference } from './video-reference.js';

/** Where in a source's life an FFmpeg call failed. */
export type FailurePhase = 'open' | 'read' | 'decode';

export interface FailureContext {
  readonly reference: ResolvedReference;
  readonly phase: FailurePhase;
  /** How long the failed call took, to recognise an open that ran into the time-out. */
  readonly elapsedMs?: number;
  /** The time-out the call had, if any. */
  readonly timeoutMs?: number;
}

/**
 * FFmpeg's own message: the backends throw `FfmpegError`s that carry it without their binding's
 * decoration, so this is the same text whichever backend failed.
 */
export function ffmpegMessage(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).trim();
}

/** Ordered rules: the first whose pattern matches FFmpeg's message gives the code. */
const RULES: ReadonlyArray<{ pattern: RegExp; code: (kind: SourceKind) => SourceErrorCode }> = [
  { pattern: /\b401\b|unauthori[sz]ed|authori[sz]ation failed/i, code: () => 'AUTHENTICATION_FAILED' },
  { pattern: /\b403\b|forbidden/i, code: () => 'AUTHENTICATION_FAILED' },
  { pattern: /\b404\b|server returned 4\d\d .*not found/i, code: () => 'STREAM_NOT_FOUND' },
  {
    pattern: /no such file or directory/i,
    code: (kind) => (kind === 'webcam' ? 'DEVICE_NOT_FOUND' : kind === 'file' ? 'SOURCE_NOT_FOUND' : 'STREAM_NOT_FOUND'),
  },
  { pattern: /connection refused/i, code: () => 'CONNECTION_REFUSED' },
  { pattern: /timed out|timeout/i, code: () => 'TIMEOUT' },
  {
    pattern: /decoder not found|no decoder|codec not (currently )?supported|unsupported codec|unknown codec|invalid codec/i,
    code: () => 'UNSUPPORTED_CODEC',
  },
  { pattern: /permission denied|operation not permitted/i, code: (kind) => (kind === 'stream' ? 'CONNECTION_FAILED' : 'SOURCE_UNREADABLE') },
  {
    pattern: /network is unreachable|no route to host|host is unreachable|name or service not known|name resolution|connection reset|broken pipe|input\/output error|end of file|server returned/i,
    code: (kind) => (kind === 'stream' ? 'CONNECTION_FAILED' : 'SOURCE_UNREADABLE'),
  },
];

const PHRASES: Record<SourceErrorCode, string> = {
  SOURCE_NOT_FOUND: 'the file does not exist',
  SOURCE_UNREADABLE: 'FFmpeg cannot read it as video',
  SOURCE_NO_VIDEO_STREAM: 'it has no video stream',
  SOURCE_DECODE_FAILED: 'decoding failed',
  CONNECTION_REFUSED: 'the connection was refused (nothing listens there)',
  CONNECTION_FAILED: 'the connection failed',
  AUTHENTICATION_FAILED: 'authentication failed (wrong or missing user name / password)',
  STREAM_NOT_FOUND: 'the server has no such stream',
  TIMEOUT: 'no answer within the time-out',
  UNSUPPORTED_CODEC: 'its codec is not supported by this FFmpeg',
  DEVICE_NOT_FOUND: 'the device does not exist',
  INVALID_REFERENCE: 'the reference is not valid',
};

/**
 * Turns an error thrown by FFmpeg (an `FfmpegError` from either backend) into a `SourceError` with a code a program
 * can act on and a message a person can read. Credentials in the reference never reach the
 * message: FFmpeg sometimes quotes the URL it was given.
 */
export function classifyFfmpegError(error: unknown, context: FailureContext): SourceError {
  if (error instanceof SourceError) return error;
  const { reference, phase } = context;
  const detail = ffmpegMessage(error);
  let code: SourceErrorCode | undefined = RULES.find((rule) => rule.pattern.test(detail))?.code(reference.kind);
  const ranIntoTimeout =
    context.timeoutMs !== undefined && context.elapsedMs !== undefined && context.elapsedMs >= context.timeoutMs * 0.9;
  // FFmpeg 5.1's RTSP demuxer reports an open that hit `timeout` as "Invalid data found".
  if (ranIntoTimeout && (code === undefined || code === 'CONNECTION_FAILED')) code = 'TIMEOUT';
  code ??=
    phase === 'decode'
      ? 'SOURCE_DECODE_FAILED'
      : reference.kind === 'stream'
        ? 'CONNECTION_FAILED'
        : phase === 'read'
          ? 'SOURCE_DECODE_FAILED'
          : 'SOURCE_UNREADABLE';
  return sourceError(code, reference, phase, `FFmpeg: ${detail}`, error);
}

/**
 * Builds a `SourceError` whose message names the (redacted) reference, the problem and, in
 * brackets, the detail (e.g. `FFmpeg: <its message>`).
 */
export function sourceError(
  code: SourceErrorCode,
  reference: ResolvedReference,
  phase: FailurePhase,
  detail?: string,
  cause?: unknown,
): SourceError {
  const what = reference.kind === 'file' ? 'video file' : reference.kind === 'webcam' ? 'webcam' : 'stream';
  const action = phase === 'open' ? 'Cannot open' : phase === 'read' ? 'Cannot read' : 'Cannot decode';
  // Only the detail can carry secrets (FFmpeg may quote the URL); the rest is built from the
  // redacted reference, so redacting it would only mangle words that happen to equal a user name.
  const safeDetail = detail ? ` (${redactText(detail, reference.url)})` : '';
  const message = `${action} ${what} ${reference.display}: ${PHRASES[code]}${safeDetail}`;
  return new SourceError(code, message, reference.display, cause === undefined ? undefined : { cause: redactedCause(cause, reference) });
}

/** The original error with its message redacted, kept as `cause` for debugging. */
function redactedCause(cause: unknown, reference: ResolvedReference): unknown {
  if (!(cause instanceof Error)) return cause;
  const copy = new Error(redactText(cause.message, reference.url));
  copy.name = cause.name;
  return copy;
}
