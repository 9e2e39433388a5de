import { createRequire } from 'node:module';
import type * as Beamcoder from 'beamcoder';

export type BeamcoderModule = typeof Beamcoder;

let beamcoder: BeamcoderModule | undefined;

/**
 * beamcoder, loaded on first use with stdout silenced: on load it prints a licence banner to
 * stdout, which would corrupt output a user pipes (JSONL, a CLI's progress). Loading it lazily
 * also keeps `import '@rxcv/sinks'` cheap for programs that never write video.
 */
export function loadBeamcoder(): BeamcoderModule {
  if (beamcoder === undefined) {
    // The banner goes through console.log, which test runners and loggers may have replaced,
    // so both it and the stream underneath are muted for the (synchronous) load.
    const write = process.stdout.write;
    const log = console.log;
    process.stdout.write = (() => true) as typeof process.stdout.write;
    console.log = () => undefined;
    try {
      beamcoder = createRequire(import.meta.url)('beamcoder') as BeamcoderModule;
    } finally {
      process.stdout.write = write;
      console.log = log;
    }
  }
  return beamcoder;
}

let quietCalls = 0;
let restoreLevel: string | undefined;

/**
 * Runs `task` with FFmpeg's informational log lines hidden, when the log level is FFmpeg's
 * default (`info`). Opening libx264 logs its whole settings string at that level on every
 * file; warnings and errors still show. Nested and concurrent calls share one change.
 */
export async function withFfmpegInfoSilenced<T>(task: () => Promise<T>): Promise<T> {
  const beamcoder = loadBeamcoder();
  if (quietCalls === 0 && beamcoder.logging() === 'info') {
    restoreLevel = 'info';
    beamcoder.logging('warning');
  }
  quietCalls += 1;
  try {
    return await task();
  } finally {
    quietCalls -= 1;
    if (quietCalls === 0 && restoreLevel !== undefined) {
      // Only undo our own change: someone may have chosen another level meanwhile.
      if (beamcoder.logging() === 'warning') beamcoder.logging(restoreLevel);
      restoreLevel = undefined;
    }
  }
}
