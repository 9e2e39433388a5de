// A beamcoder Frame seen through the backend interface's VideoFrame.
import type { Frame } from '@rxcv/beamcoder';
import type { Rational, VideoFrame } from '../backend.js';

/** beamcoder's AV_NOPTS_VALUE (INT64_MIN, as a double). */
const NO_PTS = -9223372036854775808;

function timestamp(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value !== NO_PTS ? value : null;
}

/** A beamcoder frame as a `VideoFrame`; `raw` is what beamcoder's filters and encoders take. */
export class BeamcoderVideoFrame implements VideoFrame {
  private released = false;

  constructor(readonly raw: Frame) {}

  get width(): number {
    return this.raw.width;
  }

  get height(): number {
    return this.raw.height;
  }

  get pixelFormat(): string {
    return this.raw.format ?? 'none';
  }

  get pts(): number | null {
    return timestamp(this.raw.pts);
  }

  set pts(value: number | null) {
    this.raw.pts = value ?? NO_PTS;
  }

  get bestEffortTimestamp(): number | null {
    return timestamp(this.raw.best_effort_timestamp) ?? this.pts;
  }

  get sampleAspectRatio(): Rational {
    const ratio = this.raw.sample_aspect_ratio;
    return ratio && ratio.length >= 2 ? [ratio[0], ratio[1]] : [0, 1];
  }

  /** The decoder's corrupt flag or decode-error flags (concealed errors, missing references). */
  get damaged(): boolean {
    const errors: Partial<Frame['decode_error_flags']> = this.raw.decode_error_flags ?? {};
    const flags = (this.raw as unknown as { flags?: { CORRUPT?: boolean } }).flags;
    return (
      flags?.CORRUPT === true ||
      errors.INVALID_BITSTREAM === true ||
      errors.MISSING_REFERENCE === true ||
      errors.CONCEALMENT_ACTIVE === true ||
      errors.DECODE_SLICES === true
    );
  }

  packedPixels(): Uint8Array {
    if (this.released) throw new Error('the frame was released: frame without data');
    return packRows(this.raw);
  }

  release(): void {
    this.released = true;
    this.raw.release();
  }
}

/**
 * The packed picture of a frame in a packed format (rgb24/bgr24). When FFmpeg's rows have no
 * padding (`linesize` = `width * 3`, e.g. for widths 640, 960, 1280, 1920) this is FFmpeg's own
 * buffer, without a copy: the JavaScript buffer holds a reference on it, so FFmpeg does not
 * reuse it while the view is alive. Otherwise the rows are copied out. Measured on a 1280x720
 * file pipeline: the copy (2.7 MB a frame, into fresh memory) cost ~1.3 ms of the main thread per
 * frame, plus the garbage collection it caused.
 */
export function packRows(frame: Pick<Frame, 'width' | 'height' | 'linesize' | 'data'>): Uint8Array {
  const rowBytes = frame.width * 3;
  const stride = frame.linesize[0];
  const source = frame.data[0]; // a native getter building new Buffers: read once
  if (source === undefined) throw new Error('frame without data (released?)');
  if (stride === rowBytes && source.length >= rowBytes * frame.height) return source.subarray(0, rowBytes * frame.height);
  const packed = Buffer.allocUnsafeSlow(rowBytes * frame.height);
  for (let y = 0; y < frame.height; y += 1) source.copy(packed, y * rowBytes, y * stride, y * stride + rowBytes);
  return packed;
}

/** Copies packed rows (`width * 3` bytes each) into a frame's first plane, whose rows are `linesize` apart. */
export function fillPackedRows(frame: Frame, data: Uint8Array, width: number, height: number): void {
  const rowBytes = width * 3;
  if (data.length < rowBytes * height) throw new RangeError(`the image needs ${rowBytes * height} bytes for ${width}x${height}, got ${data.length}`);
  const linesize = frame.linesize[0];
  const target = frame.data[0]; // read once: each read builds new Buffers over the whole picture
  if (linesize === rowBytes) target.set(data.subarray(0, rowBytes * height));
  else for (let y = 0; y < height; y += 1) target.set(data.subarray(y * rowBytes, (y + 1) * rowBytes), y * linesize);
}

/** The beamcoder frame behind a `VideoFrame`; a frame of another backend is a programming error. */
export function rawFrame(frame: VideoFrame): Frame {
  if (frame instanceof BeamcoderVideoFrame) return frame.raw;
  throw new TypeError('a VideoFrame of another FFmpeg backend was given to the beamcoder backend');
}
