// Decode-only benchmark of the FFmpeg backends side by side (issue 12 part 6): what the file source
// does per frame (decode, convert to rgb24, scale to 416 px wide bgr24, copy both out) on the highway
// clip at 540p and on 720p/1080p copies of it, printing frames/s and CPU ms per frame.
//
// Run: pnpm --filter @rxcv/ffmpeg build && node packages/ffmpeg/bench/decode-backends.mjs
// The 720p/1080p clips are made once (same 221 frames, libx264 veryfast, crf 23) into
// $TMPDIR/rxcv-decode-bench and reused. A backend that cannot load prints why and is skipped.
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { FFMPEG_BACKENDS, loadFfmpegBackend } from '../dist/index.js';

const HIGHWAY = join(process.env.RXCV_SHARED ?? new URL('../../../../shared', import.meta.url).pathname, 'media', 'highway_960x540_25fps.mp4');
const CLIPS_DIR = join(tmpdir(), 'rxcv-decode-bench');
const MODEL_WIDTH = 416;
const THREADS = [1, 2];

/** Reads the clip's video stream to the end, giving each decoded frame to `each` and releasing it. */
async function forEachFrame(backend, path, threads, each) {
  const input = await backend.openInput(path);
  try {
    const video = input.streams.find((stream) => stream.type === 'video');
    input.selectOnly(video.index);
    const decoder = await input.openDecoder(video.index, { threads });
    const take = async (frames) => {
      for (const frame of frames) {
        try {
          await each(frame, video);
        } finally {
          frame.release();
        }
      }
    };
    for (let packet = await input.readPacket(); packet !== null; packet = await input.readPacket()) await take(await decoder.decode(packet));
    await take(await decoder.flush());
  } finally {
    input.close();
  }
}

/** Makes the highway clip at `height` lines (same frames, time stamps) with the backend's own filter and encoder. */
async function makeClip(backend, height) {
  const path = join(CLIPS_DIR, `highway_${height}p.mp4`);
  if (existsSync(path)) return path;
  mkdirSync(CLIPS_DIR, { recursive: true });
  const width = Math.round((height * 16) / 9 / 2) * 2;
  const partial = `${path}.partial.mp4`;
  const output = await backend.openOutputFile(partial, 'mp4');
  const encoder = backend.createEncoder({
    codec: 'libx264', width, height, pixelFormat: 'yuv420p', timeBase: [1, 25], frameRate: [25, 1], gopSize: 50, globalHeader: true,
    options: { preset: 'veryfast', crf: 23, 'x264-params': 'log=-1' },
  });
  let graph;
  let index = 0;
  let header = false;
  const write = async (packets) => {
    for (const packet of packets) {
      if (!header) {
        await output.writeHeader({ codec: 'h264', width, height, pixelFormat: 'yuv420p', frameRate: [25, 1], timeBase: [1, 25], extradata: encoder.extradata });
        header = true;
      }
      await output.writePacket(packet, [1, 25], 1);
    }
  };
  await forEachFrame(backend, HIGHWAY, 2, async (frame, stream) => {
    graph ??= await backend.createFilterGraph({
      input: { width: frame.width, height: frame.height, pixelFormat: frame.pixelFormat, timeBase: stream.timeBase },
      spec: `[in]scale=${width}:${height}:flags=bicubic,format=yuv420p[out0]`,
      outputPixelFormats: ['yuv420p'],
    });
    const [[scaled]] = await graph.filter(frame);
    scaled.pts = index++;
    await write(await encoder.encode([scaled]));
    scaled.release();
  });
  await write(await encoder.flush());
  await output.finish();
  renameSync(partial, path);
  return path;
}

/** Decode + rgb24 + 416-wide bgr24 + copying both out, as the file source does; frames/s and CPU per frame. */
async function decodeOnly(backend, path, threads) {
  let graph;
  let frames = 0;
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  await forEachFrame(backend, path, threads, async (frame, stream) => {
    if (graph === undefined) {
      const smallHeight = Math.round((frame.height * MODEL_WIDTH) / frame.width / 2) * 2;
      graph = await backend.createFilterGraph({
        input: { width: frame.width, height: frame.height, pixelFormat: frame.pixelFormat, timeBase: stream.timeBase },
        spec: `[in]split=2[a][b];[a]format=rgb24[out0];[b]scale=${MODEL_WIDTH}:${smallHeight}:flags=area,format=bgr24[out1]`,
        outputPixelFormats: ['rgb24', 'bgr24'],
      });
    }
    const [[rgb], [bgr]] = await graph.filter(frame);
    rgb.packedPixels();
    bgr.packedPixels();
    rgb.release();
    bgr.release();
    frames += 1;
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  return { frames, fps: frames / seconds, cpuMsPerFrame: (cpu.user + cpu.system) / 1000 / frames };
}

const backends = [];
for (const name of FFMPEG_BACKENDS) {
  try {
    backends.push(await loadFfmpegBackend(name));
  } catch (error) {
    console.log(`${name}: not measured (${error.message})`);
  }
}
if (backends.length === 0) process.exit(1);
const clips = [['540p', HIGHWAY]];
for (const height of [720, 1080]) clips.push([`${height}p`, await makeClip(backends.find((b) => b.name === 'node-av') ?? backends[0], height)]);

console.log(`decode-only: decode + rgb24 + ${MODEL_WIDTH}px bgr24, highway clip (221 frames), Node ${process.versions.node}, load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} CPUs, ${new Date().toISOString()}`);
console.log('| input | threads | backend (FFmpeg) | frames | frames/s | CPU ms/frame |');
console.log('|---|---|---|---|---|---|');
for (const [label, path] of clips) {
  for (const threads of THREADS) {
    for (const backend of backends) {
      const { frames, fps, cpuMsPerFrame } = await decodeOnly(backend, path, threads);
      console.log(`| ${label} | ${threads} | ${backend.name} (${backend.ffmpegVersion}) | ${frames} | ${fps.toFixed(1)} | ${cpuMsPerFrame.toFixed(2)} |`);
    }
  }
}
