// A node-av picture behind rxcv's VideoFrame: the AVFrame is freed on release(), not by the collector.
import { AV_FRAME_FLAG_CORRUPT } from 'node-av/constants';
import { Frame, avGetPixFmtName } from 'node-av/lib';
import type { Rational, VideoFrame } from '../backend.js';
import { FfmpegError } from '../ffmpeg-error.js';
import { check } from './node-av-error.js';
import { pixelFormatFromName, rationalFrom, timestampFrom, timestampTo } from './node-av-values.js';

/** Packed formats whose rows are `width * 3` bytes: what `packedPixels()` and `frameFromPacked` take. */
const PACKED_FORMATS = new Set(['rgb24', 'bgr24']);

export class NodeAvVideoFrame implements VideoFrame {
  readonly width: number;
  readonly height: number;
  readonly pixelFormat: string;
  readonly bestEffortTimestamp: number | null;
  readonly sampleAspectRatio: Rational;
  readonly damaged: boolean;
  #frame: Frame | null;

  constructor(frame: Frame) {
    this.#frame = frame;
    this.width = frame.width;
    this.height = frame.height;
    this.pixelFormat = avGetPixFmtName(frame.format as never) ?? 'none';
    this.bestEffortTimestamp = timestampFrom(frame.bestEffortTimestamp) ?? timestampFrom(frame.pts);
    this.sampleAspectRatio = rationalFrom(frame.sampleAspectRatio);
    // decode_error_flags: concealed errors, missing references; the CORRUPT flag: the decoder says so.
    this.damaged = frame.decodeErrorFlags !== 0 || frame.hasFlags(AV_FRAME_FLAG_CORRUPT);
  }

  /** The AVFrame, for the other parts of this backend (decoder, filter graph, encoder). */
  get native(): Frame {
    if (this.#frame === null) throw new FfmpegError('the frame was released');
    return this.#frame;
  }

  get pts(): number | null {
    return this.#frame === null ? null : timestampFrom(this.#frame.pts);
  }

  set pts(value: number | null) {
    this.native.pts = timestampTo(value);
  }

  /**
   * A copy in packed rows. Always a copy: node-av's `data` planes are views on FFmpeg's memory that
   * hold no reference on it (they dangle after `release()`), and its `toBuffer()` costs 35 ms for a
   * 1080p rgb24 picture here where copying the plane costs 8.
   */
  packedPixels(): Uint8Array {
    if (!PACKED_FORMATS.has(this.pixelFormat)) {
      throw new FfmpegError(`packedPixels() needs rgb24 or bgr24, the frame is ${this.pixelFormat}`);
    }
    const frame = this.native;
    const plane = frame.data?.[0];
    if (plane === undefined) throw new FfmpegError('the frame has no pixels');
    const row = this.width * 3;
    const stride = frame.linesize[0];
    const packed = Buffer.allocUnsafeSlow(row * this.height);
    if (stride === row) {
      packed.set(plane.subarray(0, row * this.height));
    } else {
      for (let y = 0; y < this.height; y += 1) packed.set(plane.subarray(y * stride, y * stride + row), y * row);
    }
    return packed;
  }

  release(): void {
    this.#frame?.free();
    this.#frame = null;
  }
}

/** A frame made from a packed `rgb24`/`bgr24` image, copied into FFmpeg memory. */
export function frameFromPackedImage(
  image: { readonly width: number; readonly height: number; readonly pixelFormat: string; readonly data: Uint8Array },
  pts: number,
): NodeAvVideoFrame {
  if (!PACKED_FORMATS.has(image.pixelFormat)) {
    throw new FfmpegError(`frameFromPacked needs rgb24 or bgr24, got ${image.pixelFormat}`);
  }
  const expected = image.width * image.height * 3;
  if (image.data.byteLength !== expected) {
    throw new FfmpegError(`a ${image.width}x${image.height} ${image.pixelFormat} image is ${expected} bytes, got ${image.data.byteLength}`);
  }
  const frame = new Frame();
  frame.alloc();
  frame.width = image.width;
  frame.height = image.height;
  frame.format = pixelFormatFromName(image.pixelFormat);
  try {
    check(frame.allocBuffer());
    // Into the frame's own (FFmpeg) buffer, row by row past its padding; node-av's fromBuffer()
    // would instead point the frame at the caller's memory.
    const plane = frame.data?.[0];
    if (plane === undefined) throw new FfmpegError('FFmpeg gave the frame no buffer');
    const row = image.width * 3;
    const stride = frame.linesize[0];
    for (let y = 0; y < image.height; y += 1) plane.set(image.data.subarray(y * row, (y + 1) * row), y * stride);
  } catch (error) {
    frame.free();
    throw error;
  }
  frame.pts = BigInt(Math.round(pts));
  return new NodeAvVideoFrame(frame);
}
