#!/usr/bin/env node
// Prints what annotating one 1280x720 frame with 10 labelled boxes costs (median of many runs),
// the same with sharp compositing an SVG overlay for comparison (when sharp can be found), and
// how fast the video writer encodes 1280x720 frames. Run after `pnpm --filter @rxcv/sinks build`:
//   node packages/sinks/bench/annotate.mjs
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BoxAnnotator, LabelAnnotator, annotateAll, copyImage, letterboxImage, VideoFileWriter } from '../dist/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const W = 1280;
const H = 720;
const shared = process.env.RXCV_SHARED ?? join(here, '..', '..', '..', '..', 'shared');
const clip = join(shared, 'media', 'highway_960x540_25fps.mp4');

/** 30 real frames scaled to 1280x720 when the clip is there, else a grey gradient. */
function frames() {
  if (existsSync(clip)) {
    const raw = execFileSync('ffmpeg', ['-v', 'error', '-i', clip, '-frames:v', '30', '-vf', `scale=${W}:${H}`,
      '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'], { maxBuffer: 1 << 30 });
    return Array.from({ length: 30 }, (_, i) => ({ width: W, height: H, format: 'rgb24', data: raw.subarray(i * W * H * 3, (i + 1) * W * H * 3) }));
  }
  const data = new Uint8Array(W * H * 3).map((_, i) => (i / 3) % 256);
  return [{ width: W, height: H, format: 'rgb24', data }];
}

const names = ['car', 'truck', 'person', 'bus', 'bicycle', 'traffic light', 'dog', 'motorcycle', 'car', 'car'];
const result = {
  image: { width: W, height: H },
  predictions: names.map((name, i) => ({
    x: 100 + i * 115, y: 150 + (i % 4) * 130, width: 90 + i * 6, height: 70 + i * 5,
    confidence: 0.41 + i * 0.05, class: name, class_id: i, detection_id: String(i),
  })),
};

function median(samples) {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(label, runs, fn) {
  for (let i = 0; i < 20; i++) fn(i);
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn(i);
    samples.push(performance.now() - t);
  }
  console.log(`${label.padEnd(58)} median ${median(samples).toFixed(3)} ms  (min ${Math.min(...samples).toFixed(3)})`);
  return median(samples);
}

const images = frames();
const pick = (i) => images[i % images.length];
const boxes = new BoxAnnotator();
const labels = new LabelAnnotator();
console.log(`annotating a ${W}x${H} rgb24 frame with ${result.predictions.length} boxes (node ${process.version})`);
time('copy of the frame only', 300, (i) => copyImage(pick(i)));
time('BoxAnnotator (in place)', 300, (i) => boxes.annotateInPlace(copyImage(pick(i)), result));
time('LabelAnnotator (in place)', 300, (i) => labels.annotateInPlace(copyImage(pick(i)), result));
time('annotateAll([box, label]) incl. the copy  <- per frame', 300, (i) => annotateAll(pick(i), result, [boxes, labels]));

time('letterboxImage to 960x540 (renderBoxes displaySize)', 100, (i) => letterboxImage(pick(i), 960, 540));

// For comparison: the same drawing as an SVG composited by sharp (libvips + librsvg).
try {
  const require = createRequire(join(here, '..', '..', 'models', 'package.json'));
  const sharp = require('sharp');
  const svg = () => {
    let s = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">`;
    for (const p of result.predictions) {
      const x = p.x - p.width / 2, y = p.y - p.height / 2;
      s += `<rect x="${x}" y="${y}" width="${p.width}" height="${p.height}" fill="none" stroke="#ff4040" stroke-width="2"/>`;
      s += `<rect x="${x}" y="${y - 24}" width="${(p.class.length + 5) * 10 + 6}" height="24" fill="#ff4040"/>`;
      s += `<text x="${x + 3}" y="${y - 7}" font-family="DejaVu Sans Mono" font-weight="bold" font-size="16" fill="#000">${p.class} ${p.confidence.toFixed(2)}</text>`;
    }
    return Buffer.from(`${s}</svg>`);
  };
  const runs = 40;
  const samples = [];
  for (let i = 0; i < runs + 5; i++) {
    const img = pick(i);
    const t = performance.now();
    await sharp(img.data, { raw: { width: W, height: H, channels: 3 } }).composite([{ input: svg() }]).raw().toBuffer();
    if (i >= 5) samples.push(performance.now() - t);
  }
  console.log(`${'sharp: SVG overlay composited (for comparison)'.padEnd(58)} median ${median(samples).toFixed(3)} ms  (min ${Math.min(...samples).toFixed(3)})`);
} catch (error) {
  console.log(`sharp comparison skipped: ${error.message}`);
}

// The preview's JPEG encoder (FFmpeg MJPEG through the FFmpeg backend).
{
  const { JpegEncoder } = await import('../dist/preview/jpeg-encoder.js');
  const encoder = new JpegEncoder();
  const samples = [];
  for (let i = 0; i < 45; i++) {
    const t = performance.now();
    await encoder.encode(pick(i));
    if (i >= 5) samples.push(performance.now() - t);
  }
  console.log(`${'preview JPEG of a 1280x720 frame (JpegEncoder)'.padEnd(58)} median ${median(samples).toFixed(3)} ms  (min ${Math.min(...samples).toFixed(3)})`);
}

// The video writer: annotate + rgb→yuv420p + libx264 veryfast + MP4 mux.
const dir = mkdtempSync(join(tmpdir(), 'rxcv-sinks-bench-'));
try {
  const writer = new VideoFileWriter({ path: join(dir, 'bench.mp4'), fps: 25 });
  const n = 100;
  const t = performance.now();
  for (let i = 0; i < n; i++) await writer.write(annotateAll(pick(i), result, [boxes, labels]));
  await writer.close();
  const ms = (performance.now() - t) / n;
  console.log(`${'annotate + VideoFileWriter (veryfast), incl. close'.padEnd(58)} ${ms.toFixed(2)} ms/frame (${(1000 / ms).toFixed(0)} fps)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
