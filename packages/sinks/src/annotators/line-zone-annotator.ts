/**
 * Draws a counting line with its in and out counts (supervision's `LineZoneAnnotator`): the
 * line, a dot at each end, and `in: N` / `out: M` on either side of its middle. Takes any object
 * with `start`, `end`, `inCount` and `outCount` (an `@rxcv/analytics` `LineZone`).
 */
import type { FrameImage, InferenceResult } from '@rxcv/core';
import { BLACK, WHITE, type Rgb } from '../color/color.js';
import { drawLine } from '../raster/draw-line.js';
import { fillCircle } from '../raster/fill-circle.js';
import { measureText } from '../text/bitmap-font.js';
import { drawTextBox } from '../text/text-box.js';
import { BaseAnnotator } from './annotator.js';
import { scaleFactors } from './geometry.js';

/** What the annotator reads from a line. */
export interface LineZoneLike {
  readonly start: { readonly x: number; readonly y: number };
  readonly end: { readonly x: number; readonly y: number };
  readonly inCount: number;
  readonly outCount: number;
}

export interface LineZoneAnnotatorOptions {
  /** Line colour. Default white, as supervision. */
  color?: Rgb;
  /** Text and end-dot colour. Default black, as supervision. */
  textColor?: Rgb;
  /** Line width in pixels. Default 2. */
  thickness?: number;
  /** Integer multiple of the 16 px font. Default 1. */
  textScale?: number;
  /** Words before the counts. Default `'in'` and `'out'`. */
  inText?: string;
  outText?: string;
}

export class LineZoneAnnotator extends BaseAnnotator {
  readonly color: Rgb;
  readonly textColor: Rgb;
  readonly thickness: number;
  readonly textScale: number;
  readonly inText: string;
  readonly outText: string;

  constructor(
    readonly line: LineZoneLike,
    options: LineZoneAnnotatorOptions = {},
  ) {
    super();
    this.color = options.color ?? WHITE;
    this.textColor = options.textColor ?? BLACK;
    this.thickness = Math.max(1, Math.round(options.thickness ?? 2));
    this.textScale = Math.max(1, Math.round(options.textScale ?? 1));
    this.inText = options.inText ?? 'in';
    this.outText = options.outText ?? 'out';
  }

  annotateInPlace(image: FrameImage, result: InferenceResult): FrameImage {
    const { sx, sy } = scaleFactors(image, result);
    const a = { x: this.line.start.x * sx, y: this.line.start.y * sy };
    const b = { x: this.line.end.x * sx, y: this.line.end.y * sy };
    drawLine(image, Math.round(a.x), Math.round(a.y), Math.round(b.x), Math.round(b.y), this.thickness, this.color);
    fillCircle(image, a.x, a.y, 5, this.textColor);
    fillCircle(image, b.x, b.y, 5, this.textColor);
    // `in` on the left of start → end (where objects that crossed in are), `out` on the right,
    // each box moved off the line by half its extent across it, so neither covers the other.
    const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const nx = (b.y - a.y) / length;
    const ny = -(b.x - a.x) / length;
    const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    const style = { background: this.color, color: this.textColor, scale: this.textScale, padding: 4 };
    const label = (text: string, sign: 1 | -1) => {
      const size = measureText(text, this.textScale);
      const across = (Math.abs(nx) * (size.width + 8) + Math.abs(ny) * (size.height + 8)) / 2 + this.thickness + 2;
      drawTextBox(image, text, mid.x + sign * nx * across, mid.y + sign * ny * across, style);
    };
    label(`${this.inText}: ${this.line.inCount}`, 1);
    label(`${this.outText}: ${this.line.outCount}`, -1);
    return image;
  }
}
