/**
 * libuv threadpool sizing for live sources.
 *
 * Every FFmpeg call beamcoder makes (open, read, decode, convert) runs on the libuv threadpool, and
 * a live stream's `read()` blocks its thread until the next packet arrives (up to the time-out
 * when the peer froze). With Node's default of 4 threads, four stalled streams starve everything
 * else, healthy streams and file I/O included. Size the pool to the number of live sources plus
 * 4, in the environment: `UV_THREADPOOL_SIZE=12 node app.js`. Setting `process.env` from code only
 * works in a CommonJS entry point before anything asynchronous ran; an ES module entry point is
 * too late (Node's module loader has already started the pool).
 */

/** The threadpool size this process asked for (from `UV_THREADPOOL_SIZE`; Node's default 4). */
export function threadpoolSize(): number {
  const size = Number.parseInt(process.env.UV_THREADPOOL_SIZE ?? '', 10);
  return Number.isFinite(size) && size > 0 ? Math.min(size, 1024) : 4;
}

/** The threadpool size to run `liveSources` streams/webcams with: one each, plus 4 for the rest. */
export function recommendedThreadpoolSize(liveSources: number): number {
  return Math.min(1024, Math.max(0, Math.ceil(liveSources)) + 4);
}

let openLiveReaders = 0;
let warned = false;

/** Counts an open live connection; warns once (process warning) when the pool looks too small. */
export function liveReaderOpened(): void {
  openLiveReaders += 1;
  if (!warned && openLiveReaders + 2 > threadpoolSize()) {
    warned = true;
    process.emitWarning(
      `rxcv: ${openLiveReaders} live video connection(s) open with a libuv threadpool of ${threadpoolSize()}; each blocks a thread while it waits for packets. Start node with UV_THREADPOOL_SIZE=${recommendedThreadpoolSize(openLiveReaders)} or more.`,
      { code: 'RXCV_THREADPOOL_SMALL' },
    );
  }
}

export function liveReaderClosed(): void {
  openLiveReaders = Math.max(0, openLiveReaders - 1);
}
