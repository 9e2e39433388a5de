// Decodes a run of ring entries (starting at a keyframe) back to packed RGB pictures.
import type { FrameImage } from '@rxcv/core';
import { loadFfmpegBackend, type FfmpegBackendName, type FilterGraph, type VideoFrame as FfmpegFrame } from '@rxcv/ffmpeg';
import type { RingEntry } from './encoded-ring.js';

/**
 * Decodes `entries` in order (the first must be a keyframe) and calls `onFrame` with each
 * picture as packed rgb24 at the entry's own size, with its entry. Each picture is a new buffer.
 * `ffmpeg`: the FFmpeg backend (default `RXCV_FFMPEG`, else beamcoder).
 */
export async function decodeEntries(
  entries: readonly RingEntry[],
  onFrame: (image: FrameImage, entry: RingEntry) => Promise<void> | void,
  ffmpeg?: FfmpegBackendName,
): Promise<void> {
  if (entries.length === 0) return;
  const backend = await loadFfmpegBackend(ffmpeg);
  const decoder = backend.createPacketDecoder('h264', { threads: 1 });
  let graph: FilterGraph | undefined;
  let graphKey = '';

  const deliver = async (frames: readonly FfmpegFrame[]): Promise<void> => {
    for (const frame of frames) {
      try {
        const entry = entries[Number(frame.pts)];
        if (entry === undefined) continue;
        const key = `${frame.width}x${frame.height}/${frame.pixelFormat}`;
        if (graph === undefined || key !== graphKey) {
          graph = await backend.createFilterGraph({
            input: { width: frame.width, height: frame.height, pixelFormat: frame.pixelFormat, timeBase: [1, 25], sampleAspectRatio: [1, 1] },
            // Undo the even-size padding of the ring's encoder.
            spec: `[in]crop=${entry.width}:${entry.height}:0:0,format=rgb24[out0]`,
            outputPixelFormats: ['rgb24'],
          });
          graphKey = key;
        }
        const outputs = (await graph.filter(frame))[0] ?? [];
        const out = outputs[0];
        try {
          if (out === undefined) continue;
          // A new buffer per picture: the caller may keep it.
          const data = Buffer.from(out.packedPixels());
          await onFrame({ width: entry.width, height: entry.height, format: 'rgb24', data }, entry);
        } finally {
          for (const f of outputs) f.release();
        }
      } finally {
        frame.release();
      }
    }
  };

  for (const [index, entry] of entries.entries()) {
    await deliver(await decoder.decode({ data: entry.data, pts: index, dts: index, key: entry.key }));
  }
  await deliver(await decoder.flush());
}
