import { describe, expect, it } from 'vitest';
import type { FrameImage, VideoFrame } from '@rxcv/core';
import { StatisticsOverlay } from './statistics-overlay.js';

function frame(sourceId: number, frameId: number, frameTimestamp: number): VideoFrame {
  const image: FrameImage = { width: 320, height: 240, format: 'rgb24', data: new Uint8Array(320 * 240 * 3).fill(200) };
  return { image, sourceId, frameId, frameTimestamp, presentationTime: null, fps: 25, measuredFps: null, comesFromVideoFile: true };
}

describe('StatisticsOverlay', () => {
  it('measures throughput per source over its window, and latency from the frame timestamp', () => {
    const overlay = new StatisticsOverlay({ windowMs: 1000 });
    let stats;
    for (let i = 0; i < 30; i++) stats = overlay.measure(frame(0, i + 1, 10_000 + i * 40), null, 10_000 + i * 40 + 15);
    expect(stats!.throughput).toBeCloseTo(25, 5);
    expect(stats!.latencyMs).toBe(15);
    // Another source has its own history.
    expect(overlay.measure(frame(1, 1, 11_000), { image: { width: 1, height: 1 }, predictions: [], time: 0.0123 }, 11_010))
      .toEqual({ throughput: 0, latencyMs: 10, inferenceMs: 12.3 });
  });

  it('draws a darkened box with text in the chosen corner only', () => {
    const f = frame(0, 7, 1000);
    new StatisticsOverlay({ position: 'top-right' }).draw(f.image, f, null, 1040);
    const at = (x: number, y: number) => f.image.data[(y * 320 + x) * 3];
    expect(at(318, 2)).toBe(80); // 200 blended 60 % towards black
    expect(at(2, 2)).toBe(200);
    expect(at(318, 230)).toBe(200);
  });
});
