/** Waits for a promise unless an `AbortSignal` fires first; what arrives too late is handed to `discard`. */
import { AbortedError } from '@rxcv/core';

/**
 * Resolves as `pending` does, or rejects with an `AbortedError` as soon as `signal` aborts. A
 * value that arrives after the abort is passed to `discard` (e.g. a model to dispose), so nothing
 * loaded for a cancelled `init` is left behind.
 */
export function untilAborted<T>(pending: Promise<T>, signal: AbortSignal | undefined, what: string, discard: (late: T) => void): Promise<T> {
  if (!signal) return pending;
  return new Promise<T>((resolve, reject) => {
    let aborted = false;
    const onAbort = () => {
      aborted = true;
      reject(new AbortedError(`${what} was aborted`, { cause: signal.reason }));
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    pending.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        if (aborted) discard(value);
        else resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        if (!aborted) reject(error);
      },
    );
  });
}
