// StatusEvents: where a pipeline's parts report what happens, and the status$ users watch.
import { Observable, Subject, Subscriber, type Observer, type Operator, type Subscription, type TeardownLogic } from 'rxjs';
import type { StatusEvent } from '../types/index.js';
import { statusEvent } from '../types/status-event.js';

/**
 * The pipeline's event bus: its parts report with `next`, users subscribe to `status$`. A
 * subscriber that throws does not crash the process (RxJS would rethrow it on a timer): the
 * throw becomes a CALLBACK_ERROR event and the pipeline goes on.
 */
export class StatusEvents {
  private readonly events = new Subject<StatusEvent>();
  /** True while a CALLBACK_ERROR is being reported: a subscriber that throws on it too is not reported again. */
  private reporting = false;
  /** Every status event, as it happens. */
  readonly status$: Observable<StatusEvent> = new CallbackGuardedObservable<StatusEvent>(
    (subscriber) => this.events.subscribe(subscriber),
    (error) => this.callbackFailed('status$ subscriber', error),
  );

  /** Reports an event: `events.next(statusEvent('SINK_ERROR', 'error', 0, payload))`. */
  next(event: StatusEvent): void {
    this.events.next(event);
  }

  /** A user's callback threw: report it (once; a callback that throws on the report is not reported again). */
  callbackFailed(callback: 'status$ subscriber' | 'watchdog onReport', error: unknown): void {
    if (this.reporting) return;
    this.reporting = true;
    try {
      this.next(statusEvent('CALLBACK_ERROR', 'error', null, { callback, message: error instanceof Error ? error.message : String(error) }));
    } finally {
      this.reporting = false;
    }
  }
}

type Callbacks<T> = Partial<Observer<T>> | ((value: T) => void) | null | undefined;

/**
 * An Observable whose subscribers' callbacks may throw: the throw goes to `onThrow` instead of
 * RxJS's unhandled-error report. Operators keep the guard (`lift` returns the same kind), so
 * `status$.pipe(filter(...)).subscribe(handler)` is guarded too.
 */
class CallbackGuardedObservable<T> extends Observable<T> {
  constructor(
    subscribe: ((subscriber: Subscriber<T>) => TeardownLogic) | undefined,
    private readonly onThrow: (error: unknown) => void,
  ) {
    super(subscribe);
  }

  override lift<R>(operator?: Operator<T, R>): Observable<R> {
    const observable = new CallbackGuardedObservable<R>(undefined, this.onThrow);
    observable.source = this;
    observable.operator = operator;
    return observable;
  }

  override subscribe(
    observerOrNext?: Callbacks<T>,
    error?: ((error: unknown) => void) | null,
    complete?: (() => void) | null,
  ): Subscription {
    // An operator's own subscriber (or any Subscriber) is RxJS's business: passed on untouched.
    if (observerOrNext instanceof Subscriber) return super.subscribe(observerOrNext);
    const guard =
      <A extends unknown[]>(call: ((...args: A) => void) | undefined) =>
      (...args: A): void => {
        try {
          call?.(...args);
        } catch (error) {
          this.onThrow(error);
        }
      };
    const observer: Partial<Observer<T>> =
      typeof observerOrNext === 'function' || !observerOrNext
        ? { next: observerOrNext ?? undefined, error: error ?? undefined, complete: complete ?? undefined }
        : observerOrNext;
    return super.subscribe({
      next: guard((value: T) => observer.next?.(value)),
      error: guard((error: unknown) => observer.error?.(error)),
      complete: guard(() => observer.complete?.()),
    });
  }
}
