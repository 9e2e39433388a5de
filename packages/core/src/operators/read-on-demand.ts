// readOnDemand: a pull function as an Observable, one read per unit of demand.
import { Observable, defer, type ObservableInput, type Subscription } from 'rxjs';

/**
 * Turns a pull function (`read the next item, or null at the end`) into an Observable.
 *
 * With `demand$`, it reads one item per unit of demand and never more: a consumer that asks
 * for 2 gets at most 2 reads until it asks again. This is how a video file is decoded only
 * as far ahead as the model needs. Without `demand$` it reads continuously, one read after
 * the other, as fast as `pull` resolves (a live stream's pace).
 *
 * Reads never overlap. The Observable completes when `pull` yields `null` (or completes empty),
 * and errors when `pull` errors or throws.
 *
 * ```
 * each pull answers 1 ms later (-(x|)); reads start at 0, 1, 6, 12
 * demand$: 2-----1-----1--
 * result:  -xy----z-----w-
 * ```
 *
 * @example
 * import { BehaviorSubject } from 'rxjs';
 * import { readOnDemand } from '@rxcv/core';
 *
 * const lines = ['a', 'b', 'c'];
 * const demand$ = new BehaviorSubject(2); // read two now
 * readOnDemand(async () => lines.shift() ?? null, demand$).subscribe((line) => console.log(line)); // a, b
 * demand$.next(1); // c; one more would complete it
 */
export function readOnDemand<T>(
  pull: () => ObservableInput<T | null>,
  demand$?: Observable<number>,
): Observable<T> {
  return new Observable<T>((subscriber) => {
    let wanted = demand$ ? 0 : Number.POSITIVE_INFINITY;
    let reading: Subscription | null = null;
    let busy = false;
    let pumping = false;

    const pump = (): void => {
      if (pumping) return;
      pumping = true;
      while (!busy && wanted > 0 && !subscriber.closed) {
        busy = true;
        let answered = false;
        // defer: a synchronous throw from `pull` becomes an error notification, not a crash.
        reading = defer(pull).subscribe({
          next: (item) => {
            if (answered) return;
            answered = true;
            if (item === null) {
              subscriber.complete();
              return;
            }
            wanted -= 1;
            subscriber.next(item);
          },
          error: (err) => subscriber.error(err),
          complete: () => {
            if (!answered) subscriber.complete();
            busy = false;
            // Asynchronous answer: the loop has already returned, so restart it.
            if (!pumping) pump();
          },
        });
      }
      pumping = false;
    };

    const demandSubscription = demand$?.subscribe({
      next: (n) => {
        wanted += n;
        pump();
      },
      error: (err) => subscriber.error(err),
    });
    if (!demand$) pump();

    return () => {
      demandSubscription?.unsubscribe();
      reading?.unsubscribe();
    };
  });
}
