// Specs of resized-size.
import { describe, expect, it } from 'vitest';
import { resizedSize } from './resized-size.js';

describe('resizedSize', () => {
  it('letterbox: scales by the tighter side and rounds', () => {
    const yolox = { width: 416, height: 416, fit: 'letterbox' } as const;
    expect(resizedSize(960, 540, yolox)).toEqual({ width: 416, height: 234 });
    expect(resizedSize(1920, 1080, yolox)).toEqual({ width: 416, height: 234 });
    expect(resizedSize(768, 432, yolox)).toEqual({ width: 416, height: 234 });
    expect(resizedSize(540, 960, yolox)).toEqual({ width: 234, height: 416 });
    expect(resizedSize(640, 480, { width: 640, height: 640, fit: 'letterbox' })).toEqual({ width: 640, height: 480 });
  });

  it('letterbox: upscales small pictures and never returns 0 or more than the input', () => {
    expect(resizedSize(208, 104, { width: 416, height: 416, fit: 'letterbox' })).toEqual({ width: 416, height: 208 });
    expect(resizedSize(10_000, 1, { width: 416, height: 416, fit: 'letterbox' })).toEqual({ width: 416, height: 1 });
  });

  it('stretch: the input size whatever the picture', () => {
    expect(resizedSize(1280, 720, { width: 320, height: 320, fit: 'stretch' })).toEqual({ width: 320, height: 320 });
  });
});
