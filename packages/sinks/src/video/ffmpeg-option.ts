// The `ffmpeg` option of the sinks that encode (video writer, event clips, preview): checked at construction.
import { FFMPEG_BACKENDS, type FfmpegBackendName } from '@rxcv/ffmpeg';
import { SinkError } from '../sink-error.js';

/** `value` if it names an FFmpeg backend (or is undefined: `RXCV_FFMPEG`, else beamcoder); else SINK_INVALID_OPTIONS. */
export function checkedFfmpegOption(where: string, value: unknown): FfmpegBackendName | undefined {
  if (value === undefined || (FFMPEG_BACKENDS as readonly unknown[]).includes(value)) return value as FfmpegBackendName | undefined;
  throw new SinkError('SINK_INVALID_OPTIONS', `${where}: ffmpeg must be one of ${FFMPEG_BACKENDS.join(', ')}, got ${JSON.stringify(value)}`);
}
