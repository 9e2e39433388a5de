// reconnectWithBackoff: resubscribes to a lost stream with exponential back-off and jitter.
import { Observable, asyncScheduler, timer, type MonoTypeOperatorFunction, type SchedulerLike, type Subscription } from 'rxjs';

/** Why the source was lost: it errored, or it completed (a live stream that ends has been cut). */
export type LossReason = 'error' | 'complete';

/** Passed to `onRetry` just before waiting to resubscribe. */
export interface RetryInfo {
  /** 1 for the first retry after the source was lost, 2 for the next, ...; reset by a value. */
  readonly attempt: number;
  /** How long it waits before resubscribing, ms. */
  readonly delayMs: number;
  readonly reason: LossReason;
  /** The error, when `reason` is `error`. */
  readonly error?: unknown;
}

export interface BackoffOptions {
  /** Wait before the first retry, ms (default 500). */
  readonly initialDelayMs?: number;
  /** Each further retry waits this many times longer (default 2). */
  readonly factor?: number;
  /** No wait is longer than this, ms, jitter included (default 10 000). */
  readonly maxDelayMs?: number;
  /**
   * Spread, 0..1 (default 0.2): each wait is multiplied by a random factor in
   * `[1 - jitter, 1 + jitter]`, so that many clients do not reconnect in lockstep.
   */
  readonly jitter?: number;
  /** Consecutive retries without a value before giving up (default: never give up). */
  readonly maxRetries?: number;
}

export interface ReconnectOptions extends BackoffOptions {
  /** Treat completion as a loss and resubscribe (default true: for a live stream, the end is a cut). */
  readonly retryOnComplete?: boolean;
  /** Errors for which to retry (default: all). Others pass through at once. */
  readonly retryIf?: (error: unknown) => boolean;
  /** Random numbers in [0, 1) for the jitter; inject a fixed one in tests (default Math.random). */
  readonly random?: () => number;
  /** Scheduler of the waits (default asyncScheduler; TestScheduler's virtual time in `run`). */
  readonly scheduler?: SchedulerLike;
  /** Called when the source was lost and a retry is scheduled. */
  readonly onRetry?: (info: RetryInfo) => void;
  /** Called on the first value after `attempts` retries: the source is back. */
  readonly onRecovered?: (info: { readonly attempts: number }) => void;
  /** Called when `maxRetries` is exhausted, just before erroring (or completing). */
  readonly onGiveUp?: (info: { readonly attempts: number; readonly reason: LossReason; readonly error?: unknown }) => void;
}

export const DEFAULT_BACKOFF: Required<BackoffOptions> = {
  initialDelayMs: 500,
  factor: 2,
  maxDelayMs: 10_000,
  jitter: 0.2,
  maxRetries: Number.POSITIVE_INFINITY,
};

/**
 * The wait before retry number `attempt` (1-based):
 * `min(maxDelayMs, initialDelayMs * factor^(attempt-1) * (1 + jitter * (2 * random - 1)))`.
 */
export function backoffDelay(attempt: number, options: BackoffOptions = {}, random: () => number = Math.random): number {
  const { initialDelayMs, factor, maxDelayMs, jitter } = { ...DEFAULT_BACKOFF, ...options };
  const base = initialDelayMs * factor ** Math.max(0, attempt - 1);
  const spread = jitter > 0 ? 1 + jitter * (2 * random() - 1) : 1;
  return Math.max(0, Math.min(maxDelayMs, base * spread));
}

/**
 * Resubscribes to the source with exponential back-off when it errors or (by default) completes,
 * for sources that stand for a connection: a live stream re-opens after the camera went away.
 *
 * Waits grow from `initialDelayMs` by `factor` up to `maxDelayMs`, spread by `jitter`. The first
 * value after a resubscription counts as success and resets the count. It retries without limit
 * unless `maxRetries` is set; when that is exhausted it errors with the last error (or completes
 * when the last loss was a completion). Unsubscribing cancels a pending wait. A throw from
 * `retryIf`, `onRetry`, `onRecovered` or `onGiveUp` is an error notification.
 *
 * Why not `retry({ delay, resetOnSuccess: true })`: `retry` sees errors only, and here a
 * completion is a loss too (a live stream that ends was cut). Both take `retry` plus `repeat`
 * sharing one attempt counter, which the hooks need as well (`onRetry` gets the attempt and
 * its delay, `onRecovered` the attempts it took, `onGiveUp` the last loss); the one loop below
 * says that more plainly than two operators and a shared variable.
 *
 * ```
 * initialDelayMs 10, jitter 0, then take(3); source -a-#
 * result:        -a------------a------------(a|)
 * subscriptions: ^--!
 *                -------------^--!                (3 + 10: a value came, so the wait is 10 again)
 *                --------------------------^!
 * ```
 *
 * @example
 * import { defer } from 'rxjs';
 * import { reconnectWithBackoff } from '@rxcv/core';
 *
 * const connect = () => fetch('http://127.0.0.1:8080/events').then((response) => response.text());
 * defer(connect)
 *   .pipe(reconnectWithBackoff({ initialDelayMs: 500, maxRetries: 5, onRetry: ({ attempt, delayMs }) => console.log(attempt, delayMs) }))
 *   .subscribe((body) => console.log(body.length));
 */
export function reconnectWithBackoff<T>(options: ReconnectOptions = {}): MonoTypeOperatorFunction<T> {
  const backoff = { ...DEFAULT_BACKOFF, ...options };
  const retryOnComplete = options.retryOnComplete ?? true;
  const random = options.random ?? Math.random;
  const scheduler = options.scheduler ?? asyncScheduler;

  return (source) =>
    new Observable<T>((subscriber) => {
      let retries = 0;
      let current: Subscription | null = null;
      let waiting: Subscription | null = null;

      const lost = (reason: LossReason, error?: unknown): void => {
        if (reason === 'error' && options.retryIf && !options.retryIf(error)) {
          subscriber.error(error);
          return;
        }
        if (retries >= backoff.maxRetries) {
          options.onGiveUp?.({ attempts: retries, reason, error });
          if (reason === 'error') subscriber.error(error);
          else subscriber.complete();
          return;
        }
        retries += 1;
        const delayMs = backoffDelay(retries, backoff, random);
        options.onRetry?.({ attempt: retries, delayMs, reason, error });
        if (subscriber.closed) return;
        waiting = timer(delayMs, scheduler).subscribe(() => {
          waiting = null;
          connect();
        });
      };

      // The hooks are the user's functions: a throw from one is an error notification, not a crash.
      const guarded = (call: () => void): void => {
        try {
          call();
        } catch (error) {
          subscriber.error(error);
        }
      };

      const connect = (): void => {
        let succeeded = false;
        const inner = source.subscribe({
          next: (value) => {
            if (!succeeded) {
              succeeded = true;
              const attempts = retries;
              retries = 0;
              if (attempts > 0 && options.onRecovered) guarded(() => options.onRecovered?.({ attempts }));
            }
            subscriber.next(value);
          },
          error: (error: unknown) => guarded(() => lost('error', error)),
          complete: () => guarded(() => (retryOnComplete ? lost('complete') : subscriber.complete())),
        });
        // A source that failed synchronously may already have been replaced by a retry.
        if (!inner.closed) current = inner;
      };

      connect();
      return () => {
        waiting?.unsubscribe();
        current?.unsubscribe();
      };
    });
}
