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
 * open():   ^-a-b-!      ^-c-d-|
 * result:   --a-b----------c-d-|
 * ```
 *
 * @example
 * pausable(running$, () => source.frames())
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
