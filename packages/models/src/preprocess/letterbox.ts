import type { InputContract } from './input-contract.js';

/**
 * Where a frame lands inside the model input: the frame is resized to `resizedWidth` x
 * `resizedHeight` and placed at (`padX`, `padY`). The inverse maps model boxes back to frame
 * pixels.
 */
export interface LetterboxGeometry {
  readonly sourceWidth: number;
  readonly sourceHeight: number;
  readonly resizedWidth: number;
  readonly resizedHeight: number;
  readonly padX: number;
  readonly padY: number;
  /** resizedWidth / sourceWidth */
  readonly scaleX: number;
  /** resizedHeight / sourceHeight */
  readonly scaleY: number;
  /** Top-left corner of the region of the frame that was used (a static crop), in frame pixels. */
  readonly cropX: number;
  readonly cropY: number;
}

/** A rectangle of the frame, in pixels. */
export interface PixelRegion {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Computes where a `sourceWidth` x `sourceHeight` frame (or `crop` of it) goes inside the
 * model input.
 */
export function letterboxGeometry(
  sourceWidth: number,
  sourceHeight: number,
  contract: Pick<InputContract, 'width' | 'height' | 'resize' | 'align'>,
  crop?: PixelRegion,
): LetterboxGeometry {
  const { width, height } = contract;
  const cropX = crop?.x ?? 0;
  const cropY = crop?.y ?? 0;
  if (crop) {
    sourceWidth = crop.width;
    sourceHeight = crop.height;
  }
  let resizedWidth = width;
  let resizedHeight = height;
  let padX = 0;
  let padY = 0;
  if (contract.resize === 'letterbox') {
    const ratio = Math.min(width / sourceWidth, height / sourceHeight);
    resizedWidth = Math.min(width, Math.max(1, Math.round(sourceWidth * ratio)));
    resizedHeight = Math.min(height, Math.max(1, Math.round(sourceHeight * ratio)));
    if (contract.align === 'centre') {
      // Ultralytics' LetterBox rounds (pad - 0.1) for the top/left side.
      padX = Math.max(0, Math.round((width - resizedWidth) / 2 - 0.1));
      padY = Math.max(0, Math.round((height - resizedHeight) / 2 - 0.1));
    }
  }
  return {
    sourceWidth,
    sourceHeight,
    resizedWidth,
    resizedHeight,
    padX,
    padY,
    scaleX: resizedWidth / sourceWidth,
    scaleY: resizedHeight / sourceHeight,
    cropX,
    cropY,
  };
}

/** Maps an x coordinate in model-input pixels to frame pixels (not clipped). */
export function toSourceX(geometry: LetterboxGeometry, x: number): number {
  return (x - geometry.padX) / geometry.scaleX + geometry.cropX;
}

/** Maps a y coordinate in model-input pixels to frame pixels (not clipped). */
export function toSourceY(geometry: LetterboxGeometry, y: number): number {
  return (y - geometry.padY) / geometry.scaleY + geometry.cropY;
}
