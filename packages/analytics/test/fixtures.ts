// Reads the shared parity fixtures: detection sequences and what supervision's ByteTrack and
// LineZone produced for them (see ../shared/README.md, "analytics/").
import { readFileSync } from 'node:fs';
import { sharedAsset } from '@rxcv/testing';
import type { ObjectDetectionResult } from '@rxcv/core';

export interface Fixture {
  name: string;
  fps: number;
  line: { start: { x: number; y: number }; end: { x: number; y: number } };
  frames: ObjectDetectionResult[];
  /** supervision's tracked boxes per frame: `[x1, y1, x2, y2, tracker_id]`. */
  expected: Array<Array<[number, number, number, number, number]>>;
  expectedIn: number;
  expectedOut: number;
}

export const FIXTURES = [
  { name: 'synthetic_crossing', fps: 30, line: { start: { x: 0, y: 300 }, end: { x: 960, y: 300 } } },
  { name: 'highway_yolox_nano', fps: 25, line: { start: { x: 0, y: 330 }, end: { x: 960, y: 330 } } },
] as const;

export function loadFixture(spec: (typeof FIXTURES)[number]): Fixture {
  const lines = readFileSync(sharedAsset('analytics', `${spec.name}.jsonl`), 'utf8').split('\n').filter((l) => l.trim());
  const frames = lines.map((l) => JSON.parse(l) as ObjectDetectionResult);
  const reference = JSON.parse(readFileSync(sharedAsset('analytics', `${spec.name}.supervision.json`), 'utf8'));
  return { ...spec, frames, expected: reference.frames, expectedIn: reference.in, expectedOut: reference.out };
}
