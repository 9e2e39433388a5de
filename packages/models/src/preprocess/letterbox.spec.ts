import { describe, expect, it } from 'vitest';
import { letterboxGeometry, toSourceX, toSourceY } from './letterbox.js';

describe('letterboxGeometry', () => {
  it('top-left letterbox (YOLOX): scale by the tighter side, no offset', () => {
    const g = letterboxGeometry(768, 576, { width: 416, height: 416, resize: 'letterbox', align: 'top-left' });
    expect(g).toMatchObject({ resizedWidth: 416, resizedHeight: 312, padX: 0, padY: 0 });
    expect(g.scaleX).toBeCloseTo(416 / 768, 10);
  });

  it('centred letterbox (Ultralytics): pads split between both sides', () => {
    const g = letterboxGeometry(768, 576, { width: 640, height: 640, resize: 'letterbox', align: 'centre' });
    expect(g).toMatchObject({ resizedWidth: 640, resizedHeight: 480, padX: 0, padY: 80 });
    const tall = letterboxGeometry(540, 960, { width: 640, height: 640, resize: 'letterbox', align: 'centre' });
    expect(tall).toMatchObject({ resizedWidth: 360, resizedHeight: 640, padX: 140, padY: 0 });
  });

  it('stretch scales each axis on its own, no padding', () => {
    const g = letterboxGeometry(640, 480, { width: 320, height: 320, resize: 'stretch', align: 'top-left' });
    expect(g).toMatchObject({ resizedWidth: 320, resizedHeight: 320, padX: 0, padY: 0, scaleX: 0.5 });
    expect(g.scaleY).toBeCloseTo(320 / 480, 10);
  });

  it('upscales small frames to fill the input', () => {
    const g = letterboxGeometry(208, 104, { width: 416, height: 416, resize: 'letterbox', align: 'top-left' });
    expect(g).toMatchObject({ resizedWidth: 416, resizedHeight: 208, scaleX: 2, scaleY: 2 });
  });

  it('maps model-input coordinates back to frame pixels (inverse of the placement)', () => {
    const g = letterboxGeometry(1920, 1080, { width: 640, height: 640, resize: 'letterbox', align: 'centre' });
    // 1920x1080 -> 640x360 placed at y=140
    expect(g).toMatchObject({ resizedWidth: 640, resizedHeight: 360, padY: 140 });
    expect(toSourceX(g, 320)).toBeCloseTo(960, 6);
    expect(toSourceY(g, 140)).toBeCloseTo(0, 6);
    expect(toSourceY(g, 500)).toBeCloseTo(1080, 6);
  });

  it('a static crop offsets the mapping by the crop corner', () => {
    const g = letterboxGeometry(1000, 1000, { width: 100, height: 100, resize: 'stretch', align: 'top-left' }, { x: 200, y: 300, width: 500, height: 250 });
    expect(g).toMatchObject({ sourceWidth: 500, sourceHeight: 250, cropX: 200, cropY: 300 });
    expect(toSourceX(g, 0)).toBe(200);
    expect(toSourceX(g, 100)).toBe(700);
    expect(toSourceY(g, 100)).toBe(550);
  });
});
