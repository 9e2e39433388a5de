import { describe, expect, it } from 'vitest';
import type { FrameImage, ObjectDetectionResult } from '@rxcv/core';
import { BLACK, WHITE } from '../color/color.js';
import { ColorPalette } from '../color/color-palette.js';
import { pixelAt } from '../raster/frame-image.js';
import { defaultLabel } from './label-annotator.js';
import { LineZoneAnnotator } from './line-zone-annotator.js';
import { PolygonZoneAnnotator } from './polygon-zone-annotator.js';
import { TraceAnnotator } from './trace-annotator.js';

const GREY = 77;
const grey = (width = 200, height = 100): FrameImage => ({ width, height, format: 'rgb24', data: new Uint8Array(width * height * 3).fill(GREY) });
const rgb = (image: FrameImage, x: number, y: number) => {
  const p = pixelAt(image, x, y);
  return { r: p.r, g: p.g, b: p.b };
};
const result = (boxes: Array<{ x: number; y: number; tracker_id?: number }>): ObjectDetectionResult => ({
  image: { width: 200, height: 100 },
  predictions: boxes.map((b) => ({ width: 10, height: 10, confidence: 0.82, class: 'car', class_id: 3, detection_id: '', ...b })),
});

describe('defaultLabel with tracking', () => {
  it('is `#id class confidence` when the prediction has a tracker_id, `class confidence` otherwise', () => {
    const [tracked, untracked] = result([{ x: 5, y: 5, tracker_id: 7 }, { x: 5, y: 5 }]).predictions;
    expect([defaultLabel(tracked), defaultLabel(untracked)]).toEqual(['#7 car 0.82', 'car 0.82']);
  });
});

describe('TraceAnnotator', () => {
  it("joins a track's recent centres, and draws nothing for untracked predictions", () => {
    const annotator = new TraceAnnotator({ thickness: 1 });
    annotator.annotate(grey(), result([{ x: 20, y: 50, tracker_id: 1 }, { x: 20, y: 80 }]));
    const image = annotator.annotate(grey(), result([{ x: 60, y: 50, tracker_id: 1 }, { x: 60, y: 80 }]));
    const colour = ColorPalette.DEFAULT.byIndex(3);
    for (const x of [20, 40, 60]) expect(rgb(image, x, 50)).toEqual(colour);
    expect(rgb(image, 40, 80)).toEqual({ r: GREY, g: GREY, b: GREY });
  });
});

describe('PolygonZoneAnnotator', () => {
  it('outlines the polygon and writes the current count at its centre', () => {
    const zone = { polygon: [{ x: 10, y: 10 }, { x: 190, y: 10 }, { x: 190, y: 90 }, { x: 10, y: 90 }], currentCount: 3 };
    const colour = ColorPalette.DEFAULT.byIndex(0);
    const image = new PolygonZoneAnnotator(zone, { thickness: 1 }).annotate(grey(), result([]));
    expect(rgb(image, 100, 10)).toEqual(colour);
    expect(rgb(image, 10, 30)).toEqual(colour);
    expect(rgb(image, 100, 40)).toEqual(colour); // the label background, around the centre (100, 50)
    expect(rgb(image, 50, 50)).toEqual({ r: GREY, g: GREY, b: GREY });
  });
});

describe('LineZoneAnnotator', () => {
  it('draws the line, its end dots and both counts', () => {
    const line = { start: { x: 20, y: 50 }, end: { x: 180, y: 50 }, inCount: 2, outCount: 5 };
    const image = new LineZoneAnnotator(line, { thickness: 1 }).annotate(grey(), result([]));
    expect(rgb(image, 40, 50)).toEqual(WHITE);
    expect(rgb(image, 20, 50)).toEqual(BLACK);
    expect(rgb(image, 180, 52)).toEqual(BLACK);
    // "in" above the line (left of start → end with y down), "out" below: white boxes with black text.
    const blackIn = (y0: number, y1: number) => {
      let n = 0;
      for (let y = y0; y < y1; y++) for (let x = 60; x < 140; x++) if (rgb(image, x, y).r === 0) n++;
      return n;
    };
    expect(blackIn(20, 46)).toBeGreaterThan(20);
    expect(blackIn(55, 80)).toBeGreaterThan(20);
    expect(rgb(image, 100, 23)).toEqual(WHITE); // the padding of the "in" box (y 22..45)
  });
});
