import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FrameImage, ObjectDetectionResult, VideoFrame } from '@rxcv/core';
import { hasSharedAssets, sharedAsset } from '@rxcv/testing';
import { BoxAnnotator, ColorPalette, SinkError, outputPathForSource, pixelAt, renderBoxes } from '../src/index.js';
import { decodeFrames, probeVideo } from './media.js';

const dir = mkdtempSync(join(tmpdir(), 'rxcv-sinks-render-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function videoFrame(image: FrameImage, frameId: number, sourceId: number, fps: number | null): VideoFrame {
  return {
    image, frameId, sourceId, fps,
    frameTimestamp: Date.now(), presentationTime: fps ? (frameId - 1) / fps : null,
    measuredFps: null, comesFromVideoFile: true,
  };
}

function box(width: number, height: number): ObjectDetectionResult {
  return {
    image: { width, height },
    predictions: [{ x: width / 2, y: height / 2, width: width / 4, height: height / 4, confidence: 0.77, class: 'car', class_id: 2, detection_id: 'a' }],
  };
}

describe('outputPathForSource', () => {
  it('keeps the path for source 0 and inserts the source id before the extension for the others', () => {
    expect(outputPathForSource('out/annotated.mp4', 0)).toBe('out/annotated.mp4');
    expect(outputPathForSource('out/annotated.mp4', 1)).toBe(join('out', 'annotated.1.mp4'));
    expect(outputPathForSource('/tmp/a.b.mkv', 12)).toBe('/tmp/a.b.12.mkv');
  });
});

describe('renderBoxes', () => {
  it('refuses options that give it nowhere to draw, or a bad fps or container', () => {
    expect(() => renderBoxes()).toThrow(SinkError);
    expect(() => renderBoxes({ output: join(dir, 'x.gif') })).toThrow(/container/);
    expect(() => renderBoxes({ output: join(dir, 'x.mp4'), fps: -1 })).toThrow(expect.objectContaining({ code: 'SINK_INVALID_OPTIONS' }));
  });

  it('hands onFrame an annotated copy and leaves the source frame alone', async () => {
    const image: FrameImage = { width: 80, height: 60, format: 'rgb24', data: new Uint8Array(80 * 60 * 3).fill(50) };
    const seen: FrameImage[] = [];
    const sink = renderBoxes({ onFrame: (annotated) => void seen.push(annotated) });
    await sink(box(80, 60), videoFrame(image, 1, 0, 25));
    await sink.close?.();
    expect(seen).toHaveLength(1);
    // The box spans 30..50 x 22.5..37.5: its left edge is coloured in the copy only.
    expect(pixelAt(seen[0], 30, 30)).toEqual(ColorPalette.DEFAULT.byIndex(2));
    expect(pixelAt(image, 30, 30)).toEqual({ r: 50, g: 50, b: 50 });
    await expect(sink(box(80, 60), videoFrame(image, 2, 0, 25))).rejects.toMatchObject({ code: 'SINK_CLOSED' });
  });

  it('letterboxes frames to displaySize and draws the boxes where the picture shows them', async () => {
    const image: FrameImage = { width: 320, height: 240, format: 'rgb24', data: new Uint8Array(320 * 240 * 3).fill(120) };
    const seen: FrameImage[] = [];
    const sink = renderBoxes({ onFrame: (a) => void seen.push(a), displaySize: { width: 640, height: 640 }, annotators: [new BoxAnnotator({ thickness: 1 })] });
    // Box (120,90)-(200,150); at scale 2 below an 80 px bar: (240,260)-(400,380).
    await sink(box(320, 240), videoFrame(image, 1, 0, 25));
    const [out] = seen;
    expect([out.width, out.height]).toEqual([640, 640]);
    expect(pixelAt(out, 300, 40)).toEqual({ r: 0, g: 0, b: 0 });
    expect(pixelAt(out, 100, 200)).toEqual({ r: 120, g: 120, b: 120 });
    const color = ColorPalette.DEFAULT.byIndex(2);
    expect(pixelAt(out, 240, 320)).toEqual(color);
    expect(pixelAt(out, 280, 260)).toEqual(color);
    expect(pixelAt(out, 400, 380)).toEqual(color);
    expect(pixelAt(out, 280, 320)).toEqual({ r: 120, g: 120, b: 120 });
    expect(() => renderBoxes({ onFrame: () => undefined, displaySize: { width: 0, height: 10 } })).toThrow(/displaySize/);
  });

  it('draws the statistics overlay when asked, and only then', async () => {
    const image: FrameImage = { width: 320, height: 240, format: 'rgb24', data: new Uint8Array(320 * 240 * 3).fill(200) };
    const seen: FrameImage[] = [];
    const empty = { image: { width: 320, height: 240 }, predictions: [] };
    await renderBoxes({ onFrame: (a) => void seen.push(a), displayStatistics: true })(empty, videoFrame(image, 1, 0, 25));
    await renderBoxes({ onFrame: (a) => void seen.push(a) })(empty, videoFrame(image, 1, 0, 25));
    expect(pixelAt(seen[0], 1, 238)).toEqual({ r: 80, g: 80, b: 80 }); // bottom-left, darkened
    expect(pixelAt(seen[1], 1, 238)).toEqual({ r: 200, g: 200, b: 200 });
  });

  it.skipIf(!hasSharedAssets())('writes one file per source, each at its own fps with every frame', async () => {
    const highway = decodeFrames(sharedAsset('media', 'highway_960x540_25fps.mp4'), { frames: 30 });
    const parking = decodeFrames(sharedAsset('media', 'parking_topdown_768x432.mp4'), { frames: 12 });
    const output = join(dir, 'annotated.mp4');
    const sink = renderBoxes({ output });
    // Interleaved as a pipeline with two sources delivers them.
    for (let i = 0; i < 30; i++) {
      await sink(box(960, 540), videoFrame(highway[i], i + 1, 0, 25));
      if (i < 12) await sink(box(768, 432), videoFrame(parking[i], i + 1, 1, 12.5));
    }
    const closed = sink.close!();
    expect(sink.close!()).toBe(closed);
    await closed;

    expect(probeVideo(output)).toMatchObject({ width: 960, height: 540, frames: 30, rFrameRate: '25/1' });
    expect(probeVideo(join(dir, 'annotated.1.mp4'))).toMatchObject({ width: 768, height: 432, frames: 12, rFrameRate: '25/2' });
    expect(existsSync(join(dir, 'annotated.2.mp4'))).toBe(false);
  });

  it('uses the fps option over the source fps, and a function for paths', async () => {
    const image: FrameImage = { width: 64, height: 48, format: 'rgb24', data: new Uint8Array(64 * 48 * 3) };
    const sink = renderBoxes({ output: (id) => join(dir, `cam-${id}.mkv`), fps: 10 });
    for (let i = 1; i <= 4; i++) await sink(box(64, 48), videoFrame(image, i, 3, null));
    await sink.close?.();
    expect(probeVideo(join(dir, 'cam-3.mkv'))).toMatchObject({ frames: 4, rFrameRate: '10/1' });
  });

  it('reports a file it cannot write, from a later frame or from close()', async () => {
    const image: FrameImage = { width: 64, height: 48, format: 'rgb24', data: new Uint8Array(64 * 48 * 3) };
    const sink = renderBoxes({ output: join(dir, 'missing-dir', 'a.mp4'), maxQueuedFrames: 0 });
    await expect(sink(box(64, 48), videoFrame(image, 1, 0, 25))).rejects.toMatchObject({ code: 'SINK_OUTPUT_FAILED' });
    const queued = renderBoxes({ output: join(dir, 'missing-dir', 'b.mp4') });
    await queued(box(64, 48), videoFrame(image, 1, 0, 25)); // queued, not yet known to fail
    await expect(queued.close!()).rejects.toMatchObject({ code: 'SINK_OUTPUT_FAILED' });
  });
});
