// Model-only benchmark for @rxcv/models (run after `pnpm --filter @rxcv/models build`):
//   node packages/models/bench/model-only.mjs
// Prints (1) pre-processing cost per frame size: rxcv's typed-array letterbox (bilinear and
// nearest) against sharp's resize plus the HWC->CHW loop it still needs; (2) YOLOX-Nano
// inferences/s on a prepared tensor (session.run only) and through infer() end to end;
// (3) YOLOv8n int8 the same; (4) OCR (PP-OCRv4) per frame on face.jpg and a 1280x720 frame.
// Uses the real models and pictures from ../shared (RXCV_SHARED).
import { availableParallelism } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import sharp from 'sharp';
import ort from 'onnxruntime-node';
import { loadModel, letterboxGeometry, writeImageTensor, familyContract } from '../dist/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const shared = process.env.RXCV_SHARED ?? resolve(here, '..', '..', '..', '..', 'shared');
if (!existsSync(join(shared, 'models'))) {
  console.error(`shared assets not found at ${shared} (set RXCV_SHARED)`);
  process.exit(1);
}
const threads = Number(process.env.THREADS ?? 2);
const quick = process.argv.includes('--quick');
const rounds = quick ? 30 : 200;

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = samples.reduce((s, v) => s + v, 0) / samples.length;
  return { mean, p50: sorted[Math.floor(sorted.length / 2)], p95: sorted[Math.floor(sorted.length * 0.95)] };
}
const fmt = (s) => `mean ${s.mean.toFixed(2)} ms, p50 ${s.p50.toFixed(2)}, p95 ${s.p95.toFixed(2)}`;

async function time(fn, n) {
  for (let i = 0; i < Math.min(10, n); i++) await fn();
  const samples = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return stats(samples);
}

async function frameOfSize(width, height) {
  const { data } = await sharp(join(shared, 'media', 'dog.jpg')).resize(width, height, { fit: 'fill' }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width, height, format: 'rgb24', data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
}

/** sharp does the resize; the CHW/normalise/pad loop is still needed after it. */
async function sharpLetterbox(image, contract, out) {
  const g = letterboxGeometry(image.width, image.height, contract);
  const resized = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } })
    .resize(g.resizedWidth, g.resizedHeight, { fit: 'fill', kernel: 'linear' })
    .raw()
    .toBuffer();
  const plane = contract.width * contract.height;
  out.fill(114);
  const swap = image.format === 'rgb24' && contract.channelOrder === 'bgr';
  for (let y = 0; y < g.resizedHeight; y++) {
    let s = y * g.resizedWidth * 3;
    let o = (y + g.padY) * contract.width + g.padX;
    for (let x = 0; x < g.resizedWidth; x++, s += 3, o++) {
      out[o] = resized[swap ? s + 2 : s] * contract.scale;
      out[plane + o] = resized[s + 1] * contract.scale;
      out[2 * plane + o] = resized[swap ? s : s + 2] * contract.scale;
    }
  }
}

console.log(`@rxcv/models model-only benchmark — ${availableParallelism()} CPUs, ${threads} intra-op threads, onnxruntime-node ${ort.env.versions?.common ?? ''}`);
console.log('\n1. Pre-processing one frame into a YOLOX 416x416 BGR tensor (letterbox, HWC->CHW, pad 114):');
const yoloxContract = familyContract('yolox', 416, 416);
const out = new Float32Array(3 * 416 * 416);
for (const [w, h] of [[960, 540], [1280, 720], [1920, 1080]]) {
  const image = await frameOfSize(w, h);
  const g = letterboxGeometry(w, h, yoloxContract);
  const bilinear = await time(() => writeImageTensor(image, yoloxContract, g, out, 0, { filter: 'bilinear' }), rounds);
  const nearest = await time(() => writeImageTensor(image, yoloxContract, g, out, 0, { filter: 'nearest' }), rounds);
  const viaSharp = await time(() => sharpLetterbox(image, yoloxContract, out), Math.min(rounds, 100));
  console.log(`  ${w}x${h}: typed-array bilinear ${fmt(bilinear)}`);
  console.log(`  ${' '.repeat(String(w).length + String(h).length + 1)}  typed-array nearest  ${fmt(nearest)}`);
  console.log(`  ${' '.repeat(String(w).length + String(h).length + 1)}  sharp linear + CHW   ${fmt(viaSharp)}`);
}

async function modelBench(file, label, frameSize, n) {
  const model = await loadModel(join(shared, 'models', file), { threads });
  const { width, height } = model.contract;
  const session = await ort.InferenceSession.create(join(shared, 'models', file), { intraOpNumThreads: threads, interOpNumThreads: 1, graphOptimizationLevel: 'all' });
  const tensor = new ort.Tensor('float32', new Float32Array(3 * width * height).fill(0.5), [1, 3, height, width]);
  const feeds = { [session.inputNames[0]]: tensor };
  const run = await time(() => session.run(feeds), n);
  console.log(`  ${label} session.run on a prepared tensor: ${fmt(run)} -> ${(1000 / run.mean).toFixed(1)} inferences/s`);
  const image = await frameOfSize(...frameSize);
  const full = await time(() => model.infer([image]), n);
  console.log(`  ${label} infer() on a ${frameSize.join('x')} frame (pre + run + NMS + mapping): ${fmt(full)} -> ${(1000 / full.mean).toFixed(1)} frames/s`);
  await session.release();
  await model.dispose();
}

console.log('\n2. Inference:');
await modelBench('yolox_nano.onnx', 'YOLOX-Nano 416', [960, 540], rounds);
await modelBench('yolov8n_int8.onnx', 'YOLOv8n int8 640', [960, 540], Math.max(10, Math.floor(rounds / 5)));

console.log('\n3. OCR (PP-OCRv4 detection + recognition, one frame at a time):');
{
  const ocr = await loadModel('paddleocr-v4', { threads });
  const face = await sharp(join(shared, 'media', 'face.jpg')).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const faceImage = { width: face.info.width, height: face.info.height, format: 'rgb24', data: new Uint8Array(face.data) };
  const n = quick ? 5 : 20;
  const small = await time(() => ocr.infer([faceImage]), n);
  const [read] = await ocr.infer([faceImage]);
  console.log(`  640x480 face.jpg (reads ${read.predictions.map((p) => JSON.stringify(p.text)).join(', ')}): ${fmt(small)}`);
  const hd = await frameOfSize(1280, 720);
  const large = await time(() => ocr.infer([hd]), n);
  console.log(`  1280x720 frame (detection at 960x544): ${fmt(large)}`);
  await ocr.dispose();
}
