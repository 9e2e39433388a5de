import { extname, resolve } from 'node:path';
import type { Encoder, Filterer, Frame, Muxer, Packet, Stream } from '@rxcv/beamcoder';
import { SerialQueue, type FrameImage, type PixelFormat } from '@rxcv/core';
import { assertFrameImage } from '../raster/frame-image.js';
import { messageOf, SinkError } from '../sink-error.js';
import { frameRateRational, rescale, type Rational } from './frame-rate.js';
import { loadBeamcoder } from '@rxcv/beamcoder/load';
import { withFfmpegInfoSilenced } from './ffmpeg-info-silenced.js';

export interface VideoFileWriterOptions {
  /** Where to write: `.mp4` (also `.m4v`, `.mov`, `.mkv`). An existing file is replaced. */
  path: string;
  /** Frames per second of the output. Every frame lasts 1/fps (constant frame rate). */
  fps: number;
  /** libx264 preset: speed against file size. Default `'veryfast'` (≈260 fps at 1280x720 here). */
  preset?: string;
  /** libx264 constant rate factor, 0 (lossless) to 51. Default 23, x264's own default. */
  crf?: number;
}

const CONTAINERS: Record<string, string> = { '.mp4': 'mp4', '.m4v': 'mp4', '.mov': 'mov', '.mkv': 'matroska' };

/** Time base of the stream in the container: 90 kHz holds 1/fps exactly for usual rates. */
const STREAM_TIME_BASE: Rational = [1, 90_000];

interface Output {
  muxer: Muxer;
  stream: Stream;
  encoder: Encoder;
  /** Encoded size: the first frame's size rounded up to even numbers (yuv420p needs them). */
  width: number;
  height: number;
  /** Size of the first frame; later frames of another size are letterboxed into it. */
  sourceWidth: number;
  sourceHeight: number;
  headerWritten: boolean;
  /** Packets the encoder gave before the header could be written. */
  pending: Packet[];
}

interface Conversion {
  key: string;
  filterer: Filterer;
}

/**
 * Writes frames to an H.264 (libx264, yuv420p) video file through beamcoder.
 *
 * The file is opened on the first frame, whose size fixes the video size (odd sizes are padded
 * by one black row or column to even). Frames are numbered 0, 1, 2… at `1/fps` apart, so
 * `ffprobe` reports exactly the frames written at exactly `fps`. `close()` flushes the encoder
 * and writes the trailer, so the file plays after any number of frames; it is safe to call
 * more than once. With no frame written, no file is created (there is no size to write).
 */
export class VideoFileWriter {
  readonly path: string;
  readonly fps: number;
  private readonly rate: Rational;
  private readonly container: string;
  private readonly preset: string;
  private readonly crf: number;
  private output: Output | undefined;
  private conversion: Conversion | undefined;
  private readonly queue = new SerialQueue();
  private failure: SinkError | undefined;
  private closing: Promise<void> | undefined;
  private submitted = 0;
  private encoded = 0;

  constructor(options: VideoFileWriterOptions) {
    const path = options?.path;
    if (typeof path !== 'string' || path.length === 0) {
      throw new SinkError('SINK_INVALID_OPTIONS', 'video writer: `path` must be a non-empty file path');
    }
    const container = CONTAINERS[extname(path).toLowerCase()];
    if (container === undefined) {
      throw new SinkError(
        'SINK_INVALID_OPTIONS',
        `video writer: cannot tell the container from ${JSON.stringify(path)}: use .mp4, .m4v, .mov or .mkv`,
      );
    }
    const fps = options.fps;
    if (typeof fps !== 'number' || !Number.isFinite(fps) || fps <= 0 || fps > 1000) {
      throw new SinkError('SINK_INVALID_OPTIONS', `video writer: fps must be a number in (0, 1000], got ${String(fps)}`);
    }
    const crf = options.crf ?? 23;
    if (!Number.isFinite(crf) || crf < 0 || crf > 51) {
      throw new SinkError('SINK_INVALID_OPTIONS', `video writer: crf must be in [0, 51], got ${String(crf)}`);
    }
    this.path = resolve(path);
    this.container = container;
    this.fps = fps;
    this.rate = frameRateRational(fps);
    this.preset = options.preset ?? 'veryfast';
    this.crf = crf;
  }

  /** Frames handed to the encoder so far (all of them are in the file once `close()` resolves). */
  get framesWritten(): number {
    return this.encoded;
  }

  /**
   * Queues one frame. The pixels are copied before this returns, so the caller may reuse
   * `image`. Resolves when the frame has been encoded; rejects with a `SinkError` if the file
   * cannot be written (and so do all later calls).
   */
  write(image: FrameImage): Promise<void> {
    if (this.closing !== undefined) {
      return Promise.reject(new SinkError('SINK_CLOSED', `video writer for ${this.path} is closed`));
    }
    if (this.failure !== undefined) return Promise.reject(this.failure);
    let frame: Frame;
    try {
      assertFrameImage(image);
      frame = this.toBeamcoderFrame(image, this.submitted);
    } catch (error) {
      return Promise.reject(new SinkError('SINK_INVALID_FRAME', `video writer: ${messageOf(error)}`, { cause: error }));
    }
    this.submitted += 1;
    return this.queue.enqueue(() => this.encode(frame, image.width, image.height, image.format));
  }

  /** Flushes the encoder and finalises the file. Idempotent: later calls return the same promise. */
  close(): Promise<void> {
    this.closing ??= this.queue.enqueue(() => this.finish());
    return this.closing;
  }

  private toBeamcoderFrame(image: FrameImage, index: number): Frame {
    const beamcoder = loadBeamcoder();
    const frame = beamcoder.frame({ width: image.width, height: image.height, format: image.format, pts: index }).alloc();
    const target = frame.data[0];
    const linesize = frame.linesize[0];
    const rowBytes = image.width * 3;
    if (linesize === rowBytes) {
      target.set(image.data.subarray(0, rowBytes * image.height));
    } else {
      for (let y = 0; y < image.height; y++) {
        target.set(image.data.subarray(y * rowBytes, (y + 1) * rowBytes), y * linesize);
      }
    }
    return frame;
  }

  private async encode(frame: Frame, width: number, height: number, format: PixelFormat): Promise<void> {
    if (this.failure !== undefined) {
      frame.release();
      throw this.failure;
    }
    let frames: Frame[] = [];
    try {
      const output = (this.output ??= await this.open(width, height));
      const filterer = await this.filtererFor(output, width, height, format);
      const pts = frame.pts;
      const filtered = await filterer.filter([frame]);
      frames = filtered[0]?.frames ?? [];
      for (const f of frames) f.pts = pts;
      // The first encode() opens libx264, which logs its settings at info level.
      const encoded = output.headerWritten
        ? await output.encoder.encode(frames)
        : await withFfmpegInfoSilenced(() => output.encoder.encode(frames));
      this.encoded += 1;
      if (!output.headerWritten) await this.writeHeader(output);
      await this.writePackets(output, encoded.packets);
    } catch (error) {
      this.failure ??=
        error instanceof SinkError
          ? error
          : new SinkError('SINK_OUTPUT_FAILED', `video writer: writing ${this.path} failed: ${messageOf(error)}`, {
              cause: error,
            });
      throw this.failure;
    } finally {
      // The picture buffers (a few MB each) go back to FFmpeg now, not when the garbage collector
      // finalises the frames: fewer large blocks alive at once, less heap fragmentation (soak).
      // libx264 keeps its own references to frames it still needs.
      frame.release();
      for (const f of frames) f.release();
    }
  }

  private async open(sourceWidth: number, sourceHeight: number): Promise<Output> {
    const beamcoder = loadBeamcoder();
    const width = sourceWidth + (sourceWidth % 2);
    const height = sourceHeight + (sourceHeight % 2);
    const [num, den] = this.rate;
    const encoder = beamcoder.encoder({
      name: 'libx264',
      width,
      height,
      pix_fmt: 'yuv420p',
      time_base: [den, num],
      framerate: [num, den],
      gop_size: Math.max(1, Math.round(this.fps * 2)),
      sample_aspect_ratio: [1, 1],
      color_range: 'tv',
      colorspace: 'smpte170m',
      // MP4 keeps the SPS/PPS in the header (extradata), not in the stream.
      flags: { GLOBAL_HEADER: true },
      // log=-1 keeps x264's banner and statistics off the terminal.
      priv_data: { preset: this.preset, crf: this.crf, 'x264-params': 'log=-1' },
    });
    const muxer = beamcoder.muxer({ format_name: this.container });
    const stream = muxer.newStream({ name: 'h264', time_base: STREAM_TIME_BASE, interleaved: true });
    Object.assign(stream.codecpar, { width, height, format: 'yuv420p', sample_aspect_ratio: [1, 1] });
    stream.avg_frame_rate = [num, den];
    stream.r_frame_rate = [num, den];
    try {
      await muxer.openIO({ url: `file:${this.path}` });
    } catch (error) {
      throw new SinkError('SINK_OUTPUT_FAILED', `video writer: cannot open ${this.path} for writing: ${messageOf(error)}`, {
        cause: error,
      });
    }
    return { muxer, stream, encoder, width, height, sourceWidth, sourceHeight, headerWritten: false, pending: [] };
  }

  /** The rgb/bgr → yuv420p conversion for frames of this size and format (built when it changes). */
  private async filtererFor(output: Output, width: number, height: number, format: PixelFormat): Promise<Filterer> {
    const key = `${width}x${height}/${format}`;
    if (this.conversion?.key === key) return this.conversion.filterer;
    const { width: w, height: h } = output;
    const fit =
      width === output.sourceWidth && height === output.sourceHeight
        ? // Same size as the first frame: only pad an odd size to even, pixels stay 1:1.
          `pad=${w}:${h}:0:0:black`
        : // Another size (a stream that changed resolution): letterbox into the video size.
          `scale=${w}:${h}:force_original_aspect_ratio=decrease,pad=${w}:${h}:(ow-iw)/2:(oh-ih)/2:black`;
    const filterer = await loadBeamcoder().filterer({
      filterType: 'video',
      inputParams: [{ width, height, pixelFormat: format, timeBase: [this.rate[1], this.rate[0]], pixelAspect: [1, 1] }],
      outputParams: [{ pixelFormat: 'yuv420p' }],
      filterSpec: `${fit},format=yuv420p`,
    });
    this.conversion = { key, filterer };
    return filterer;
  }

  /** beamcoder opens the encoder on the first encode(): only then is its extradata known. */
  private async writeHeader(output: Output): Promise<void> {
    const extradata = output.encoder.extradata;
    if (extradata !== null) output.stream.codecpar.extradata = extradata;
    await output.muxer.writeHeader();
    output.headerWritten = true;
    const pending = output.pending.splice(0);
    await this.writePackets(output, pending);
  }

  private async writePackets(output: Output, packets: readonly Packet[]): Promise<void> {
    if (!output.headerWritten) {
      output.pending.push(...packets);
      return;
    }
    const from: Rational = [this.rate[1], this.rate[0]];
    const to = output.stream.time_base as Rational;
    for (const packet of packets) {
      packet.stream_index = output.stream.index;
      packet.pts = rescale(packet.pts, from, to);
      packet.dts = rescale(packet.dts, from, to);
      packet.duration = rescale(1, from, to);
      await output.muxer.writeFrame(packet);
    }
  }

  private async finish(): Promise<void> {
    const output = this.output;
    if (output === undefined) return;
    try {
      const flushed = await output.encoder.flush();
      if (!output.headerWritten) await this.writeHeader(output);
      await this.writePackets(output, flushed.packets);
      await output.muxer.writeTrailer();
    } catch (error) {
      throw new SinkError('SINK_OUTPUT_FAILED', `video writer: finalising ${this.path} failed: ${messageOf(error)}`, {
        cause: error,
      });
    }
  }
}

/** Same as `new VideoFileWriter(options)`. */
export function createVideoWriter(options: VideoFileWriterOptions): VideoFileWriter {
  return new VideoFileWriter(options);
}
