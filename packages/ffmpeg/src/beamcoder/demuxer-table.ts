// FFmpeg's input formats (demuxers) by name, listed once per process.
import type { InputFormat } from '@rxcv/beamcoder';
import type { BeamcoderModule } from '@rxcv/beamcoder/load';

let table: Record<string, InputFormat> | null = null;

/**
 * `beamcoder.demuxers()` builds a description of every demuxer on the main thread (~30 ms),
 * which blocked the event loop for seconds when a process opened dozens of webcam or lavfi
 * inputs; so it is built once and kept.
 */
export function inputFormats(beamcoder: BeamcoderModule): Record<string, InputFormat> {
  table ??= beamcoder.demuxers();
  return table;
}
