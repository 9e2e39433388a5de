// Parity with supervision: the same detections through ByteTracker and LineZone give (up to a
// relabelling of ids) the boxes and ids supervision's own ByteTrack kept, and the same counts.
import { describe, expect, it } from 'vitest';
import { hasSharedAssets } from '@rxcv/testing';
import { ByteTracker, LineZone, type Tracked } from '../src/index.js';
import { boxIou } from '../src/geometry/box-iou.js';
import { xyxyOf } from '../src/geometry/point.js';
import { FIXTURES, loadFixture } from './fixtures.js';

interface Parity {
  referenceBoxes: number;
  matched: number;
  ours: number;
  inCount: number;
  outCount: number;
}

/**
 * Pairs each reference box with our box of IoU >= 0.9 in the same frame, builds the id relabelling
 * each way by majority, and counts the reference boxes whose pair agrees with it both ways.
 */
function measure(spec: (typeof FIXTURES)[number]): Parity & { expectedIn: number; expectedOut: number } {
  const fixture = loadFixture(spec);
  const tracker = new ByteTracker({ frameRate: fixture.fps });
  const line = new LineZone(fixture.line);
  const pairs: Array<{ ours: number | null; theirs: number }> = [];
  let ours = 0;
  fixture.frames.forEach((frame, i) => {
    const tracked = tracker.update(frame);
    line.trigger(tracked);
    ours += tracked.predictions.length;
    for (const [x1, y1, x2, y2, id] of fixture.expected[i]) {
      let best: Tracked | null = null;
      let bestIou = 0.9;
      for (const p of tracked.predictions) {
        const iou = boxIou([x1, y1, x2, y2], xyxyOf(p));
        if (iou >= bestIou) [best, bestIou] = [p, iou];
      }
      pairs.push({ ours: best?.tracker_id ?? null, theirs: id });
    }
  });
  const majority = (key: (p: (typeof pairs)[number]) => number | null, value: (p: (typeof pairs)[number]) => number | null) => {
    const votes = new Map<number, Map<number, number>>();
    for (const p of pairs) {
      const k = key(p);
      const v = value(p);
      if (k === null || v === null) continue;
      const row = votes.get(k) ?? new Map<number, number>();
      row.set(v, (row.get(v) ?? 0) + 1);
      votes.set(k, row);
    }
    return new Map([...votes].map(([k, row]) => [k, [...row].sort((a, b) => b[1] - a[1])[0][0]]));
  };
  const oursToTheirs = majority((p) => p.ours, (p) => p.theirs);
  const theirsToOurs = majority((p) => p.theirs, (p) => p.ours);
  const matched = pairs.filter((p) => p.ours !== null && oursToTheirs.get(p.ours) === p.theirs && theirsToOurs.get(p.theirs) === p.ours).length;
  return { referenceBoxes: pairs.length, matched, ours, inCount: line.inCount, outCount: line.outCount, expectedIn: fixture.expectedIn, expectedOut: fixture.expectedOut };
}

describe.runIf(hasSharedAssets())('parity with supervision ByteTrack + LineZone', () => {
  for (const spec of FIXTURES) {
    it(`${spec.name}: >= 99% of supervision's tracked boxes, same ids up to relabelling, same line counts`, () => {
      const result = measure(spec);
      console.log(
        `${spec.name}: ${result.matched}/${result.referenceBoxes} supervision boxes matched (${((100 * result.matched) / result.referenceBoxes).toFixed(2)}%), ` +
          `${result.ours} boxes of ours; in ${result.inCount}/${result.expectedIn}, out ${result.outCount}/${result.expectedOut}`,
      );
      expect(result.referenceBoxes).toBeGreaterThan(100);
      expect(result.matched / result.referenceBoxes).toBeGreaterThanOrEqual(0.99);
      expect(Math.abs(result.ours - result.referenceBoxes) / result.referenceBoxes).toBeLessThanOrEqual(0.01);
      expect([result.inCount, result.outCount]).toEqual([result.expectedIn, result.expectedOut]);
    });
  }
});
