import { existsSync, readdirSync } from 'node:fs';
import { AbortedError, OptionError, SourceError, checkDuration, checkOneOf, redactReference, type BackoffOptions, type ModelInputSize, type PixelFormat, type SourceKind } from '@rxcv/core';
import { FFMPEG_BACKENDS, loadFfmpegBackend, type FfmpegBackendName, type HardwareDecoding } from '@rxcv/ffmpeg';
import { sourceError } from './classify-ffmpeg-error.js';
import {
  DEFAULT_STREAM_TIMEOUT_MS,
  V4L2_INPUT_FORMAT,
  streamDemuxerOptions,
  webcamDemuxerOptions,
  type StreamConnectionOptions,
  type WebcamOptions,
} from './demuxer-options.js';
import { FileVideoSource } from './file-video-source.js';
import type { FfmpegVideoSource } from './ffmpeg-video-source.js';
import { LiveVideoSource } from './live-video-source.js';
import { resolveVideoReference, type ResolvedReference } from './video-reference.js';
import { openWithin } from './open-within.js';

/** Options of `openVideoSource`. Every one is optional. */
export interface VideoSourceOptions extends StreamConnectionOptions, Omit<WebcamOptions, 'demuxerOptions'> {
  /** Id stamped on every frame and event of this source (default 0). */
  readonly sourceId?: number;
  /**
   * FFmpeg protocols a reference may use besides `file` and the network URL schemes (`concat`,
   * `subfile`, `data`, ...). Default none: `concat:a.mp4|/etc/passwd` is refused (INVALID_REFERENCE).
   */
  readonly allowProtocols?: readonly string[];
  /** Cancels opening: `openVideoSource` rejects at once with an `AbortedError` (code ABORTED). */
  readonly signal?: AbortSignal;
  /**
   * Longest time opening may take, ms: TIMEOUT after it. Default 30000 for files (a FIFO nobody
   * writes to, a hung network mount); none for streams and webcams (bounded by `timeoutMs`).
   */
  readonly openTimeoutMs?: number;
  /** Force how the reference is read instead of detecting it (see `resolveVideoReference`). */
  readonly kind?: SourceKind;
  /** Layout of `frame.image` (default `rgb24`). */
  readonly pixelFormat?: PixelFormat;
  /**
   * The FFmpeg binding that reads: `beamcoder` (default) or `node-av` (an optional peer
   * dependency: `npm install node-av`). Default: `RXCV_FFMPEG`, else beamcoder. A backend that is
   * not installed rejects `openVideoSource` with an `FfmpegBackendError` (FFMPEG_BACKEND_UNAVAILABLE).
   */
  readonly ffmpeg?: FfmpegBackendName;
  /**
   * Hardware decoding (node-av only): `'auto'` uses what the machine has and falls back to
   * software with one HARDWARE_DECODING_FALLBACK event on `events$`; a named device
   * (`vaapi`, `cuda`, `qsv`, `videotoolbox`) that is missing rejects with an `FfmpegBackendError`
   * (HARDWARE_DECODING_UNAVAILABLE). Default false: software.
   */
  readonly hwDecode?: HardwareDecoding;
  /** FFmpeg decoder threads (default: FFmpeg's library default, 1). */
  readonly decoderThreads?: number;
  /**
   * Also scale every frame to this model input while decoding (FFmpeg's scaler, off the main
   * thread), as `frame.image.resized`; a model of `@rxcv/models` then skips its own resize
   * (`model.inputSize()` gives the value). `frame.image` stays the full picture.
   */
  readonly modelInput?: ModelInputSize;
  /**
   * Streams and webcams: reconnect with this back-off when the input is lost or fails (default:
   * 0.5 s doubling up to 10 s, jitter 0.2, without limit), or `false` to end at the first loss.
   */
  readonly reconnect?: BackoffOptions | false;
  /**
   * Streams and webcams: connect once while opening (default true), so that a wrong address,
   * password or path rejects `openVideoSource` at once (within the time-out) and `describe()` knows
   * the size. With false, `openVideoSource` returns at once and problems surface on `frames()`
   * and `events$`.
   */
  readonly connectOnOpen?: boolean;
}

/**
 * Opens a video source: a file path, a stream URL or a webcam (see `resolveVideoReference`).
 *
 * Files are opened once right away, so a missing file, a file that is not a video, one without a
 * video stream or a truncated MP4 whose header is unreadable rejects here with a `SourceError`
 * (SOURCE_NOT_FOUND, SOURCE_UNREADABLE, SOURCE_NO_VIDEO_STREAM), and `describe()` is filled in.
 * Streams and webcams connect once too, bounded by `timeoutMs` (unless `connectOnOpen: false`).
 */
export async function openVideoSource(reference: string | number, options: VideoSourceOptions = {}): Promise<FfmpegVideoSource> {
  checkDuration('timeoutMs', options.timeoutMs);
  checkDuration('analyzeDurationMs', options.analyzeDurationMs);
  if (options.allowProtocols !== undefined && !(Array.isArray(options.allowProtocols) && options.allowProtocols.every((p) => typeof p === 'string'))) {
    throw new OptionError('allowProtocols', 'must be an array of FFmpeg protocol names');
  }
  if (options.signal?.aborted) throw new AbortedError(`Opening ${redactReference(reference)} was aborted`, { cause: options.signal.reason });
  checkDuration('openTimeoutMs', options.openTimeoutMs);
  checkFfmpegOptions(options);
  const resolved = resolveVideoReference(reference, options.kind, { allowProtocols: options.allowProtocols });
  const timeoutMs = options.openTimeoutMs ?? (resolved.kind === 'file' ? DEFAULT_FILE_OPEN_TIMEOUT_MS : undefined);
  return openWithin(() => openResolved(resolved, options), {
    signal: options.signal,
    timeoutMs,
    reference: resolved,
    timedOut: () => sourceError('TIMEOUT', resolved, 'open', `opening took longer than ${timeoutMs} ms (openTimeoutMs); a FIFO nobody writes to, or a hung mount?`),
  });
}

/** The longest a file may take to open by default, ms (a local file takes a few ms). */
export const DEFAULT_FILE_OPEN_TIMEOUT_MS = 30_000;

/** The choices of backend and hardware decoding (`ffmpeg`, `hwDecode`), or an `OptionError` naming the bad one. */
export function checkFfmpegOptions(options: { readonly ffmpeg?: unknown; readonly hwDecode?: unknown }): void {
  checkOneOf('ffmpeg', options.ffmpeg, FFMPEG_BACKENDS);
  checkOneOf('hwDecode', options.hwDecode, HARDWARE_DECODING_CHOICES);
}

const HARDWARE_DECODING_CHOICES: readonly HardwareDecoding[] = ['auto', 'vaapi', 'cuda', 'qsv', 'videotoolbox', false];

async function openResolved(resolved: ResolvedReference, options: VideoSourceOptions): Promise<FfmpegVideoSource> {
  const sourceId = options.sourceId ?? 0;
  // Loaded here, so a backend that is not installed rejects the open with its typed error.
  const backend = await loadFfmpegBackend(options.ffmpeg);
  const common = {
    backend,
    hwDecode: options.hwDecode,
    pixelFormat: options.pixelFormat ?? 'rgb24',
    decoderThreads: options.decoderThreads,
    modelInput: checkedModelInput(options.modelInput, resolved),
  } as const;
  switch (resolved.kind) {
    case 'file':
      return FileVideoSource.open(resolved, sourceId, { ...common, demuxerOptions: options.demuxerOptions });
    case 'stream': {
      const timeoutMs = options.timeoutMs ?? DEFAULT_STREAM_TIMEOUT_MS;
      return LiveVideoSource.open(resolved, sourceId, {
        reader: { ...common, demuxerOptions: streamDemuxerOptions(resolved.url, options), timeoutMs: timeoutMs * 0.4 },
        reconnect: options.reconnect ?? {},
        connectOnOpen: options.connectOnOpen ?? true,
      });
    }
    case 'webcam': {
      const inputFormat = options.inputFormat ?? V4L2_INPUT_FORMAT;
      let demuxerOptions: Record<string, string>;
      try {
        demuxerOptions = webcamDemuxerOptions(options);
      } catch (error) {
        throw new SourceError('INVALID_REFERENCE', `Invalid webcam options for ${resolved.display}: ${(error as Error).message}`, resolved.display);
      }
      if (inputFormat === V4L2_INPUT_FORMAT) assertDeviceExists(resolved);
      return LiveVideoSource.open(resolved, sourceId, {
        reader: { ...common, inputFormat, demuxerOptions },
        reconnect: options.reconnect ?? {},
        connectOnOpen: options.connectOnOpen ?? true,
      });
    }
  }
}

/** A model input size that FFmpeg can scale to, or INVALID_REFERENCE naming the problem. */
function checkedModelInput(input: ModelInputSize | undefined, reference: ResolvedReference): ModelInputSize | undefined {
  if (input === undefined) return undefined;
  const whole = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n > 0 && n <= 16384;
  const problem = !whole(input.width) || !whole(input.height)
    ? `width and height must be whole numbers from 1 to 16384, got ${input.width}x${input.height}`
    : input.fit !== 'letterbox' && input.fit !== 'stretch'
      ? `fit must be 'letterbox' or 'stretch', got ${String(input.fit)}`
      : input.pixelFormat !== 'rgb24' && input.pixelFormat !== 'bgr24'
        ? `pixelFormat must be 'rgb24' or 'bgr24', got ${String(input.pixelFormat)}`
        : null;
  if (problem) throw new SourceError('INVALID_REFERENCE', `Invalid modelInput for ${reference.display}: ${problem}`, reference.display);
  return input;
}

/** A clear DEVICE_NOT_FOUND, listing the video devices that do exist, before FFmpeg tries. */
function assertDeviceExists(reference: ResolvedReference): void {
  if (existsSync(reference.url)) return;
  let devices: string[] = [];
  try {
    devices = readdirSync('/dev').filter((name) => /^video\d+$/.test(name)).map((name) => `/dev/${name}`);
  } catch {
    /* no /dev (not Linux) */
  }
  const present = devices.length ? `video devices present: ${devices.join(', ')}` : 'this machine has no /dev/video* device';
  throw sourceError('DEVICE_NOT_FOUND', reference, 'open', present);
}
