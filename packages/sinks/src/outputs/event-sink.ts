// Events (line crossings, zone entries from @rxcv/analytics, or your own) handed to outputs.
import { concatMap, defer, from, map, of, type MonoTypeOperatorFunction } from 'rxjs';

/**
 * What an output needs of an event. `@rxcv/analytics`' `line_crossed`, `zone_entered` and
 * `zone_left` events have these fields (sinks do not depend on analytics, so any event of this
 * shape works).
 */
export interface OutputEvent {
  readonly type: string;
  readonly sourceId: number;
  readonly frameId: number;
  /** ms since the epoch (the frame's timestamp). */
  readonly frameTimestamp: number;
}

/** An output that takes events: `mqttSink`, `webhookSink` and `eventClips` are ones. */
export interface EventSink<E extends OutputEvent = OutputEvent> {
  sendEvent(event: E): void | Promise<void>;
}

/**
 * Hands every event to an output, one at a time and in order, then passes it on, so outputs
 * chain like `toSink`. Filter first to choose which events go where.
 *
 * ```
 * events: -a-b-|
 * output:  a b      (sendEvent, in order)
 * result: -a-b-|
 * ```
 *
 * @example
 * import { filter } from 'rxjs';
 * import { mqttSink, toEventSink } from '@rxcv/sinks';
 * import { watchZone } from '@rxcv/analytics';
 * const mqtt = mqttSink({ url: 'mqtt://127.0.0.1:1883' });
 * tracked$.pipe(watchZone(door), filter((e) => e.type === 'zone_entered'), toEventSink(mqtt)).subscribe();
 */
export function toEventSink<E extends OutputEvent>(sink: EventSink<E>): MonoTypeOperatorFunction<E> {
  return concatMap((event) =>
    defer(() => {
      const done = sink.sendEvent(event);
      return done instanceof Promise ? from(done).pipe(map(() => event)) : of(event);
    }),
  );
}
