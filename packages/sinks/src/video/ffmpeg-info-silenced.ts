// Hides FFmpeg's informational log lines while an encoder opens (libx264 prints its settings).
import type { FfmpegBackend } from '@rxcv/ffmpeg';

let quietCalls = 0;
let restoreLevel: string | undefined;

/**
 * Runs `task` with FFmpeg's informational log lines hidden, when a user has turned FFmpeg's log
 * up to `info` (`RXCV_FFMPEG_LOGLEVEL=info`; the default is `fatal`). Opening libx264 logs its
 * whole settings string at that level on every file; warnings and errors still show. Nested and
 * concurrent calls share one change (per process: both backends' FFmpeg log is process-wide).
 */
export async function withFfmpegInfoSilenced<T>(backend: FfmpegBackend, task: () => Promise<T>): Promise<T> {
  if (quietCalls === 0 && backend.logLevel() === 'info') {
    restoreLevel = 'info';
    backend.setLogLevel('warning');
  }
  quietCalls += 1;
  try {
    return await task();
  } finally {
    quietCalls -= 1;
    if (quietCalls === 0 && restoreLevel !== undefined) {
      // Only undo our own change: someone may have chosen another level meanwhile.
      if (backend.logLevel() === 'warning') backend.setLogLevel(restoreLevel);
      restoreLevel = undefined;
    }
  }
}
