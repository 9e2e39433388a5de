// StatusEvents: where a pipeline's parts report what happens, and the status$ users watch.
import { Observable, Subject } from 'rxjs';
import type { StatusEvent } from '../types/index.js';

/** The pipeline's event bus: its parts report with `next`, users subscribe to `status$`. */
export class StatusEvents {
  private readonly events = new Subject<StatusEvent>();
  /** Every status event, as it happens. */
  readonly status$: Observable<StatusEvent> = this.events.asObservable();

  /** Reports an event: `events.next(statusEvent('SINK_ERROR', 'error', 0, payload))`. */
  next(event: StatusEvent): void {
    this.events.next(event);
  }
}
