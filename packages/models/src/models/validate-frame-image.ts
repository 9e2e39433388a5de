import { ModelError, type FrameImage } from '@rxcv/core';

/** Rejects an image whose size or pixel buffer cannot be what it claims, before any work. */
export function validateFrameImage(image: FrameImage, index: number, modelLabel: string): void {
  const problem = (() => {
    if (!image || typeof image !== 'object') return 'is not a FrameImage';
    if (!Number.isInteger(image.width) || !Number.isInteger(image.height) || image.width < 1 || image.height < 1) {
      return `has an invalid size ${image.width}x${image.height}`;
    }
    if (image.format !== 'rgb24' && image.format !== 'bgr24') return `has unsupported pixel format ${String(image.format)}`;
    const needed = image.width * image.height * 3;
    if (!(image.data instanceof Uint8Array) || image.data.length < needed) {
      return `has ${image.data?.length ?? 0} bytes of pixels, ${image.width}x${image.height} ${image.format} needs ${needed}`;
    }
    return null;
  })();
  if (problem) throw new ModelError('MODEL_INFERENCE_FAILED', `${modelLabel}: image ${index} ${problem}`);
}
