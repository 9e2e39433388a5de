import type { ClassificationPrediction, FrameImage, InferenceResult } from '@rxcv/core';
import { contrastingTextColor, type Rgb } from '../color/color.js';
import { ColorPalette, resolveColor, type ColorOption } from '../color/color-palette.js';
import { fillRect } from '../raster/fill-rect.js';
import { drawText, measureText } from '../text/bitmap-font.js';
import { BaseAnnotator } from './annotator.js';
import { hasBox } from '../raster/has-box.js';

export interface ClassificationAnnotatorOptions {
  /** How many classes to list, most confident first. Default 1 (the top class). */
  topK?: number;
  /** Background colour: one colour, or a palette by `class_id`. Default {@link ColorPalette.DEFAULT}. */
  color?: ColorOption;
  /** Text colour, or `'auto'` for black or white. Default `'auto'`. */
  textColor?: Rgb | 'auto';
  /** Integer multiple of the 16 px font. Default 1. */
  textScale?: number;
  /** Pixels between text and its background edge. Default 3. */
  textPadding?: number;
  /** Distance of the first label from the image's top-left corner. Default 8. */
  margin?: number;
}

/** Lists a classification result's top classes (`cat 0.93`) in the frame's top-left corner. */
export class ClassificationAnnotator extends BaseAnnotator {
  readonly topK: number;
  readonly color: ColorOption;
  readonly textColor: Rgb | 'auto';
  readonly textScale: number;
  readonly textPadding: number;
  readonly margin: number;

  constructor(options: ClassificationAnnotatorOptions = {}) {
    super();
    this.topK = Math.max(1, Math.floor(options.topK ?? 1));
    this.color = options.color ?? ColorPalette.DEFAULT;
    this.textColor = options.textColor ?? 'auto';
    this.textScale = Math.max(1, Math.round(options.textScale ?? 1));
    this.textPadding = Math.max(0, Math.round(options.textPadding ?? 3));
    this.margin = Math.max(0, Math.round(options.margin ?? 8));
  }

  annotateInPlace(image: FrameImage, result: InferenceResult): FrameImage {
    const predictions = (result.predictions as readonly object[]).filter(
      (p): p is ClassificationPrediction => !hasBox(p) && typeof (p as ClassificationPrediction).confidence === 'number',
    );
    const top = [...predictions].sort((a, b) => b.confidence - a.confidence).slice(0, this.topK);
    let y = this.margin;
    for (const p of top) {
      const text = `${p.class} ${p.confidence.toFixed(2)}`;
      const size = measureText(text, this.textScale);
      const w = size.width + 2 * this.textPadding;
      const h = size.height + 2 * this.textPadding;
      const background = resolveColor(this.color, p.class_id);
      fillRect(image, this.margin, y, this.margin + w, y + h, background);
      const textColor = this.textColor === 'auto' ? contrastingTextColor(background) : this.textColor;
      drawText(image, text, this.margin + this.textPadding, y + this.textPadding, textColor, this.textScale);
      y += h + 2;
    }
    return image;
  }
}
