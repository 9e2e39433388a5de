// pausable: subscribes to a live stream only while it is running (pause disconnects).
import { Observable, defer, type Subscription } from 'rxjs';

/**
 * Subscribes to `open()` while `running$` says true and unsubscribes while it says false, so a
 * paused live stream is disconnected and a resumed one starts on a fresh frame. Completes or
 * errors when the opened source does (or `open` throws). Frames not read while paused are simply not there, which
 * gives the matching gap in timestamps.
 *
 * ```
 * running$: t-----f------t------
 * open():   -a-b-c-d-e-f-g-h-i-j      (cold: each subscription starts afresh)
 * subs:     ^-----!------^------!
 * result:   -a-b-c--------a-b-c-
 * ```
 *
 * @example
 * import { BehaviorSubject } from 'rxjs';
 * import { pausable } from '@rxcv/core';
 * import { openVideoSource } from '@rxcv/sources';
 *
 * const camera = await openVideoSource('rtsp://127.0.0.1:8554/cam');
 * const running$ = new BehaviorSubject(true);
 * pausable(running$, () => camera.frames()).subscribe((frame) => console.log(frame.frameId));
 * running$.next(false); // disconnects
 * running$.next(true); // connects again; the next frame is a fresh one
 */
export function pausable<T>(running$: Observable<boolean>, open: () => Observable<T>): Observable<T> {
  return new Observable<T>((subscriber) => {
    let current: Subscription | null = null;
    const stop = () => {
      current?.unsubscribe();
      current = null;
    };
    const control = running$.subscribe({
      next: (running) => {
        if (running && !current) {
          // defer: a synchronous throw from `open` becomes an error notification.
          current = defer(open).subscribe({
            next: (value) => subscriber.next(value),
            error: (err) => subscriber.error(err),
            complete: () => subscriber.complete(),
          });
        } else if (!running) stop();
      },
      error: (err) => subscriber.error(err),
    });
    return () => {
      control.unsubscribe();
      stop();
    };
  });
}
