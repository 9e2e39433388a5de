import type { FrameImage, InferenceResult, Keypoint, KeypointsPrediction } from '@rxcv/core';
import { ColorPalette, resolveColor, type ColorOption } from '../color/color-palette.js';
import { drawLine } from '../raster/draw-line.js';
import { fillCircle } from '../raster/fill-circle.js';
import { BaseAnnotator } from './annotator.js';
import { boxPredictions, scaleFactors } from './geometry.js';

/** COCO's 17-keypoint person skeleton, as pairs of keypoint ids (0 = nose … 16 = right ankle). */
export const COCO_SKELETON: ReadonlyArray<readonly [number, number]> = [
  [15, 13], [13, 11], [16, 14], [14, 12], [11, 12], [5, 11], [6, 12], [5, 6], [5, 7],
  [6, 8], [7, 9], [8, 10], [1, 2], [0, 1], [0, 2], [1, 3], [2, 4], [3, 5], [4, 6],
];

export interface KeypointAnnotatorOptions {
  /** Dot radius in pixels. Default 4. */
  radius?: number;
  /** One colour, or a palette by the prediction's `class_id`. Default {@link ColorPalette.DEFAULT}. */
  color?: ColorOption;
  /** Keypoints below this confidence are not drawn (nor edges touching them). Default 0.5. */
  minConfidence?: number;
  /** Lines between keypoints, by keypoint id (`class_id`, else position). Default none; see {@link COCO_SKELETON}. */
  edges?: ReadonlyArray<readonly [number, number]>;
  /** Line width of the edges in pixels. Default 2. */
  edgeThickness?: number;
}

function hasKeypoints(prediction: object): prediction is KeypointsPrediction {
  return Array.isArray((prediction as Partial<KeypointsPrediction>).keypoints);
}

/** Draws the keypoints of keypoint-detection predictions as dots, optionally joined by a skeleton. */
export class KeypointAnnotator extends BaseAnnotator {
  readonly radius: number;
  readonly color: ColorOption;
  readonly minConfidence: number;
  readonly edges: ReadonlyArray<readonly [number, number]>;
  readonly edgeThickness: number;

  constructor(options: KeypointAnnotatorOptions = {}) {
    super();
    this.radius = Math.max(1, options.radius ?? 4);
    this.color = options.color ?? ColorPalette.DEFAULT;
    this.minConfidence = options.minConfidence ?? 0.5;
    this.edges = options.edges ?? [];
    this.edgeThickness = Math.max(1, Math.round(options.edgeThickness ?? 2));
  }

  annotateInPlace(image: FrameImage, result: InferenceResult): FrameImage {
    const { sx, sy } = scaleFactors(image, result);
    for (const p of boxPredictions(result)) {
      if (!hasKeypoints(p)) continue;
      const color = resolveColor(this.color, p.class_id);
      const byId = new Map<number, Keypoint>();
      p.keypoints.forEach((k, index) => {
        if (k.confidence >= this.minConfidence) byId.set(typeof k.class_id === 'number' ? k.class_id : index, k);
      });
      for (const [a, b] of this.edges) {
        const from = byId.get(a);
        const to = byId.get(b);
        if (from && to) drawLine(image, from.x * sx, from.y * sy, to.x * sx, to.y * sy, this.edgeThickness, color);
      }
      for (const k of byId.values()) fillCircle(image, k.x * sx, k.y * sy, this.radius, color);
    }
    return image;
  }
}
