// The contract every FFmpeg backend keeps: the same tests, run once per backend, on real FFmpeg
// and the real highway clip (issue 12 part 3). Behaviour that differs fails here.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedAsset } from '@rxcv/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FfmpegBackend, FfmpegBackendName, MediaInput, VideoDecoder, VideoFrame } from '../src/index.js';
import { FFMPEG_BACKENDS, FfmpegBackendError, FfmpegError, loadFfmpegBackend } from '../src/index.js';

const HIGHWAY = sharedAsset('media', 'highway_960x540_25fps.mp4');
const HIGHWAY_FRAMES = 221;
const VIDEO_STREAM = 1;
/** A GPU FFmpeg could decode on: NVIDIA's device file or a DRM render node. This machine has neither. */
const HAS_GPU = existsSync('/dev/nvidia0') || existsSync('/dev/dri');
/** What the file source asks for: the frame as rgb24, and scaled to the model's 416 px in bgr24. */
const SOURCE_SPEC = '[in]split=2[a][b];[a]format=rgb24[out0];[b]scale=416:234:flags=area,format=bgr24[out1]';

/** Reads the video stream's packets and decodes them all (flush included), handing each frame to `each` and releasing it. */
async function decodeAll(input: MediaInput, decoder: VideoDecoder, each: (frame: VideoFrame) => Promise<void> | void, limit = Infinity): Promise<number> {
  let count = 0;
  const take = async (frames: VideoFrame[]): Promise<void> => {
    for (const frame of frames) {
      try {
        if (count < limit) await each(frame);
        count += 1;
      } finally {
        frame.release();
      }
    }
  };
  for (;;) {
    if (count >= limit) break;
    const packet = await input.readPacket();
    if (packet === null) break;
    if (packet.streamIndex !== VIDEO_STREAM) continue;
    await take(await decoder.decode(packet));
  }
  await take(await decoder.flush());
  return Math.min(count, limit);
}

/** The first `count` frames of the highway clip through SOURCE_SPEC: [rgb24, scaled bgr24] pixels. */
/** `keep: false` copies the pixels out and drops them (a memory test keeps nothing). */
async function sourcePixels(backend: FfmpegBackend, count: number, keep = true): Promise<Array<[Uint8Array, Uint8Array]>> {
  const input = await backend.openInput(HIGHWAY);
  try {
    input.selectOnly(VIDEO_STREAM);
    const decoder = await input.openDecoder(VIDEO_STREAM, { threads: 1 });
    const stream = input.streams[VIDEO_STREAM];
    const graph = await backend.createFilterGraph({
      input: { width: stream.width, height: stream.height, pixelFormat: 'yuv420p', timeBase: stream.timeBase },
      spec: SOURCE_SPEC,
      outputPixelFormats: ['rgb24', 'bgr24'],
    });
    const pixels: Array<[Uint8Array, Uint8Array]> = [];
    await decodeAll(
      input,
      decoder,
      async (frame) => {
        const [[rgb], [bgr]] = await graph.filter(frame);
        const copies: [Uint8Array, Uint8Array] = [rgb.packedPixels(), bgr.packedPixels()];
        if (keep) pixels.push(copies);
        rgb.release();
        bgr.release();
      },
      count,
    );
    return pixels;
  } finally {
    input.close();
  }
}

function meanAbsoluteDifference(a: Uint8Array, b: Uint8Array): number {
  expect(a.length).toBe(b.length);
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += Math.abs(a[i] - b[i]);
  return sum / a.length;
}

async function rejection(work: Promise<unknown>): Promise<FfmpegError> {
  const error = await work.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FfmpegError);
  return error as FfmpegError;
}

describe.each(FFMPEG_BACKENDS)('%s backend', (name: FfmpegBackendName) => {
  let backend: FfmpegBackend;
  let dir: string;

  beforeAll(async () => {
    backend = await loadFfmpegBackend(name);
    dir = mkdtempSync(join(tmpdir(), `rxcv-ffmpeg-${name}-`));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names itself and its FFmpeg, and logs at fatal unless RXCV_FFMPEG_LOGLEVEL says otherwise', () => {
    expect(backend.name).toBe(name);
    expect(backend.ffmpegVersion).toMatch(/^\d+\.\d+/);
    expect(backend.logLevel()).toBe(process.env.RXCV_FFMPEG_LOGLEVEL || 'fatal');
    backend.setLogLevel('error');
    expect(backend.logLevel()).toBe('error');
    backend.setLogLevel('fatal');
    expect(backend.hasInputFormat('lavfi')).toBe(true);
    expect(backend.hasInputFormat('no-such-demuxer')).toBe(false);
  });

  it('describes the highway clip: audio is stream 0, video stream 1 is 960x540 h264 at 25 fps with 221 frames', async () => {
    const input = await backend.openInput(HIGHWAY);
    try {
      expect(input.streams.map((stream) => stream.type)).toEqual(['audio', 'video']);
      const video = input.streams[VIDEO_STREAM];
      expect(video).toMatchObject({ index: 1, codecName: 'h264', width: 960, height: 540, averageFrameRate: [25, 1], frameCount: HIGHWAY_FRAMES, attachedPicture: false });
      expect(video.timeBase[0] / video.timeBase[1]).toBeGreaterThan(0);
      expect(input.durationSeconds).toBeGreaterThan(8.5);
      expect(input.durationSeconds).toBeLessThan(9.5);
    } finally {
      input.close();
      input.close();
    }
  });

  it('decodes all 221 frames, undamaged, with time stamps 1/25 s apart from 0', async () => {
    const input = await backend.openInput(HIGHWAY);
    try {
      input.selectOnly(VIDEO_STREAM);
      const decoder = await input.openDecoder(VIDEO_STREAM, { threads: 2 });
      expect(decoder.hardware).toBeNull();
      const [num, den] = input.streams[VIDEO_STREAM].timeBase;
      const seconds: number[] = [];
      const count = await decodeAll(input, decoder, (frame) => {
        expect(frame).toMatchObject({ width: 960, height: 540, pixelFormat: 'yuv420p', damaged: false });
        expect(frame.bestEffortTimestamp).not.toBeNull();
        seconds.push(((frame.bestEffortTimestamp ?? 0) * num) / den);
      });
      expect(count).toBe(HIGHWAY_FRAMES);
      expect(seconds[0]).toBeCloseTo(0, 6);
      for (let i = 1; i < seconds.length; i += 1) expect(seconds[i] - seconds[i - 1]).toBeCloseTo(1 / 25, 6);
    } finally {
      input.close();
    }
  });

  it("hardware 'auto' on a machine without a usable device decodes in software (hardware null)", async () => {
    const input = await backend.openInput(HIGHWAY);
    try {
      input.selectOnly(VIDEO_STREAM);
      const decoder = await input.openDecoder(VIDEO_STREAM, { hardware: 'auto' });
      // This machine has no GPU and no /dev/dri (see the README); elsewhere 'auto' may pick one.
      if (!HAS_GPU) expect(decoder.hardware).toBeNull();
      expect(await decodeAll(input, decoder, (frame) => expect(frame.pixelFormat).toBe(decoder.hardware === null ? 'yuv420p' : 'nv12'), 10)).toBe(10);
    } finally {
      input.close();
    }
  });

  it.each(['cuda', 'vaapi', 'qsv', 'videotoolbox'] as const)('hardware %s missing: HARDWARE_DECODING_UNAVAILABLE naming it', async (device) => {
    if (HAS_GPU) return;
    const input = await backend.openInput(HIGHWAY);
    try {
      const error = await input.openDecoder(VIDEO_STREAM, { hardware: device }).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(FfmpegBackendError);
      expect(error).toMatchObject({ code: 'HARDWARE_DECODING_UNAVAILABLE' });
      expect((error as Error).message).toContain(device);
      // The input is still usable after the refused decoder.
      expect(await input.openDecoder(VIDEO_STREAM)).toMatchObject({ hardware: null });
    } finally {
      input.close();
    }
  });

  it('reads only the selected stream after selectOnly', async () => {
    const input = await backend.openInput(HIGHWAY);
    try {
      input.selectOnly(VIDEO_STREAM);
      const streams = new Set<number>();
      let packets = 0;
      for (let packet = await input.readPacket(); packet !== null; packet = await input.readPacket()) {
        streams.add(packet.streamIndex);
        expect(packet.corrupt).toBe(false);
        packets += 1;
      }
      expect([...streams]).toEqual([VIDEO_STREAM]);
      expect(packets).toBe(HIGHWAY_FRAMES);
    } finally {
      input.close();
    }
  });

  it('filters a frame to rgb24 and to a 416-wide bgr24 in one graph (split, two outputs)', async () => {
    const [[rgb, bgr]] = await sourcePixels(backend, 1);
    expect(rgb.length).toBe(960 * 540 * 3);
    expect(bgr.length).toBe(416 * 234 * 3);
    // Same picture: the mean of every channel of the scaled one is close to the full one's, channels swapped.
    const channelMeans = (pixels: Uint8Array, order: [number, number, number]): number[] => {
      const sums = [0, 0, 0];
      for (let i = 0; i < pixels.length; i += 3) for (let c = 0; c < 3; c += 1) sums[c] += pixels[i + order[c]];
      return sums.map((sum) => sum / (pixels.length / 3));
    };
    const full = channelMeans(rgb, [0, 1, 2]);
    const scaled = channelMeans(bgr, [2, 1, 0]);
    for (let c = 0; c < 3; c += 1) expect(Math.abs(full[c] - scaled[c])).toBeLessThan(2);
    expect(Math.max(...full) - Math.min(...full)).toBeGreaterThan(0);
  });

  it('decoding and filtering the clip again and again does not grow native memory per frame', async () => {
    const pass = async (): Promise<void> => {
      expect(await sourcePixels(backend, HIGHWAY_FRAMES, false)).toEqual([]);
    };
    await pass();
    global.gc?.();
    const before = process.memoryUsage().rss;
    await pass();
    await pass();
    global.gc?.();
    const grown = process.memoryUsage().rss - before;
    // Leaking one 960x540 rgb24 picture (1.5 MB) per frame would grow 680 MB over the two passes.
    expect(grown).toBeLessThan(120 * 1024 * 1024);
  });

  it('makes a frame from a packed rgb24 image and converts it to bgr24 exactly', async () => {
    const width = 64;
    const height = 48;
    const data = new Uint8Array(width * height * 3);
    for (let i = 0; i < data.length; i += 1) data[i] = (i * 7) % 251;
    const frame = backend.frameFromPacked({ width, height, pixelFormat: 'rgb24', data }, 42);
    expect(frame).toMatchObject({ width, height, pixelFormat: 'rgb24', pts: 42 });
    expect(Buffer.from(frame.packedPixels()).equals(Buffer.from(data))).toBe(true);
    // The frame holds a copy: changing the caller's image afterwards does not change it.
    const original = Uint8Array.from(data);
    data.fill(0);
    expect(Buffer.from(frame.packedPixels()).equals(Buffer.from(original))).toBe(true);
    data.set(original);
    const graph = await backend.createFilterGraph({
      input: { width, height, pixelFormat: 'rgb24', timeBase: [1, 25] },
      spec: '[in]format=bgr24[out0]',
      outputPixelFormats: ['bgr24'],
    });
    const [[bgr]] = await graph.filter(frame);
    // The caller's frame stays whole after filtering.
    expect(frame.packedPixels().length).toBe(data.length);
    const out = bgr.packedPixels();
    for (let i = 0; i < data.length; i += 3) expect([out[i + 2], out[i + 1], out[i]]).toEqual([data[i], data[i + 1], data[i + 2]]);
    frame.release();
    frame.release();
    bgr.release();
    // packedPixels() taken before release() stays valid after it.
    expect([out[2], out[1], out[0]]).toEqual([data[0], data[1], data[2]]);
  });

  it('encodes 50 frames with libx264 into an MP4 that reopens with 50 frames', async () => {
    const path = join(dir, 'clip.mp4');
    const input = await backend.openInput(HIGHWAY);
    const output = await backend.openOutputFile(path, 'mp4');
    const encoder = backend.createEncoder({
      codec: 'libx264',
      width: 960,
      height: 540,
      pixelFormat: 'yuv420p',
      timeBase: [1, 25],
      frameRate: [25, 1],
      gopSize: 25,
      globalHeader: true,
      options: { preset: 'ultrafast', crf: 30, 'x264-params': 'log=-1' },
    });
    expect(encoder.extradata).toBeNull();
    let headerWritten = false;
    let index = 0;
    const write = async (packets: Awaited<ReturnType<typeof encoder.encode>>): Promise<void> => {
      for (const packet of packets) {
        if (!headerWritten) {
          expect(encoder.extradata?.length ?? 0).toBeGreaterThan(0);
          await output.writeHeader({ codec: 'h264', width: 960, height: 540, pixelFormat: 'yuv420p', frameRate: [25, 1], timeBase: [1, 25], extradata: encoder.extradata });
          headerWritten = true;
        }
        await output.writePacket(packet, [1, 25], 1);
      }
    };
    try {
      input.selectOnly(VIDEO_STREAM);
      const decoder = await input.openDecoder(VIDEO_STREAM);
      await decodeAll(
        input,
        decoder,
        async (frame) => {
          frame.pts = index;
          index += 1;
          await write(await encoder.encode([frame]));
        },
        50,
      );
      await write(await encoder.flush());
      await output.finish();
    } finally {
      input.close();
    }
    expect(index).toBe(50);
    const reopened = await backend.openInput(path);
    try {
      expect(reopened.streams).toHaveLength(1);
      expect(reopened.streams[0]).toMatchObject({ codecName: 'h264', width: 960, height: 540 });
      const decoder = await reopened.openDecoder(0);
      let frames = 0;
      for (let packet = await reopened.readPacket(); packet !== null; packet = await reopened.readPacket()) {
        for (const frame of await decoder.decode(packet)) {
          frames += 1;
          frame.release();
        }
      }
      for (const frame of await decoder.flush()) {
        frames += 1;
        frame.release();
      }
      expect(frames).toBe(50);
      expect(reopened.durationSeconds).toBeCloseTo(2, 1);
    } finally {
      reopened.close();
    }
  });

  it('encodes a JPEG with mjpeg at a fixed quality scale', async () => {
    const [[rgb]] = await sourcePixels(backend, 1);
    const frame = backend.frameFromPacked({ width: 960, height: 540, pixelFormat: 'rgb24', data: rgb }, 0);
    const graph = await backend.createFilterGraph({
      input: { width: 960, height: 540, pixelFormat: 'rgb24', timeBase: [1, 25] },
      spec: '[in]scale=320:180,format=yuvj420p[out0]',
      outputPixelFormats: ['yuvj420p'],
    });
    const [[small]] = await graph.filter(frame);
    frame.release();
    const sizes: number[] = [];
    for (const qscale of [2, 20]) {
      const encoder = backend.createEncoder({ codec: 'mjpeg', width: 320, height: 180, pixelFormat: 'yuvj420p', timeBase: [1, 25], colorRange: 'pc', qscale });
      small.pts = 0;
      const packets = [...(await encoder.encode([small])), ...(await encoder.flush())];
      expect(packets).toHaveLength(1);
      const jpeg = packets[0].data;
      expect([...jpeg.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
      expect([...jpeg.subarray(-2)]).toEqual([0xff, 0xd9]);
      sizes.push(jpeg.length);
    }
    small.release();
    // The quality scale takes effect: qscale 2 (best) is bigger than qscale 20.
    expect(sizes[0]).toBeGreaterThan(sizes[1] * 1.5);
  });

  it('a packet decoder decodes plain encoded H.264 packets', async () => {
    const encoder = backend.createEncoder({
      codec: 'libx264',
      width: 64,
      height: 48,
      pixelFormat: 'yuv420p',
      timeBase: [1, 25],
      options: { preset: 'ultrafast', 'x264-params': 'log=-1' },
    });
    const source = await backend.createFilterGraph({
      input: { width: 64, height: 48, pixelFormat: 'rgb24', timeBase: [1, 25] },
      spec: '[in]format=yuv420p[out0]',
      outputPixelFormats: ['yuv420p'],
    });
    const packets = [];
    for (let i = 0; i < 10; i += 1) {
      const image = backend.frameFromPacked({ width: 64, height: 48, pixelFormat: 'rgb24', data: new Uint8Array(64 * 48 * 3).fill(i * 20) }, i);
      const [[yuv]] = await source.filter(image);
      image.release();
      yuv.pts = i;
      packets.push(...(await encoder.encode([yuv])));
      yuv.release();
    }
    packets.push(...(await encoder.flush()));
    expect(packets[0].key).toBe(true);
    const decoder = backend.createPacketDecoder('h264', { threads: 1 });
    const pts: Array<number | null> = [];
    for (const packet of packets) for (const frame of await decoder.decode(packet)) (pts.push(frame.pts), frame.release());
    for (const frame of await decoder.flush()) (pts.push(frame.pts), frame.release());
    expect(pts).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('opens a lavfi input (forced input format) and decodes its 25 frames', async () => {
    const input = await backend.openInput('testsrc2=size=320x240:rate=25:duration=1', { inputFormat: 'lavfi' });
    try {
      expect(input.streams[0]).toMatchObject({ type: 'video', width: 320, height: 240 });
      const decoder = await input.openDecoder(0);
      let frames = 0;
      for (let packet = await input.readPacket(); packet !== null; packet = await input.readPacket()) {
        for (const frame of await decoder.decode(packet)) {
          frames += 1;
          frame.release();
        }
      }
      for (const frame of await decoder.flush()) (frames += 1, frame.release());
      expect(frames).toBe(25);
    } finally {
      input.close();
    }
  });

  it('a missing file rejects with FFmpeg\'s "No such file or directory"', async () => {
    const error = await rejection(backend.openInput(join(dir, 'missing.mp4')));
    expect(error.message).toBe('No such file or directory');
    // The code is optional in the interface ("when the binding reports it"); when there, it is ENOENT's.
    if (error.averror !== undefined) expect(error.averror).toBe(-2);
  });

  it('a refused RTSP port rejects with "Connection refused", within the time-out', async () => {
    const started = Date.now();
    const error = await rejection(backend.openInput('rtsp://127.0.0.1:1/cam', { options: { rtsp_transport: 'tcp', timeout: '2000000' } }));
    expect(error.message).toBe('Connection refused');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('a protocol outside protocol_whitelist is refused', async () => {
    const error = await rejection(backend.openInput(HIGHWAY, { options: { protocol_whitelist: 'tcp' } }));
    expect(error.message).toBe('Invalid argument');
  });

  it('an unwritable output path rejects at openOutputFile', async () => {
    const error = await rejection(backend.openOutputFile(join(dir, 'no-such-dir', 'out.mp4'), 'mp4'));
    expect(error.message).toBe('No such file or directory');
  });

  it('an unknown decoder, encoder and pixel format are FfmpegErrors naming the problem', async () => {
    expect(() => backend.createPacketDecoder('no-such-codec')).toThrow(FfmpegError);
    expect(() => backend.createPacketDecoder('no-such-codec')).toThrow(/decoder not found/i);
    expect(() => backend.createEncoder({ codec: 'no-such-codec', width: 2, height: 2, pixelFormat: 'yuv420p', timeBase: [1, 25] })).toThrow(/encoder not found/i);
    const error = await rejection(
      backend.createFilterGraph({ input: { width: 2, height: 2, pixelFormat: 'rgb24', timeBase: [1, 25] }, spec: '[in]no_such_filter[out0]', outputPixelFormats: ['rgb24'] }),
    );
    expect(error.message).toMatch(/filter not found|invalid argument/i);
  });
});

describe('backends agree', () => {
  it('the rgb24 and scaled bgr24 pixels of the first frames differ by a tiny mean between backends', async () => {
    const [first, second] = await Promise.all(FFMPEG_BACKENDS.map(async (name) => sourcePixels(await loadFfmpegBackend(name), 5)));
    expect(first).toHaveLength(5);
    expect(second).toHaveLength(5);
    for (let i = 0; i < 5; i += 1) {
      expect(meanAbsoluteDifference(first[i][0], second[i][0])).toBeLessThan(1);
      expect(meanAbsoluteDifference(first[i][1], second[i][1])).toBeLessThan(1);
    }
  });

  it('missing file, refused port and unwritable output give the same messages under both backends', async () => {
    const messages = await Promise.all(
      FFMPEG_BACKENDS.map(async (name) => {
        const backend = await loadFfmpegBackend(name);
        const failures = [
          backend.openInput('/nonexistent/rxcv/missing.mp4'),
          backend.openInput('rtsp://127.0.0.1:1/cam', { options: { rtsp_transport: 'tcp', timeout: '2000000' } }),
          backend.openOutputFile('/nonexistent/rxcv/out.mp4', 'mp4'),
        ];
        return Promise.all(failures.map(async (failure) => (await rejection(failure)).message));
      }),
    );
    expect(messages[0]).toEqual(['No such file or directory', 'Connection refused', 'No such file or directory']);
    expect(messages[1]).toEqual(messages[0]);
  });
});
