/** How to reach a live stream. */
export interface StreamConnectionOptions {
  /** RTSP transport (default `tcp`: no losses, passes NAT and firewalls; `udp` for lower latency). */
  readonly transport?: 'tcp' | 'udp';
  /**
   * Longest silence tolerated from the peer before it counts as dead, ms (default 5000). Opening
   * fails after about 40% of it, a read after about 80% (see `streamDemuxerOptions`).
   */
  readonly timeoutMs?: number;
  /** How long FFmpeg analyses the stream when opening, ms (default 200: opens in ~0.3 s, not ~1 s). */
  readonly analyzeDurationMs?: number;
  /** More FFmpeg demuxer/protocol options, values as strings; they win over rxcv's. */
  readonly demuxerOptions?: Readonly<Record<string, string>>;
}

export const DEFAULT_STREAM_TIMEOUT_MS = 5000;
export const DEFAULT_ANALYZE_DURATION_MS = 200;

/**
 * FFmpeg options for a live stream URL, chosen per protocol because FFmpeg 5.1 names its time-outs
 * differently and ignores (and beamcoder prints a line on stdout for) an option nobody consumes:
 *
 * - `rtsp(s)://`: `rtsp_transport`, and `timeout` (µs). Measured here: with `timeout` T, opening a
 *   frozen server fails after ~1.05 T and a read after ~2.1 T past the last packet. rxcv passes
 *   T = 0.4 x `timeoutMs`, so a dead peer is noticed within `timeoutMs` (2 s and ~4.2 s by default).
 *   (`stimeout` and `rw_timeout` have no effect on RTSP in FFmpeg 5.1.)
 * - `udp://`, `rtp://`, `srt://`: `timeout` (µs) = 0.4 x `timeoutMs` as well.
 * - anything else (`http(s)://` HLS/MJPEG, `rtmp://`, `tcp://`): `rw_timeout` (µs), the generic
 *   per-read/write time-out of FFmpeg's protocols (`timeout` means "listen" time for rtmp).
 * - all: `analyzeduration` (µs).
 */
export function streamDemuxerOptions(url: string, options: StreamConnectionOptions = {}): Record<string, string> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_STREAM_TIMEOUT_MS;
  const micros = (ms: number) => String(Math.max(1, Math.round(ms * 1000)));
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url)?.[1].toLowerCase() ?? '';
  const result: Record<string, string> = {
    analyzeduration: micros(options.analyzeDurationMs ?? DEFAULT_ANALYZE_DURATION_MS),
  };
  if (scheme === 'rtsp' || scheme === 'rtsps') {
    result.rtsp_transport = options.transport ?? 'tcp';
    result.timeout = micros(timeoutMs * 0.4);
  } else if (scheme === 'udp' || scheme === 'rtp' || scheme === 'srt') {
    result.timeout = micros(timeoutMs * 0.4);
  } else if (scheme !== '') {
    result.rw_timeout = micros(timeoutMs * 0.4);
  }
  return { ...result, ...options.demuxerOptions };
}

/** What to ask of a webcam. */
export interface WebcamOptions {
  readonly width?: number;
  readonly height?: number;
  readonly fps?: number;
  /** The camera's own pixel format, as FFmpeg names it: `mjpeg`, `yuyv422`, `h264`, ... */
  readonly inputPixelFormat?: string;
  /** FFmpeg input format; default `video4linux2,v4l2` (Linux). */
  readonly inputFormat?: string;
  /** More FFmpeg demuxer options, values as strings; they win over rxcv's. */
  readonly demuxerOptions?: Readonly<Record<string, string>>;
}

export const V4L2_INPUT_FORMAT = 'video4linux2,v4l2';

/** FFmpeg `video4linux2` demuxer options for a webcam: `video_size`, `framerate`, `input_format`. */
export function webcamDemuxerOptions(options: WebcamOptions = {}): Record<string, string> {
  const result: Record<string, string> = {};
  if ((options.width === undefined) !== (options.height === undefined)) {
    throw new RangeError('webcam width and height go together: give both or neither');
  }
  if (options.width !== undefined && options.height !== undefined) {
    if (!(options.width > 0 && options.height > 0)) throw new RangeError(`webcam size must be positive, got ${options.width}x${options.height}`);
    result.video_size = `${Math.round(options.width)}x${Math.round(options.height)}`;
  }
  if (options.fps !== undefined) {
    if (!(options.fps > 0)) throw new RangeError(`webcam fps must be positive, got ${options.fps}`);
    result.framerate = String(options.fps);
  }
  if (options.inputPixelFormat) result.input_format = options.inputPixelFormat;
  return { ...result, ...options.demuxerOptions };
}
