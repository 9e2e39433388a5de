import { createRequire } from 'node:module';
import type * as Beamcoder from 'beamcoder';

export type BeamcoderModule = typeof Beamcoder;

let loaded: BeamcoderModule | null = null;

/**
 * Loads beamcoder (FFmpeg bindings) on first use.
 *
 * Lazily, so that importing `@rxcv/sources` costs nothing until a source opens; and with
 * stdout silenced while it loads, because beamcoder prints a licence banner on
 * stdout that would otherwise end up in every CLI's output. FFmpeg's own log is set to
 * `fatal` (our errors carry FFmpeg's message already); `RXCV_FFMPEG_LOGLEVEL=error|warning|info|
 * verbose|debug` turns it back on for debugging.
 */
export function loadBeamcoder(): BeamcoderModule {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  // The banner goes through console.log; test runners replace console, so silence both paths.
  const write = process.stdout.write;
  const log = console.log;
  process.stdout.write = (() => true) as typeof process.stdout.write;
  console.log = () => undefined;
  try {
    loaded = require('beamcoder') as BeamcoderModule;
  } finally {
    process.stdout.write = write;
    console.log = log;
  }
  loaded.logging(process.env.RXCV_FFMPEG_LOGLEVEL ?? 'fatal');
  return loaded;
}
