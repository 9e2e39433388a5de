// packRows: a beamcoder frame's packed picture, without a copy when its rows have no padding.
import { describe, expect, it } from 'vitest';
import { packRows } from './beamcoder-frame.js';

/** A filtered frame as beamcoder gives it: one plane, rows `linesize` bytes apart. */
function fakeFrame(width: number, height: number, linesize: number) {
  const data = Buffer.alloc(linesize * height + 64); // FFmpeg's buffers carry some padding at the end
  for (let y = 0; y < height; y++) for (let x = 0; x < linesize; x++) data[y * linesize + x] = x < width * 3 ? (y * 16 + x) % 256 : 255;
  return { width, height, linesize: [linesize], data: [data] };
}

describe('packRows', () => {
  it('rows without padding: FFmpeg\'s own buffer, no copy', () => {
    const frame = fakeFrame(4, 3, 12);
    const packed = packRows(frame as never);
    expect(packed.length).toBe(36);
    expect(packed.buffer).toBe(frame.data[0].buffer);
    expect(packed.byteOffset).toBe(frame.data[0].byteOffset);
    expect(Array.from(packed.subarray(12, 15))).toEqual([16, 17, 18]);
  });

  it('padded rows: copied out, packed, padding dropped', () => {
    const frame = fakeFrame(4, 3, 16);
    const packed = packRows(frame as never);
    expect(packed.length).toBe(36);
    expect(packed.buffer).not.toBe(frame.data[0].buffer);
    expect(Array.from(packed.subarray(12, 15))).toEqual([16, 17, 18]);
    expect(packed.includes(255)).toBe(false);
  });
});
