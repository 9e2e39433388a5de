// frameWork: what the pipeline does with one scheduled frame, from the model to its delivery.
import { EMPTY, catchError, concatMap, defer, tap, type Observable } from 'rxjs';
import type { VideoFrame } from '../types/index.js';
import type { BatchCollector } from './batch-collector.js';
import { untilDelivered, type Outgoing } from './delivery.js';
import type { SourceSlot } from './source-slot.js';

/**
 * The work on one frame, for a scheduling operator: into the next model run (batched with the
 * other sources' frames), counted and reported, then out to delivery. It lasts until the
 * result has been delivered. A failed run is reported (INFERENCE_ERROR) and ends the work
 * without a result: the source goes on with its next frame.
 */
export function frameWork<R>(slot: SourceSlot, collector: BatchCollector<R>): (frame: VideoFrame) => Observable<Outgoing<R>> {
  return (frame) =>
    defer(() => {
      const started = Date.now();
      return collector.submit(frame).pipe(
        tap(() => slot.inferred(frame, started)),
        catchError((error: unknown) => {
          slot.failed(frame, error);
          return EMPTY;
        }),
        concatMap((batched) => untilDelivered(batched, frame)),
      );
    });
}
