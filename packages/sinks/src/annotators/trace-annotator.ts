/**
 * Draws each track's recent path (supervision's `TraceAnnotator`): remembers, per `tracker_id`,
 * the last `traceLength` positions of a box anchor and joins them. It keeps state across frames,
 * so use one per source. Predictions without a `tracker_id` have no trace.
 */
import type { FrameImage, InferenceResult } from '@rxcv/core';
import { ColorPalette, resolveColor, type ColorOption } from '../color/color-palette.js';
import { drawPolyline } from '../raster/draw-polyline.js';
import { BaseAnnotator } from './annotator.js';
import { boxPredictions, scaleFactors } from './geometry.js';

export interface TraceAnnotatorOptions {
  /** One colour, or a palette looked up by class id or tracker id (`colorLookup`). Default {@link ColorPalette.DEFAULT}. */
  color?: ColorOption;
  /** `'class'` (as supervision's default) or `'track'`: which id picks the palette colour. Default `'class'`. */
  colorLookup?: 'class' | 'track';
  /** Positions kept per track. Default 30. */
  traceLength?: number;
  /** Line width in pixels. Default 2. */
  thickness?: number;
  /** Which point of the box is traced: `'center'` (default) or `'bottom-center'`. */
  position?: 'center' | 'bottom-center';
}

export class TraceAnnotator extends BaseAnnotator {
  readonly color: ColorOption;
  readonly colorLookup: 'class' | 'track';
  readonly traceLength: number;
  readonly thickness: number;
  readonly position: 'center' | 'bottom-center';
  /** Positions in the result's coordinates (original frame pixels), per tracker id. */
  private readonly traces = new Map<number, Array<{ x: number; y: number }>>();

  constructor(options: TraceAnnotatorOptions = {}) {
    super();
    this.color = options.color ?? ColorPalette.DEFAULT;
    this.colorLookup = options.colorLookup ?? 'class';
    this.traceLength = Math.max(2, Math.round(options.traceLength ?? 30));
    this.thickness = Math.max(1, Math.round(options.thickness ?? 2));
    this.position = options.position ?? 'center';
  }

  annotateInPlace(image: FrameImage, result: InferenceResult): FrameImage {
    const { sx, sy } = scaleFactors(image, result);
    const present = new Set<number>();
    for (const p of boxPredictions(result)) {
      const trackerId = (p as { tracker_id?: unknown }).tracker_id;
      if (typeof trackerId !== 'number' || !Number.isFinite(trackerId)) continue;
      present.add(trackerId);
      const trace = this.traces.get(trackerId) ?? [];
      trace.push({ x: p.x, y: this.position === 'center' ? p.y : p.y + p.height / 2 });
      if (trace.length > this.traceLength) trace.shift();
      this.traces.set(trackerId, trace);
      const color = resolveColor(this.color, this.colorLookup === 'track' ? trackerId : p.class_id);
      drawPolyline(image, trace.map((t) => ({ x: t.x * sx, y: t.y * sy })), false, this.thickness, color);
    }
    // Tracks not in this frame keep their trace until it is old news: drop it after traceLength frames away.
    for (const [id, trace] of this.traces) {
      if (present.has(id)) continue;
      trace.shift();
      if (trace.length === 0) this.traces.delete(id);
    }
    return image;
  }
}
