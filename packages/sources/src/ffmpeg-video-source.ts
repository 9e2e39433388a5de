import type { SourceKind, VideoSource } from '@rxcv/core';
import type { SourceStats } from './source-stats.js';

/** A `VideoSource` read by FFmpeg, with its kind and counters. */
export interface FfmpegVideoSource extends VideoSource {
  readonly kind: SourceKind;
  stats(): SourceStats;
}
