/**
 * `watchZone(zone, options?)`: follows the tracks of a tracked stream in and out of a
 * `PolygonZone` and emits `zone_entered` / `zone_left` events, with the time spent inside taken
 * from the frames' own clock. Each subscription keeps its own visits.
 */
import { defer, mergeMap, type OperatorFunction } from 'rxjs';
import type { Inferred } from '@rxcv/core';
import { frameFields, type ZoneEvent } from '../events.js';
import type { BoxResult } from '../tracked.js';
import type { PolygonZone } from '../zones/polygon-zone.js';
import { TimeInZone, type TimeInZoneOptions } from '../zones/time-in-zone.js';

/** The zone events of one item for a `TimeInZone`: entries first, then exits. */
export function zoneEvents(timer: TimeInZone, item: Inferred<BoxResult>): ZoneEvent[] {
  const update = timer.update(item.predictions.predictions, item.frame);
  const zone = timer.zone.name;
  const base = frameFields(item.frame);
  return [
    ...update.entered.map((v): ZoneEvent => ({ type: 'zone_entered', ...base, trackerId: v.trackerId, class: v.class, classId: v.class_id, zone })),
    ...update.left.map(
      (v): ZoneEvent => ({
        type: 'zone_left',
        ...base,
        trackerId: v.trackerId,
        class: v.class,
        classId: v.class_id,
        zone,
        timeSpentMs: v.timeSpentMs,
        reason: v.reason,
      }),
    ),
  ];
}

/**
 * Emits `zone_entered` in the frame a track is first seen inside, and `zone_left` in the frame it
 * is seen outside, or once it has been missing for more than `maxMissingFrames` frames. A track
 * missing for fewer frames that comes back inside emits nothing.
 *
 * ```
 * source: a-b-c-d-e-f-|     a: #1 inside  b: #1 inside  c, d: #1 missing  e: #1 inside  f: #1 outside
 * result: x---------y-|     x: zone_entered #1   y: zone_left #1, reason 'exited'
 * ```
 *
 * @example
 * import { share } from 'rxjs';
 * import { frameByFrame, inferFrame } from '@rxcv/core';
 * import { openVideoSource } from '@rxcv/sources';
 * import { loadModel } from '@rxcv/models';
 * import { PolygonZone, track, watchZone } from '@rxcv/analytics';
 * const model = await loadModel('yolox-nano');
 * const source = await openVideoSource('highway.mp4');
 * const tracked$ = frameByFrame((demand$) => source.frames(demand$), inferFrame(model, { confidence: 0.1 })).pipe(track(), share());
 * const zone = new PolygonZone({ polygon: [[150, 300], [450, 300], [450, 420], [150, 420]], name: 'lanes' });
 * tracked$.pipe(watchZone(zone)).subscribe((e) => console.log(e.type, e.trackerId, e.type === 'zone_left' ? e.timeSpentMs : ''));
 */
export function watchZone<R extends BoxResult>(zone: PolygonZone, options: TimeInZoneOptions = {}): OperatorFunction<Inferred<R>, ZoneEvent> {
  return (source) =>
    defer(() => {
      const timer = new TimeInZone(zone, options);
      return source.pipe(mergeMap((item) => zoneEvents(timer, item)));
    });
}
