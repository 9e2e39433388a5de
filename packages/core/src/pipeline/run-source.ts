// runSource: one source's run in a pipeline, from INITIALISING to ENDED or ERROR.
import { EMPTY, catchError, defer, finalize, tap, type Observable } from 'rxjs';
import type { SourceSlot } from './source-slot.js';
import type { StatusEvents } from './status-events.js';

/**
 * Runs a source's scheduled results (`scheduled()` is called on subscription, once the source
 * is INITIALISING) and passes its own events (connect attempts, disconnects) on. A failed
 * source is reported and ends here (state ERROR): it never takes the other sources down.
 */
export function runSource<T>(slot: SourceSlot, scheduled: () => Observable<T>, events: StatusEvents): Observable<T> {
  return defer(() => {
    const { lifecycle, source } = slot;
    lifecycle.reset();
    lifecycle.set('INITIALISING');
    const forwarding = source.events$.subscribe((event) => {
      events.next(event);
      if (event.type === 'SOURCE_DISCONNECTED' && (lifecycle.state === 'RUNNING' || lifecycle.state === 'INITIALISING')) {
        lifecycle.set('RESTARTING');
      }
    });
    return scheduled().pipe(
      tap({ complete: () => lifecycle.set('ENDED') }),
      catchError((error: unknown) => {
        slot.sourceFailed(error);
        return EMPTY;
      }),
      finalize(() => {
        forwarding.unsubscribe();
        if (lifecycle.state === 'TERMINATING') lifecycle.set('ENDED');
      }),
    );
  });
}
