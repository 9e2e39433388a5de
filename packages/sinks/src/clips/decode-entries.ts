// Decodes a run of ring entries (starting at a keyframe) back to packed RGB pictures.
import type { Filterer, Frame } from '@rxcv/beamcoder';
import { loadBeamcoder } from '@rxcv/beamcoder/load';
import type { FrameImage } from '@rxcv/core';
import type { RingEntry } from './encoded-ring.js';

/**
 * Decodes `entries` in order (the first must be a keyframe) and calls `onFrame` with each
 * picture as packed rgb24 at the entry's own size, with its entry. Each picture is a new buffer.
 */
export async function decodeEntries(
  entries: readonly RingEntry[],
  onFrame: (image: FrameImage, entry: RingEntry) => Promise<void> | void,
): Promise<void> {
  if (entries.length === 0) return;
  const beamcoder = loadBeamcoder();
  const decoder = beamcoder.decoder({ name: 'h264', thread_count: 1 });
  let filterer: Filterer | undefined;
  let filterKey = '';

  const deliver = async (frames: readonly Frame[]): Promise<void> => {
    for (const frame of frames) {
      const entry = entries[Number(frame.pts)];
      if (entry === undefined) continue;
      const key = `${frame.width}x${frame.height}/${frame.format}`;
      if (filterer === undefined || key !== filterKey) {
        filterer = await beamcoder.filterer({
          filterType: 'video',
          inputParams: [{ width: frame.width, height: frame.height, pixelFormat: String(frame.format), timeBase: [1, 25], pixelAspect: [1, 1] }],
          outputParams: [{ pixelFormat: 'rgb24' }],
          // Undo the even-size padding of the ring's encoder.
          filterSpec: `crop=${entry.width}:${entry.height}:0:0,format=rgb24`,
        });
        filterKey = key;
      }
      const out = (await filterer.filter([frame]))[0]?.frames[0];
      if (out === undefined) continue;
      const rowBytes = entry.width * 3;
      const data = Buffer.allocUnsafe(rowBytes * entry.height);
      const linesize = out.linesize[0];
      const source = out.data[0]; // a native getter: read it once, not once a row
      for (let y = 0; y < entry.height; y++) source.copy(data, y * rowBytes, y * linesize, y * linesize + rowBytes);
      await onFrame({ width: entry.width, height: entry.height, format: 'rgb24', data }, entry);
    }
  };

  for (const [index, entry] of entries.entries()) {
    const packet = beamcoder.packet({ data: entry.data, size: entry.data.length, pts: index, dts: index, flags: { KEY: entry.key } });
    await deliver((await decoder.decode(packet)).frames);
  }
  await deliver((await decoder.flush()).frames);
}
