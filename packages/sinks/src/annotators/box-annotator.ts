import type { FrameImage, InferenceResult } from '@rxcv/core';
import { ColorPalette, resolveColor, type ColorOption } from '../color/color-palette.js';
import { strokeRect } from '../raster/stroke-rect.js';
import { BaseAnnotator } from './annotator.js';
import { boxCorners, boxPredictions, scaleFactors } from './geometry.js';

export interface BoxAnnotatorOptions {
  /** Line width in pixels, centred on the box edge. Default 2. */
  thickness?: number;
  /** One colour, or a palette looked up by `class_id`. Default {@link ColorPalette.DEFAULT}. */
  color?: ColorOption;
}

/** Draws each prediction's bounding box outline in its class colour. */
export class BoxAnnotator extends BaseAnnotator {
  readonly thickness: number;
  readonly color: ColorOption;

  constructor(options: BoxAnnotatorOptions = {}) {
    super();
    this.thickness = Math.max(1, Math.round(options.thickness ?? 2));
    this.color = options.color ?? ColorPalette.DEFAULT;
  }

  annotateInPlace(image: FrameImage, result: InferenceResult): FrameImage {
    const { sx, sy } = scaleFactors(image, result);
    for (const p of boxPredictions(result)) {
      const { x1, y1, x2, y2 } = boxCorners(p, sx, sy);
      strokeRect(image, x1, y1, x2, y2, this.thickness, resolveColor(this.color, p.class_id));
    }
    return image;
  }
}
