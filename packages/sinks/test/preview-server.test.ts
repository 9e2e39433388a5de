import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { Subject } from 'rxjs';
import { statusEvent, type FrameImage, type ObjectDetectionResult, type StatusEvent, type VideoFrame } from '@rxcv/core';
import { hasSharedAssets, sharedAsset } from '@rxcv/testing';
import { BoxAnnotator, ColorPalette, PreviewServer, renderBoxes, type RenderBoxesSink } from '../src/index.js';
import { decodeFrames } from './media.js';

function videoFrame(image: FrameImage, frameId: number, sourceId = 0): VideoFrame {
  return {
    image, frameId, sourceId, fps: 25, frameTimestamp: Date.now() - 5, presentationTime: null,
    measuredFps: null, comesFromVideoFile: true,
  };
}

const RESULT: ObjectDetectionResult = {
  image: { width: 960, height: 540 },
  predictions: [{ x: 300, y: 300, width: 200, height: 120, confidence: 0.9, class: 'car', class_id: 1, detection_id: 'c' }],
};

/** Reads JPEG parts from a multipart/x-mixed-replace response until `count` arrived. */
async function readParts(url: string, count: number, whileWaiting: () => Promise<void>): Promise<Buffer[]> {
  const controller = new AbortController();
  const res = await fetch(url, { signal: controller.signal });
  expect(res.headers.get('content-type')).toBe('multipart/x-mixed-replace; boundary=rxcvframe');
  const reader = res.body!.getReader();
  let buffer = Buffer.alloc(0);
  const parts: Buffer[] = [];
  const reading = (async () => {
    while (parts.length < count) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer = Buffer.concat([buffer, value]);
      for (;;) {
        const header = /--rxcvframe\r\nContent-Type: image\/jpeg\r\nContent-Length: (\d+)\r\n\r\n/.exec(buffer.toString('latin1'));
        if (header === null) break;
        const start = header.index + header[0].length;
        const end = start + Number(header[1]);
        if (buffer.length < end + 2) break;
        parts.push(buffer.subarray(start, end));
        buffer = buffer.subarray(end + 2);
      }
    }
  })();
  const deadline = Date.now() + 20_000;
  while (parts.length < count && Date.now() < deadline) await Promise.race([whileWaiting(), reading]);
  controller.abort();
  await reading.catch(() => undefined);
  return parts;
}

/** A JPEG decoded by the ffmpeg CLI to rgb24. */
function decodeJpeg(jpeg: Buffer, width: number, height: number): FrameImage {
  const data = execFileSync('ffmpeg', ['-v', 'error', '-f', 'image2pipe', '-i', '-', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'], {
    input: jpeg,
    maxBuffer: 1 << 26,
  });
  expect(data.length).toBe(width * height * 3);
  return { width, height, format: 'rgb24', data: new Uint8Array(data) };
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

let sinks: RenderBoxesSink[] = [];
afterEach(async () => {
  await Promise.allSettled(sinks.map((s) => s.close()));
  sinks = [];
});

describe.skipIf(!hasSharedAssets())('live preview over HTTP', () => {
  const frames = decodeFrames(sharedAsset('media', 'highway_960x540_25fps.mp4'), { frames: 30 });

  it('streams the annotated video as MJPEG, with pictures that change, and serves page and state', async () => {
    // 6 px lines, so the colour survives JPEG's 4:2:0 chroma.
    const sink = renderBoxes({ preview: { maxFps: 30 }, annotators: [new BoxAnnotator({ thickness: 6 })] });
    sinks.push(sink);
    const url = await sink.preview!.ready;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    let next = 0;
    const feed = async () => {
      const i = next++ % frames.length;
      await sink(RESULT, videoFrame(frames[i], next));
      await new Promise((r) => setTimeout(r, 20));
    };
    await feed(); // the source exists once it published a frame (unknown ids get 404)
    const parts = await readParts(`${url}stream/0.mjpg`, 3, feed);
    expect(parts).toHaveLength(3);
    for (const p of parts) expect(p.subarray(0, 2).toString('hex')).toBe('ffd8'); // JPEG start of image
    expect(Buffer.compare(parts[0], parts[2])).not.toBe(0);
    // The picture is the annotated frame: the box's left edge (x = 200) in the class colour.
    const picture = decodeJpeg(parts[2], 960, 540);
    const color = ColorPalette.DEFAULT.byIndex(1);
    const i = (300 * 960 + 200) * 3;
    expect(Math.abs(picture.data[i] - color.r)).toBeLessThan(30);
    expect(Math.abs(picture.data[i + 1] - color.g)).toBeLessThan(30);
    expect(Math.abs(picture.data[i + 2] - color.b)).toBeLessThan(30);

    const page = await (await fetch(url)).text();
    expect(page).toContain('<title>rxcv preview</title>');
    const state = (await (await fetch(`${url}api/state`)).json()) as ReturnType<PreviewServer["state"]>;
    expect(state.sources).toHaveLength(1);
    expect(state.sources[0]).toMatchObject({ sourceId: 0, width: 960, height: 540, state: 'RUNNING' });
    expect(state.sources[0].frames).toBe(next);
    expect((state.sources[0].predictions[0] as { class: string }).class).toBe('car');
    // fps counts the arrivals of the second before the request (exact values: status-fold.spec.ts).
    // On a loaded machine the requests above can outlast that second, so feed on while asking
    // (at most 10 s): a server that never measures a rate still fails here.
    let fps = state.sources[0].fps;
    for (const deadline = Date.now() + 10_000; fps === 0 && Date.now() < deadline; ) {
      await feed();
      await feed();
      fps = ((await (await fetch(`${url}api/state`)).json()) as ReturnType<PreviewServer['state']>).sources[0].fps;
    }
    expect(fps).toBeGreaterThan(0);
    expect(fps).toBeLessThan(100); // frames come at most every 20 ms
    const snapshot = await fetch(`${url}snapshot/0.jpg`);
    expect(snapshot.headers.get('content-type')).toBe('image/jpeg');
    expect((await fetch(`${url}snapshot/7.jpg`)).status).toBe(404);
  });

  it('shows several sources, follows the pipeline status, and frees its port on close', async () => {
    const events = new Subject<StatusEvent>();
    const server = new PreviewServer();
    const url = await server.ready;
    server.observe(events);
    server.publish(frames[0], RESULT, videoFrame(frames[0], 1, 0));
    server.publish(frames[1], null, videoFrame(frames[1], 1, 1));
    events.next(statusEvent('SOURCE_STATE_CHANGED', 'info', 1, { from: 'RUNNING', to: 'PAUSED' }));
    events.next(statusEvent('FRAME_DROPPED', 'debug', 1, { frameId: 3, cause: 'superseded', dropped: 4 }));
    events.next(statusEvent('SOURCE_ERROR', 'error', 0, { code: 'TIMEOUT', message: 'read timed out' }));
    const state = (await (await fetch(`${url}api/state`)).json()) as ReturnType<PreviewServer["state"]>;
    expect(state.sources.map((s) => s.sourceId)).toEqual([0, 1]);
    expect(state.sources[1]).toMatchObject({ state: 'PAUSED', dropped: 4 });
    expect(state.sources[0]).toMatchObject({ lastError: 'read timed out' });

    const port = Number(new URL(url).port);
    expect(await portIsFree(port)).toBe(false);
    // An open MJPEG stream must not keep the server from closing.
    const streaming = await fetch(`${url}stream/1.mjpg`);
    expect(streaming.status).toBe(200);
    expect((await fetch(`${url}stream/9.mjpg`)).status).toBe(404); // no such source: not in the state either
    const after = (await (await fetch(`${url}api/state`)).json()) as ReturnType<PreviewServer['state']>;
    expect(after.sources.map((s) => s.sourceId)).toEqual([0, 1]);
    await server.close();
    await server.close();
    expect(await portIsFree(port)).toBe(true);
    expect(events.observed).toBe(false);
  });

  it('reports a port in use once, and keeps drawing for the other outlets', async () => {
    const first = new PreviewServer();
    const port = Number(new URL(await first.ready).port);
    try {
      const seen: number[] = [];
      const sink = renderBoxes({ preview: { port }, onFrame: (_a, f) => void seen.push(f.frameId) });
      sinks.push(sink);
      await expect(sink(RESULT, videoFrame(frames[0], 1))).rejects.toMatchObject({
        code: 'SINK_OUTPUT_FAILED',
        message: expect.stringMatching(new RegExp(`127\\.0\\.0\\.1:${port}: the address is in use`)),
      });
      await sink(RESULT, videoFrame(frames[1], 2));
      expect(seen).toEqual([1, 2]);
    } finally {
      await first.close();
    }
  });
});
