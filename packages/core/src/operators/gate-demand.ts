// gateDemand: holds a file's demand while paused, so no frame is lost.
import { Observable, type MonoTypeOperatorFunction } from 'rxjs';

/**
 * Holds demand back while `open$` says false and releases all of it when it says true again.
 * Pausing a file this way stops decoding without losing a frame: the demand is only deferred.
 * Starts open; `open$` should be a BehaviorSubject or start with a value.
 *
 * ```
 * demand$: 2--1--1-----1--
 * open$:   t----f-----t---
 * result:  2--1-------11--
 * ```
 *
 * @example
 * import { BehaviorSubject } from 'rxjs';
 * import { frameByFrame, gateDemand, inferFrame } from '@rxcv/core';
 * import { loadModel } from '@rxcv/models';
 * import { openVideoSource } from '@rxcv/sources';
 *
 * const model = await loadModel('yolox-nano');
 * const file = await openVideoSource('highway.mp4');
 * const running$ = new BehaviorSubject(true);
 * frameByFrame((demand$) => file.frames(demand$.pipe(gateDemand(running$))), inferFrame(model)).subscribe();
 * running$.next(false); // pause: decoding stops, no frame is lost
 * running$.next(true); // resume where it stopped
 */
export function gateDemand(open$: Observable<boolean>): MonoTypeOperatorFunction<number> {
  return (demand$) =>
    new Observable<number>((subscriber) => {
      let open = true;
      let held = 0;
      const gate = open$.subscribe((isOpen) => {
        open = isOpen;
        if (open && held > 0) {
          const release = held;
          held = 0;
          subscriber.next(release);
        }
      });
      const demand = demand$.subscribe({
        next: (n) => {
          if (open) subscriber.next(n);
          else held += n;
        },
        error: (err) => subscriber.error(err),
        complete: () => subscriber.complete(),
      });
      return () => {
        gate.unsubscribe();
        demand.unsubscribe();
      };
    });
}
