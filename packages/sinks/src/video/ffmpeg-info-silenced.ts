// Hides FFmpeg's informational log lines while an encoder opens (libx264 prints its settings).
import { loadBeamcoder } from '@rxcv/beamcoder/load';

let quietCalls = 0;
let restoreLevel: string | undefined;

/**
 * Runs `task` with FFmpeg's informational log lines hidden, when a user has turned FFmpeg's log
 * up to `info` (`RXCV_FFMPEG_LOGLEVEL=info`; the default is `fatal`). Opening libx264 logs its
 * whole settings string at that level on every file; warnings and errors still show. Nested and
 * concurrent calls share one change.
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
