import type { FrameImage } from '@rxcv/core';
import type { InputContract } from './input-contract.js';
import type { LetterboxGeometry } from './letterbox.js';

/**
 * How frame pixels are sampled when resized. `bilinear` matches OpenCV's INTER_LINEAR (what
 * Roboflow Inference and the YOLO reference code use); `nearest` is cheaper and coarser.
 */
export type ResizeFilter = 'bilinear' | 'nearest';

export interface WriteTensorOptions {
  readonly filter?: ResizeFilter;
  /** Replace colour by luma (BT.601) in all three channels (Roboflow's "Grayscale" step). */
  readonly grayscale?: boolean;
}

/** Per model channel: which byte of a source pixel feeds it, and the affine map to apply. */
interface ChannelPlan {
  readonly sourceByte: [number, number, number];
  readonly mul: [number, number, number];
  readonly add: [number, number, number];
}

function channelPlan(image: FrameImage, contract: InputContract): ChannelPlan {
  const sameOrder = (image.format === 'rgb24') === (contract.channelOrder === 'rgb');
  const sourceByte: [number, number, number] = sameOrder ? [0, 1, 2] : [2, 1, 0];
  const mul = [0, 1, 2].map((c) => contract.scale / contract.std[c]) as [number, number, number];
  const add = [0, 1, 2].map((c) => -contract.mean[c] / contract.std[c]) as [number, number, number];
  return { sourceByte, mul, add };
}

/** Source sample positions along one axis, OpenCV INTER_LINEAR style (half-pixel centres). */
function bilinearTaps(
  outputLength: number,
  sourceLength: number,
  sourceStart: number,
): { first: Int32Array; second: Int32Array; weight: Float32Array } {
  const first = new Int32Array(outputLength);
  const second = new Int32Array(outputLength);
  const weight = new Float32Array(outputLength);
  const ratio = sourceLength / outputLength;
  for (let i = 0; i < outputLength; i++) {
    let s = (i + 0.5) * ratio - 0.5;
    if (s < 0) s = 0;
    let i0 = Math.floor(s);
    if (i0 > sourceLength - 1) i0 = sourceLength - 1;
    const i1 = Math.min(i0 + 1, sourceLength - 1);
    first[i] = i0 + sourceStart;
    second[i] = i1 + sourceStart;
    weight[i] = s - i0;
  }
  return { first, second, weight };
}

function nearestTaps(outputLength: number, sourceLength: number, sourceStart: number): Int32Array {
  const index = new Int32Array(outputLength);
  const ratio = sourceLength / outputLength;
  for (let i = 0; i < outputLength; i++) {
    index[i] = Math.min(sourceLength - 1, Math.floor((i + 0.5) * ratio)) + sourceStart;
  }
  return index;
}

/** Fills everything outside the resized picture with the pad colour, plane by plane. */
function fillPadding(out: Float32Array, offset: number, contract: InputContract, g: LetterboxGeometry, plan: ChannelPlan): void {
  const { width, height } = contract;
  const plane = width * height;
  const right = g.padX + g.resizedWidth;
  const bottom = g.padY + g.resizedHeight;
  for (let c = 0; c < 3; c++) {
    const value = contract.padValue * plan.mul[c] + plan.add[c];
    const base = offset + c * plane;
    if (g.padY > 0) out.fill(value, base, base + g.padY * width);
    if (bottom < height) out.fill(value, base + bottom * width, base + plane);
    if (g.padX > 0 || right < width) {
      for (let y = g.padY; y < bottom; y++) {
        const row = base + y * width;
        if (g.padX > 0) out.fill(value, row, row + g.padX);
        if (right < width) out.fill(value, row + right, row + width);
      }
    }
  }
}

/**
 * Writes `image` into `out` at `offset` as one CHW float tensor of the model's input: resized
 * (bilinear or nearest) into the place `geometry` says, channels in the model's order, values
 * scaled and normalised, padding filled. One pass over the output, no intermediate buffers —
 * measured faster than sharp for this job (see bench/model-only.mjs and the README).
 */
export function writeImageTensor(
  image: FrameImage,
  contract: InputContract,
  geometry: LetterboxGeometry,
  out: Float32Array,
  offset: number,
  options: WriteTensorOptions = {},
): void {
  const plan = channelPlan(image, contract);
  fillPadding(out, offset, contract, geometry, plan);
  const { width } = contract;
  const plane = width * contract.height;
  const data = image.data;
  const stride = image.width * 3;
  const rw = geometry.resizedWidth;
  const rh = geometry.resizedHeight;
  const [b0, b1, b2] = plan.sourceByte;
  const [m0, m1, m2] = plan.mul;
  const [a0, a1, a2] = plan.add;
  const p0 = offset;
  const p1 = offset + plane;
  const p2 = offset + 2 * plane;
  const gray = options.grayscale === true;
  // Luma weights by source byte: rgb24 bytes are R,G,B; bgr24 bytes are B,G,R.
  const [wl0, wl1, wl2] = image.format === 'rgb24' ? [0.299, 0.587, 0.114] : [0.114, 0.587, 0.299];

  if (rw === geometry.sourceWidth && rh === geometry.sourceHeight && !gray) {
    // Already the right size (e.g. scaled by the source while decoding): a plain copy, which
    // every filter agrees on.
    for (let y = 0; y < rh; y++) {
      let s = (y + geometry.cropY) * stride + geometry.cropX * 3;
      let o = (y + geometry.padY) * width + geometry.padX;
      for (let x = 0; x < rw; x++, o++, s += 3) {
        out[p0 + o] = data[s + b0] * m0 + a0;
        out[p1 + o] = data[s + b1] * m1 + a1;
        out[p2 + o] = data[s + b2] * m2 + a2;
      }
    }
    return;
  }

  if (options.filter === 'nearest') {
    const xs = nearestTaps(rw, geometry.sourceWidth, geometry.cropX);
    const ys = nearestTaps(rh, geometry.sourceHeight, geometry.cropY);
    for (let x = 0; x < rw; x++) xs[x] *= 3;
    for (let y = 0; y < rh; y++) {
      const row = ys[y] * stride;
      let o = (y + geometry.padY) * width + geometry.padX;
      for (let x = 0; x < rw; x++, o++) {
        const s = row + xs[x];
        let v0 = data[s + b0];
        let v1 = data[s + b1];
        let v2 = data[s + b2];
        if (gray) v0 = v1 = v2 = (data[s] * wl0 + data[s + 1] * wl1 + data[s + 2] * wl2 + 0.5) | 0;
        out[p0 + o] = v0 * m0 + a0;
        out[p1 + o] = v1 * m1 + a1;
        out[p2 + o] = v2 * m2 + a2;
      }
    }
    return;
  }

  const tx = bilinearTaps(rw, geometry.sourceWidth, geometry.cropX);
  const ty = bilinearTaps(rh, geometry.sourceHeight, geometry.cropY);
  const x0 = tx.first;
  const x1 = tx.second;
  const wx = tx.weight;
  for (let x = 0; x < rw; x++) {
    x0[x] *= 3;
    x1[x] *= 3;
  }
  for (let y = 0; y < rh; y++) {
    const rowA = ty.first[y] * stride;
    const rowB = ty.second[y] * stride;
    const fy = ty.weight[y];
    let o = (y + geometry.padY) * width + geometry.padX;
    for (let x = 0; x < rw; x++, o++) {
      const fx = wx[x];
      const a = rowA + x0[x];
      const b = rowA + x1[x];
      const c = rowB + x0[x];
      const d = rowB + x1[x];
      // Interpolate each source byte once; route it to its model channel afterwards.
      let t = data[a] + (data[b] - data[a]) * fx;
      const s0 = t + (data[c] + (data[d] - data[c]) * fx - t) * fy;
      t = data[a + 1] + (data[b + 1] - data[a + 1]) * fx;
      const s1 = t + (data[c + 1] + (data[d + 1] - data[c + 1]) * fx - t) * fy;
      t = data[a + 2] + (data[b + 2] - data[a + 2]) * fx;
      const s2 = t + (data[c + 2] + (data[d + 2] - data[c + 2]) * fx - t) * fy;
      let v0: number;
      let v1: number;
      let v2: number;
      if (gray) v0 = v1 = v2 = (s0 * wl0 + s1 * wl1 + s2 * wl2 + 0.5) | 0;
      else {
        v0 = b0 === 0 ? s0 : s2;
        v1 = s1;
        v2 = b2 === 2 ? s2 : s0;
      }
      // Rounded to whole 0-255 values as OpenCV's uint8 resize gives them: the references
      // (and int8-quantised models' scores) were measured that way.
      out[p0 + o] = ((v0 + 0.5) | 0) * m0 + a0;
      out[p1 + o] = ((v1 + 0.5) | 0) * m1 + a1;
      out[p2 + o] = ((v2 + 0.5) | 0) * m2 + a2;
    }
  }
}
