/**
 * Draws a polygon zone and how many objects are in it now (supervision's
 * `PolygonZoneAnnotator`). Takes any object with `polygon` and `currentCount` (an
 * `@rxcv/analytics` `PolygonZone`), so sinks need not depend on analytics.
 */
import type { FrameImage, InferenceResult } from '@rxcv/core';
import { contrastingTextColor, type Rgb } from '../color/color.js';
import { ColorPalette } from '../color/color-palette.js';
import { drawPolyline } from '../raster/draw-polyline.js';
import { drawTextBox } from '../text/text-box.js';
import { BaseAnnotator } from './annotator.js';
import { scaleFactors } from './geometry.js';

/** What the annotator reads from a zone. */
export interface PolygonZoneLike {
  readonly polygon: ReadonlyArray<{ readonly x: number; readonly y: number }>;
  readonly currentCount: number;
  readonly name?: string;
}

export interface PolygonZoneAnnotatorOptions {
  /** Outline and label colour. Default the first colour of the default palette. */
  color?: Rgb;
  /** Outline width in pixels. Default 2. */
  thickness?: number;
  /** Integer multiple of the 16 px font. Default 1. */
  textScale?: number;
  /** Write the zone's name before the count (`lane: 3`). Default false: the count alone, as supervision. */
  showName?: boolean;
}

export class PolygonZoneAnnotator extends BaseAnnotator {
  readonly color: Rgb;
  readonly thickness: number;
  readonly textScale: number;
  readonly showName: boolean;

  constructor(
    readonly zone: PolygonZoneLike,
    options: PolygonZoneAnnotatorOptions = {},
  ) {
    super();
    this.color = options.color ?? ColorPalette.DEFAULT.byIndex(0);
    this.thickness = Math.max(1, Math.round(options.thickness ?? 2));
    this.textScale = Math.max(1, Math.round(options.textScale ?? 1));
    this.showName = options.showName ?? false;
  }

  annotateInPlace(image: FrameImage, result: InferenceResult): FrameImage {
    const { sx, sy } = scaleFactors(image, result);
    const points = this.zone.polygon.map((p) => ({ x: p.x * sx, y: p.y * sy }));
    if (points.length === 0) return image;
    drawPolyline(image, points, true, this.thickness, this.color);
    const centre = {
      x: points.reduce((s, p) => s + p.x, 0) / points.length,
      y: points.reduce((s, p) => s + p.y, 0) / points.length,
    };
    const text = this.showName && this.zone.name ? `${this.zone.name}: ${this.zone.currentCount}` : String(this.zone.currentCount);
    drawTextBox(image, text, centre.x, centre.y, { background: this.color, color: contrastingTextColor(this.color), scale: this.textScale, padding: 4 });
    return image;
  }
}
