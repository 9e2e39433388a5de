// Public API of @rxcv/ffmpeg.
export type * from './backend.js';
export { FfmpegError, FfmpegBackendError } from './ffmpeg-error.js';
export type { FfmpegBackendErrorCode } from './ffmpeg-error.js';
export { loadFfmpegBackend, chooseFfmpegBackend, FFMPEG_BACKENDS, DEFAULT_FFMPEG_BACKEND } from './load-ffmpeg-backend.js';
