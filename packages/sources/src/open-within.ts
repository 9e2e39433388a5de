/**
 * Bounds the opening of a source by a time-out and an `AbortSignal`. FFmpeg's open cannot be
 * interrupted (it runs in a libuv thread, and a FIFO nobody writes to blocks in the kernel's
 * `open()`), so the caller is answered at once, and the stuck thread is freed where that is
 * possible: a FIFO gets a writer that closes at once, so FFmpeg's `open()` returns and its read
 * sees the end of the input.
 */
import { closeSync, constants, openSync, statSync } from 'node:fs';
import { AbortedError, type SourceError } from '@rxcv/core';
import type { ResolvedReference } from './video-reference.js';

export interface OpenBounds {
  readonly signal?: AbortSignal;
  /** Give up after this long, ms (undefined: no time-out). */
  readonly timeoutMs?: number;
  readonly reference: ResolvedReference;
  /** The error to reject with on time-out. */
  readonly timedOut: () => SourceError;
}

/** How often, and how long at most, a stuck FIFO open is nudged after giving up on it. */
const NUDGE_EVERY_MS = 50;
const NUDGE_FOR_MS = 10_000;

/** Resolves or rejects as `opening` does, unless the signal aborts or the time-out passes first. */
export function openWithin<T>(opening: () => Promise<T>, bounds: OpenBounds): Promise<T> {
  const { signal, timeoutMs, reference } = bounds;
  const aborted = () =>
    new AbortedError(`Opening ${reference.display} was aborted`, { cause: signal?.reason });
  if (signal?.aborted) return Promise.reject(aborted());
  const pending = opening();
  if (!signal && timeoutMs === undefined) return pending;
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const done = () => {
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    const giveUp = (error: Error) => {
      if (settled) return;
      done();
      reject(error);
      freeStuckOpen(reference, pending);
    };
    const onAbort = () => giveUp(aborted());
    const timer = timeoutMs === undefined ? undefined : setTimeout(() => giveUp(bounds.timedOut()), timeoutMs);
    signal?.addEventListener('abort', onAbort, { once: true });
    pending.then(
      (value) => {
        if (settled) return;
        done();
        resolve(value);
      },
      (error: unknown) => {
        if (settled) return;
        done();
        reject(error);
      },
    );
  });
}

/** A FIFO FFmpeg waits on gets a writer that closes at once, until the open settles (bounded). */
function freeStuckOpen(reference: ResolvedReference, pending: Promise<unknown>): void {
  if (!isFifo(reference.url)) return;
  let settled = false;
  pending.then(
    () => (settled = true),
    () => (settled = true),
  );
  const started = Date.now();
  const nudge = () => {
    if (settled || Date.now() - started > NUDGE_FOR_MS) return;
    try {
      // Succeeds only while a reader is blocked in open(): then that open returns, and its
      // first read sees the end of the input.
      closeSync(openSync(reference.url, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      /* ENXIO: no reader yet (FFmpeg not in open() yet, or past it) */
    }
    setTimeout(nudge, NUDGE_EVERY_MS).unref();
  };
  nudge();
}

function isFifo(path: string): boolean {
  try {
    return statSync(path).isFIFO();
  } catch {
    return false;
  }
}
