import { SourceError } from '@rxcv/core';
import { hasRtspServer, startRtspServer, type RtspServer, type RtspServerOptions } from '@rxcv/testing';
import { openVideoSource, type FfmpegVideoSource, type VideoSourceOptions } from '../../src/index.js';

// The server harness lives in @rxcv/testing so that every package's tests can use it.
export { hasRtspServer, startRtspServer, type RtspServer, type RtspServerOptions };

const RETRIABLE = new Set(['CONNECTION_FAILED', 'CONNECTION_REFUSED', 'TIMEOUT']);

/**
 * `openVideoSource` on a stream of a test server, tried again (up to 3 times) only when the server
 * crashed meanwhile (see `startRtspServer`): a server fault must not fail a test of the source.
 */
export async function openFromServer(server: RtspServer, reference: string, options: VideoSourceOptions = {}): Promise<FfmpegVideoSource> {
  for (let attempt = 1; ; attempt += 1) {
    const crashesBefore = server.crashes;
    try {
      return await openVideoSource(reference, options);
    } catch (error) {
      if (attempt >= 3 || !(error instanceof SourceError) || !RETRIABLE.has(error.code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 300)); // the crash is seen a moment later
      if (server.crashes === crashesBefore) throw error;
      await server.whenUp();
    }
  }
}
