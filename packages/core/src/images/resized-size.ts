// resizedSize: the size a picture is scaled to for a model input; sources and models share it.
import type { ModelInputSize } from '../types/video-frame.js';

/**
 * The size a `sourceWidth` x `sourceHeight` picture is scaled to for a model input: for
 * `letterbox`, scaled by the tighter side and rounded to whole pixels (never 0, never larger
 * than the input), as the models' letterbox does it; for `stretch`, the input size itself.
 * Sources and models both use this, so a picture a source scaled is exactly what a model expects.
 */
export function resizedSize(
  sourceWidth: number,
  sourceHeight: number,
  input: Pick<ModelInputSize, 'width' | 'height' | 'fit'>,
): { width: number; height: number } {
  if (input.fit === 'stretch') return { width: input.width, height: input.height };
  const ratio = Math.min(input.width / sourceWidth, input.height / sourceHeight);
  return {
    width: Math.min(input.width, Math.max(1, Math.round(sourceWidth * ratio))),
    height: Math.min(input.height, Math.max(1, Math.round(sourceHeight * ratio))),
  };
}
