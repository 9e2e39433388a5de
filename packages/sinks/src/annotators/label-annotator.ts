import type { FrameImage, InferenceResult, ObjectDetectionPrediction } from '@rxcv/core';
import { contrastingTextColor, type Rgb } from '../color/color.js';
import { ColorPalette, resolveColor, type ColorOption } from '../color/color-palette.js';
import { fillRect } from '../raster/fill-rect.js';
import { drawText, measureText } from '../text/bitmap-font.js';
import { BaseAnnotator } from './annotator.js';
import { boxCorners, boxPredictions, scaleFactors, type BoxCorners } from './geometry.js';

/** Which corner of the box the label sits on (outside the box, moved inside at the image border). */
export type LabelPosition = 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right' | 'center';

export interface LabelAnnotatorOptions {
  /** Background colour: one colour, or a palette by `class_id`. Default {@link ColorPalette.DEFAULT}. */
  color?: ColorOption;
  /** Text colour, or `'auto'` for black or white, whichever reads better on the background. Default `'auto'`. */
  textColor?: Rgb | 'auto';
  /** Integer multiple of the built-in 16 px font. Default 1. */
  textScale?: number;
  /** Pixels between the text and the edge of its background. Default 3. */
  textPadding?: number;
  /** Default `'top-left'`, above the box's top-left corner as supervision draws it. */
  position?: LabelPosition;
  /** The text for one prediction. Default `class confidence` (`car 0.82`), `#id class confidence` when tracked. */
  formatLabel?: (prediction: ObjectDetectionPrediction) => string;
}

/**
 * `car 0.82`: the class name and the confidence with two decimals; `#7 car 0.82` when the
 * prediction carries a `tracker_id` (tracking is on).
 */
export function defaultLabel(prediction: ObjectDetectionPrediction & { tracker_id?: number }): string {
  const label = `${prediction.class} ${prediction.confidence.toFixed(2)}`;
  const id = prediction.tracker_id;
  return typeof id === 'number' && Number.isFinite(id) ? `#${id} ${label}` : label;
}

/** Draws a `class confidence` label on a filled background at each prediction's box. */
export class LabelAnnotator extends BaseAnnotator {
  readonly color: ColorOption;
  readonly textColor: Rgb | 'auto';
  readonly textScale: number;
  readonly textPadding: number;
  readonly position: LabelPosition;
  readonly formatLabel: (prediction: ObjectDetectionPrediction) => string;

  constructor(options: LabelAnnotatorOptions = {}) {
    super();
    this.color = options.color ?? ColorPalette.DEFAULT;
    this.textColor = options.textColor ?? 'auto';
    this.textScale = Math.max(1, Math.round(options.textScale ?? 1));
    this.textPadding = Math.max(0, Math.round(options.textPadding ?? 3));
    this.position = options.position ?? 'top-left';
    this.formatLabel = options.formatLabel ?? defaultLabel;
  }

  annotateInPlace(image: FrameImage, result: InferenceResult): FrameImage {
    const { sx, sy } = scaleFactors(image, result);
    for (const p of boxPredictions(result)) {
      const text = this.formatLabel(p);
      if (text.length === 0) continue;
      const background = resolveColor(this.color, p.class_id);
      const size = measureText(text, this.textScale);
      const w = size.width + 2 * this.textPadding;
      const h = size.height + 2 * this.textPadding;
      const { x, y } = this.place(boxCorners(p, sx, sy), w, h, image);
      fillRect(image, x, y, x + w, y + h, background);
      const textColor = this.textColor === 'auto' ? contrastingTextColor(background) : this.textColor;
      drawText(image, text, x + this.textPadding, y + this.textPadding, textColor, this.textScale);
    }
    return image;
  }

  /** Top-left corner of a `w`x`h` label for `box`, kept inside the image. */
  private place(box: BoxCorners, w: number, h: number, image: FrameImage): { x: number; y: number } {
    let x: number;
    let y: number;
    switch (this.position) {
      case 'top-left':
        [x, y] = [box.x1, box.y1 - h];
        if (y < 0) y = box.y1;
        break;
      case 'top-right':
        [x, y] = [box.x2 - w + 1, box.y1 - h];
        if (y < 0) y = box.y1;
        break;
      case 'bottom-left':
        [x, y] = [box.x1, box.y2 + 1];
        if (y + h > image.height) y = box.y2 + 1 - h;
        break;
      case 'bottom-right':
        [x, y] = [box.x2 - w + 1, box.y2 + 1];
        if (y + h > image.height) y = box.y2 + 1 - h;
        break;
      case 'center':
        [x, y] = [Math.round((box.x1 + box.x2 - w) / 2), Math.round((box.y1 + box.y2 - h) / 2)];
        break;
    }
    return {
      x: Math.max(0, Math.min(x, image.width - w)),
      y: Math.max(0, Math.min(y, image.height - h)),
    };
  }
}
