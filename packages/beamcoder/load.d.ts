// rxcv addition (not upstream): the one place rxcv loads the binding.
import type * as Beamcoder from './index';

export type BeamcoderModule = typeof Beamcoder;

/**
 * The binding, loaded on first use without its stdout banner, with FFmpeg's log level set from
 * `RXCV_FFMPEG_LOGLEVEL` (default `fatal`).
 */
export function loadBeamcoder(): BeamcoderModule;
