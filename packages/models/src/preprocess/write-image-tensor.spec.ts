import { describe, expect, it } from 'vitest';
import type { FrameImage } from '@rxcv/core';
import type { InputContract } from './input-contract.js';
import { letterboxGeometry } from './letterbox.js';
import { writeImageTensor } from './write-image-tensor.js';

const solid = (width: number, height: number, rgb: [number, number, number], format: 'rgb24' | 'bgr24' = 'rgb24'): FrameImage => {
  const data = new Uint8Array(width * height * 3);
  const bytes = format === 'rgb24' ? rgb : [rgb[2], rgb[1], rgb[0]];
  for (let i = 0; i < width * height; i++) data.set(bytes, i * 3);
  return { width, height, format, data };
};

const contract = (over: Partial<InputContract>): InputContract => ({
  width: 4,
  height: 4,
  channelOrder: 'rgb',
  resize: 'letterbox',
  align: 'top-left',
  padValue: 114,
  scale: 1,
  mean: [0, 0, 0],
  std: [1, 1, 1],
  ...over,
});

function write(image: FrameImage, c: InputContract, filter: 'bilinear' | 'nearest' = 'bilinear'): Float32Array {
  const out = new Float32Array(3 * c.width * c.height).fill(-1);
  writeImageTensor(image, c, letterboxGeometry(image.width, image.height, c), out, 0, { filter });
  return out;
}

/** Value of channel c at (x, y) in a CHW tensor. */
const at = (t: Float32Array, c: InputContract, ch: number, x: number, y: number): number => t[ch * c.width * c.height + y * c.width + x];

describe('writeImageTensor', () => {
  for (const filter of ['bilinear', 'nearest'] as const) {
    it(`${filter}: writes planes in the model's channel order from rgb24 and bgr24 alike`, () => {
      const bgrModel = contract({ channelOrder: 'bgr' });
      for (const format of ['rgb24', 'bgr24'] as const) {
        const t = write(solid(8, 8, [10, 20, 30], format), bgrModel, filter);
        expect([at(t, bgrModel, 0, 1, 1), at(t, bgrModel, 1, 1, 1), at(t, bgrModel, 2, 1, 1)]).toEqual([30, 20, 10]);
      }
    });
  }

  it('pads below a wide frame with the pad colour (top-left) and fills the picture area', () => {
    const c = contract({});
    const t = write(solid(8, 4, [200, 100, 50]), c); // -> 4x2 at the top
    expect(at(t, c, 0, 3, 1)).toBe(200);
    expect(at(t, c, 0, 0, 2)).toBe(114);
    expect(at(t, c, 2, 3, 3)).toBe(114);
    expect(t.includes(-1)).toBe(false);
  });

  it('centred letterbox pads both sides of a tall frame', () => {
    const c = contract({ align: 'centre', width: 8, height: 4 });
    const t = write(solid(2, 4, [1, 2, 3]), c); // -> 2x4 at x = 3
    expect([at(t, c, 0, 2, 0), at(t, c, 0, 3, 0), at(t, c, 0, 4, 0), at(t, c, 0, 5, 0)]).toEqual([114, 1, 1, 114]);
  });

  it('applies scale, then mean and std per model channel (pad too)', () => {
    const c = contract({ scale: 1 / 255, mean: [0.5, 0.5, 0.5], std: [0.25, 0.5, 1] });
    const t = write(solid(4, 2, [255, 255, 0]), c);
    expect(at(t, c, 0, 0, 0)).toBeCloseTo((1 - 0.5) / 0.25, 5);
    expect(at(t, c, 1, 0, 0)).toBeCloseTo((1 - 0.5) / 0.5, 5);
    expect(at(t, c, 2, 0, 0)).toBeCloseTo(-0.5, 5);
    expect(at(t, c, 0, 0, 3)).toBeCloseTo((114 / 255 - 0.5) / 0.25, 5);
  });

  it('bilinear halves a 2-pixel-wide ramp to its rounded average, like OpenCV INTER_LINEAR', () => {
    const image: FrameImage = { width: 2, height: 1, format: 'rgb24', data: Uint8Array.from([0, 0, 0, 101, 101, 101]) };
    const c = contract({ width: 1, height: 1, resize: 'stretch' });
    const t = write(image, c);
    expect(t[0]).toBe(51); // 50.5 rounded half up
  });

  it('nearest at the same size copies pixels exactly', () => {
    const data = Uint8Array.from({ length: 4 * 4 * 3 }, (_, i) => i);
    const c = contract({});
    const t = write({ width: 4, height: 4, format: 'rgb24', data }, c, 'nearest');
    expect(at(t, c, 0, 2, 1)).toBe((1 * 4 + 2) * 3);
    expect(at(t, c, 2, 3, 3)).toBe((3 * 4 + 3) * 3 + 2);
  });

  it('grayscale puts the same luma in every channel', () => {
    const c = contract({});
    const out = new Float32Array(3 * 16);
    const image = solid(4, 4, [255, 0, 0]);
    writeImageTensor(image, c, letterboxGeometry(4, 4, c), out, 0, { grayscale: true });
    expect([out[0], out[16], out[32]]).toEqual([76, 76, 76]); // 0.299 * 255 = 76.2
  });

  it('writes at an offset, leaving the rest of a batch buffer alone', () => {
    const c = contract({});
    const out = new Float32Array(2 * 3 * 16).fill(-1);
    writeImageTensor(solid(4, 4, [9, 9, 9]), c, letterboxGeometry(4, 4, c), out, 48);
    expect(out.subarray(0, 48).every((v) => v === -1)).toBe(true);
    expect(out.subarray(48).every((v) => v === 9)).toBe(true);
  });
});

describe('writeImageTensor at the same size (a picture already scaled by its source)', () => {
  const image: FrameImage = { width: 4, height: 2, format: 'bgr24', data: Uint8Array.from({ length: 24 }, (_, i) => (i * 37) % 256) };

  it('copies the pixels and pads the rest, whichever the filter', () => {
    const c = contract({ channelOrder: 'rgb', scale: 0.5 });
    const t = write(image, c); // 4x2 into 4x4: rows 2-3 are padding
    for (let y = 0; y < 2; y++) {
      for (let x = 0; x < 4; x++) {
        const s = (y * 4 + x) * 3;
        // bgr24 source, rgb model: channel 0 is the source's third byte.
        expect([at(t, c, 0, x, y), at(t, c, 1, x, y), at(t, c, 2, x, y)]).toEqual([image.data[s + 2] * 0.5, image.data[s + 1] * 0.5, image.data[s] * 0.5]);
      }
    }
    expect(at(t, c, 1, 2, 3)).toBe(57);
    expect(write(image, c, 'nearest')).toEqual(t);
  });
});
