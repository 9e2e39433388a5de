// StatusEvents: where a pipeline's parts report what happens, and the status$ users watch.
import { Observable, Subject } from 'rxjs';
import type { Severity, StatusEvent, StatusEventType, StatusPayloads } from '../types/index.js';
import { statusEvent } from '../types/status-event.js';

/** The pipeline's event bus: its parts `emit`, users subscribe to `status$`. */
export class StatusEvents {
  private readonly events = new Subject<StatusEvent>();
  /** Every status event, as it happens. */
  readonly status$: Observable<StatusEvent> = this.events.asObservable();

  /** Passes on an event that was built elsewhere (a source's connect attempts, say). */
  forward(event: StatusEvent): void {
    this.events.next(event);
  }

  emit<T extends StatusEventType>(type: T, severity: Severity, sourceId: number | null, payload: StatusPayloads[T]): void {
    this.events.next(statusEvent(type, severity, sourceId, payload));
  }
}
