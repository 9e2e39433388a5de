// InferencePipeline's tracking, lines and zones on the real highway clip through YOLOX-Nano:
// tracked predictions reach onPrediction, events reach events$ and the status handlers before
// their frame's delivery, and the counts reach report() and the watchdog.
import { describe, expect, it } from 'vitest';
import { hasSharedAssets } from '@rxcv/testing';
import { InferencePipeline, LineZone, PipelineWatchdog, PolygonZone, type AnalyticsEvent, type ObjectDetectionResult, type PipelineReport, type StatusEvent } from '../src/index.js';
import { HIGHWAY, YOLOX } from './helpers.js';

describe.skipIf(!hasSharedAssets())('InferencePipeline analytics (highway clip)', () => {
  it('tracks, counts a line (in 3: 2 cars, 1 truck; out 0), follows a zone, and reports the counts', async () => {
    // The line of examples/src/count-crossings.ts; a zone over the lanes the vehicles come down.
    const line = new LineZone({ start: { x: 120, y: 250 }, end: { x: 120, y: 450 }, name: 'left' });
    const zone = new PolygonZone({ polygon: [[0, 250], [480, 250], [480, 540], [0, 540]], name: 'near' });
    const order: string[] = [];
    const trackerIds = new Set<number>();
    let untracked = 0;
    const statusEvents: StatusEvent[] = [];
    const watchdogReports: PipelineReport[] = [];
    const pipeline = await InferencePipeline.init<ObjectDetectionResult>({
      modelId: YOLOX,
      videoReference: HIGHWAY,
      confidence: 0.1,
      lines: [line],
      zones: [zone],
      watchdog: new PipelineWatchdog({ intervalMs: 200, onReport: (report) => void watchdogReports.push(report) }),
      statusUpdateHandlers: [(event) => void (event.type === 'ANALYTICS_EVENT' && statusEvents.push(event))],
      onPrediction: (predictions, frame) => {
        order.push(`frame ${frame.frameId}`);
        for (const p of predictions.predictions) {
          const id = (p as { tracker_id?: unknown }).tracker_id;
          if (typeof id === 'number' && Number.isInteger(id) && id > 0) trackerIds.add(id);
          else untracked += 1;
        }
      },
    });
    const events: AnalyticsEvent[] = [];
    pipeline.events$.subscribe((event) => {
      events.push(event);
      order.push(`event ${event.frameId}`);
    });
    pipeline.start();
    await pipeline.join();

    expect(order.filter((o) => o.startsWith('frame'))).toHaveLength(221);
    expect(untracked).toBe(0);
    expect(trackerIds.size).toBeGreaterThan(3);
    const crossings = events.filter((e) => e.type === 'line_crossed');
    expect(crossings.map((e) => e.type === 'line_crossed' && [e.direction, e.class]).sort()).toEqual([
      ['in', 'car'],
      ['in', 'car'],
      ['in', 'truck'],
    ]);
    expect([line.inCount, line.outCount]).toEqual([3, 0]);
    expect(events.filter((e) => e.type === 'zone_entered').length).toBeGreaterThan(0);
    // Every event comes before the delivery of its frame.
    for (const event of events) {
      expect(order.indexOf(`event ${event.frameId}`)).toBeLessThan(order.indexOf(`frame ${event.frameId}`));
    }
    expect(statusEvents.map((e) => e.type === 'ANALYTICS_EVENT' && e.payload.event)).toEqual(events);
    expect(pipeline.report().analytics).toEqual({
      lines: [{ name: 'left', in: 3, out: 0, inPerClass: { car: 2, truck: 1 }, outPerClass: {} }],
      zones: [{ name: 'near', currentCount: zone.currentCount }],
    });
    expect(watchdogReports.length).toBeGreaterThan(0);
    expect(watchdogReports.every((r) => r.analytics?.lines[0].name === 'left')).toBe(true);
  });

  it('without tracking, lines or zones, predictions carry no tracker_id and events$ stays silent', async () => {
    let withId = 0;
    const pipeline = await InferencePipeline.init<ObjectDetectionResult>({
      modelId: YOLOX,
      videoReference: HIGHWAY,
      onPrediction: (predictions) => void (withId += predictions.predictions.filter((p) => 'tracker_id' in p).length),
    });
    let events = 0;
    pipeline.events$.subscribe(() => (events += 1));
    pipeline.start();
    await pipeline.join();
    expect([withId, events]).toEqual([0, 0]);
    expect(pipeline.report().analytics).toBeUndefined();
  });
});
