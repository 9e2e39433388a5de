// Public API of @rxcv/sources.
export { openVideoSource } from './open-video-source.js';
export type { VideoSourceOptions } from './open-video-source.js';
export type { FfmpegVideoSource } from './ffmpeg-video-source.js';
export type { SourceStats } from './source-stats.js';
export { FileVideoSource } from './file-video-source.js';
export { LiveVideoSource } from './live-video-source.js';
export { resolveVideoReference, NETWORK_SCHEMES } from './video-reference.js';
export type { ResolvedReference, ReferenceOptions } from './video-reference.js';
export {
  streamDemuxerOptions,
  webcamDemuxerOptions,
  DEFAULT_STREAM_TIMEOUT_MS,
  DEFAULT_ANALYZE_DURATION_MS,
  V4L2_INPUT_FORMAT,
} from './demuxer-options.js';
export type { StreamConnectionOptions, WebcamOptions } from './demuxer-options.js';
export { classifyFfmpegError } from './classify-ffmpeg-error.js';
export type { FailureContext, FailurePhase } from './classify-ffmpeg-error.js';
export { threadpoolSize, recommendedThreadpoolSize } from './threadpool.js';
export { checkFfmpegOptions } from './open-video-source.js';
// The FFmpeg backend choice, as users of the sources need it (see @rxcv/ffmpeg).
export { loadFfmpegBackend, chooseFfmpegBackend, FfmpegError, FfmpegBackendError, FFMPEG_BACKENDS, DEFAULT_FFMPEG_BACKEND } from '@rxcv/ffmpeg';
export type { FfmpegBackend, FfmpegBackendName, FfmpegBackendErrorCode, HardwareDecoding } from '@rxcv/ffmpeg';
