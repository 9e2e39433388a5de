/**
 * `countLine(zone)`: feeds a tracked stream to a `LineZone` and emits a `line_crossed` event for
 * every crossing, in the frame it happens. The zone's own counts (`inCount`, `outCount`, per
 * class) go up as it does, so subscribe once (share the tracked stream between operators).
 */
import { mergeMap, type OperatorFunction } from 'rxjs';
import type { Inferred } from '@rxcv/core';
import { frameFields, type LineCrossedEvent } from '../events.js';
import { hasTrackerId, type BoxResult } from '../tracked.js';
import type { LineZone } from '../zones/line-zone.js';

/**
 * The crossings of one item, as events (empty when nothing crossed).
 */
export function lineCrossedEvents(zone: LineZone, item: Inferred<BoxResult>): LineCrossedEvent[] {
  const predictions = item.predictions.predictions;
  const { crossedIn, crossedOut } = zone.trigger(predictions, item.frame.sourceId);
  const events: LineCrossedEvent[] = [];
  predictions.forEach((p, i) => {
    if ((!crossedIn[i] && !crossedOut[i]) || !hasTrackerId(p)) return;
    events.push({
      type: 'line_crossed',
      ...frameFields(item.frame),
      trackerId: p.tracker_id,
      class: p.class,
      classId: p.class_id,
      line: zone.name,
      direction: crossedIn[i] ? 'in' : 'out',
    });
  });
  return events;
}

/**
 * Emits a `line_crossed` event when a track's anchors have all moved to the other side of the
 * line (after `minimumCrossingThreshold` frames there), at the frame that shows it; a track lost
 * on one side and found again on the other crosses when it is found.
 *
 * ```
 * source: a-b-c-d-e-f-|     a, b: car #1 above the line  c, d: not tracked (lost)  e: on the line  f: below
 * result: ----------x-|     x: line_crossed, direction 'out', trackerId 1, frameId 6
 * ```
 *
 * @example
 * import { share } from 'rxjs';
 * import { frameByFrame, inferFrame } from '@rxcv/core';
 * import { openVideoSource } from '@rxcv/sources';
 * import { loadModel } from '@rxcv/models';
 * import { LineZone, countLine, track } from '@rxcv/analytics';
 * const model = await loadModel('yolox-nano');
 * const source = await openVideoSource('highway.mp4');
 * const tracked$ = frameByFrame((demand$) => source.frames(demand$), inferFrame(model, { confidence: 0.1 })).pipe(track(), share());
 * const line = new LineZone({ start: { x: 120, y: 250 }, end: { x: 120, y: 450 } });
 * tracked$.pipe(countLine(line)).subscribe((e) => console.log(e.direction, e.trackerId, line.inCount, line.outCount));
 */
export function countLine<R extends BoxResult>(zone: LineZone): OperatorFunction<Inferred<R>, LineCrossedEvent> {
  return mergeMap((item) => lineCrossedEvents(zone, item));
}
