// The MP4 (H.264) writer: frames in, a file that plays out, through the FFmpeg backend interface.
import { extname, resolve } from 'node:path';
import { SerialQueue, type FrameImage, type PixelFormat } from '@rxcv/core';
import {
  loadFfmpegBackend,
  type EncodedPacket,
  type FfmpegBackend,
  type FfmpegBackendName,
  type FilterGraph,
  type OutputFile,
  type VideoEncoder,
  type VideoFrame as FfmpegFrame,
} from '@rxcv/ffmpeg';
import { assertFrameImage } from '../raster/frame-image.js';
import { messageOf, SinkError } from '../sink-error.js';
import { frameRateRational, type Rational } from './frame-rate.js';
import { withFfmpegInfoSilenced } from './ffmpeg-info-silenced.js';
import { checkedFfmpegOption } from './ffmpeg-option.js';

export interface VideoFileWriterOptions {
  /** Where to write: `.mp4` (also `.m4v`, `.mov`, `.mkv`). An existing file is replaced. */
  path: string;
  /** Frames per second of the output. Every frame lasts 1/fps (constant frame rate). */
  fps: number;
  /** libx264 preset: speed against file size. Default `'veryfast'` (≈260 fps at 1280x720 here). */
  preset?: string;
  /** libx264 constant rate factor, 0 (lossless) to 51. Default 23, x264's own default. */
  crf?: number;
  /**
   * The FFmpeg binding that encodes: `beamcoder` (default) or `node-av`; default `RXCV_FFMPEG`,
   * else beamcoder. A backend that is not installed fails the first `write()` with
   * SINK_OUTPUT_FAILED whose `cause` is the `FfmpegBackendError` (FFMPEG_BACKEND_UNAVAILABLE).
   */
  ffmpeg?: FfmpegBackendName;
}

const CONTAINERS: Record<string, string> = { '.mp4': 'mp4', '.m4v': 'mp4', '.mov': 'mov', '.mkv': 'matroska' };

/** Time base of the stream in the container: 90 kHz holds 1/fps exactly for usual rates. */
const STREAM_TIME_BASE: Rational = [1, 90_000];

interface Output {
  backend: FfmpegBackend;
  file: OutputFile;
  encoder: VideoEncoder;
  /** Encoded size: the first frame's size rounded up to even numbers (yuv420p needs them). */
  width: number;
  height: number;
  /** Size of the first frame; later frames of another size are letterboxed into it. */
  sourceWidth: number;
  sourceHeight: number;
  headerWritten: boolean;
  /** Packets the encoder gave before the header could be written. */
  pending: EncodedPacket[];
}

interface Conversion {
  key: string;
  graph: FilterGraph;
}

/**
 * Writes frames to an H.264 (libx264, yuv420p) video file through the FFmpeg backend (`ffmpeg` option).
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
  private readonly ffmpeg: FfmpegBackendName | undefined;
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
    const ffmpeg = checkedFfmpegOption('video writer', options.ffmpeg);
    this.preset = options.preset ?? 'veryfast';
    this.crf = crf;
    this.ffmpeg = ffmpeg;
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
    let frame: FfmpegFrame | FrameImage;
    try {
      assertFrameImage(image);
      // Into FFmpeg memory now when the backend is there (every write but the first), else a copy.
      frame = this.output ? this.output.backend.frameFromPacked(packed(image), this.submitted) : { ...image, data: Uint8Array.from(image.data) };
    } catch (error) {
      return Promise.reject(new SinkError('SINK_INVALID_FRAME', `video writer: ${messageOf(error)}`, { cause: error }));
    }
    const index = this.submitted;
    this.submitted += 1;
    return this.queue.enqueue(() => this.encode(frame, index, image.width, image.height, image.format));
  }

  /** Flushes the encoder and finalises the file. Idempotent: later calls return the same promise. */
  close(): Promise<void> {
    this.closing ??= this.queue.enqueue(() => this.finish());
    return this.closing;
  }

  private async encode(input: FfmpegFrame | FrameImage, index: number, width: number, height: number, format: PixelFormat): Promise<void> {
    let frame: FfmpegFrame | undefined = isFfmpegFrame(input) ? input : undefined;
    if (this.failure !== undefined) {
      frame?.release();
      throw this.failure;
    }
    let frames: FfmpegFrame[] = [];
    try {
      const output = (this.output ??= await this.open(width, height));
      frame ??= output.backend.frameFromPacked(packed(input as FrameImage), index);
      const graph = await this.graphFor(output, width, height, format);
      frames = (await graph.filter(frame))[0] ?? [];
      for (const f of frames) f.pts = index;
      // The first encode() opens libx264, which logs its settings at info level.
      const encoded = output.headerWritten
        ? await output.encoder.encode(frames)
        : await withFfmpegInfoSilenced(output.backend, () => output.encoder.encode(frames));
      this.encoded += 1;
      if (!output.headerWritten) await this.writeHeader(output);
      await this.writePackets(output, encoded);
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
      frame?.release();
      for (const f of frames) f.release();
    }
  }

  private async open(sourceWidth: number, sourceHeight: number): Promise<Output> {
    const backend = await loadFfmpegBackend(this.ffmpeg);
    const width = sourceWidth + (sourceWidth % 2);
    const height = sourceHeight + (sourceHeight % 2);
    const [num, den] = this.rate;
    const encoder = backend.createEncoder({
      codec: 'libx264',
      width,
      height,
      pixelFormat: 'yuv420p',
      timeBase: [den, num],
      frameRate: [num, den],
      gopSize: Math.max(1, Math.round(this.fps * 2)),
      sampleAspectRatio: [1, 1],
      colorRange: 'tv',
      colorspace: 'smpte170m',
      // MP4 keeps the SPS/PPS in the header (extradata), not in the stream.
      globalHeader: true,
      // log=-1 keeps x264's banner and statistics off the terminal.
      options: { preset: this.preset, crf: this.crf, 'x264-params': 'log=-1' },
    });
    let file: OutputFile;
    try {
      file = await backend.openOutputFile(this.path, this.container);
    } catch (error) {
      throw new SinkError('SINK_OUTPUT_FAILED', `video writer: cannot open ${this.path} for writing: ${messageOf(error)}`, {
        cause: error,
      });
    }
    return { backend, file, encoder, width, height, sourceWidth, sourceHeight, headerWritten: false, pending: [] };
  }

  /** The rgb/bgr → yuv420p conversion for frames of this size and format (built when it changes). */
  private async graphFor(output: Output, width: number, height: number, format: PixelFormat): Promise<FilterGraph> {
    const key = `${width}x${height}/${format}`;
    if (this.conversion?.key === key) return this.conversion.graph;
    const { width: w, height: h } = output;
    const fit =
      width === output.sourceWidth && height === output.sourceHeight
        ? // Same size as the first frame: only pad an odd size to even, pixels stay 1:1.
          `pad=${w}:${h}:0:0:black`
        : // Another size (a stream that changed resolution): letterbox into the video size.
          `scale=${w}:${h}:force_original_aspect_ratio=decrease,pad=${w}:${h}:(ow-iw)/2:(oh-ih)/2:black`;
    const graph = await output.backend.createFilterGraph({
      input: { width, height, pixelFormat: format, timeBase: [this.rate[1], this.rate[0]], sampleAspectRatio: [1, 1] },
      spec: `[in]${fit},format=yuv420p[out0]`,
      outputPixelFormats: ['yuv420p'],
    });
    this.conversion = { key, graph };
    return graph;
  }

  /** The encoder opens on the first encode(): only then is its extradata known. */
  private async writeHeader(output: Output): Promise<void> {
    const [num, den] = this.rate;
    await output.file.writeHeader({
      codec: 'h264',
      width: output.width,
      height: output.height,
      pixelFormat: 'yuv420p',
      frameRate: [num, den],
      timeBase: STREAM_TIME_BASE,
      sampleAspectRatio: [1, 1],
      extradata: output.encoder.extradata,
    });
    output.headerWritten = true;
    const pending = output.pending.splice(0);
    await this.writePackets(output, pending);
  }

  private async writePackets(output: Output, packets: readonly EncodedPacket[]): Promise<void> {
    if (!output.headerWritten) {
      output.pending.push(...packets);
      return;
    }
    // Each packet lasts one frame: 1 in the encoder's time base (1/fps).
    const encoderTimeBase: Rational = [this.rate[1], this.rate[0]];
    for (const packet of packets) await output.file.writePacket(packet, encoderTimeBase, 1);
  }

  private async finish(): Promise<void> {
    const output = this.output;
    if (output === undefined) return;
    try {
      const flushed = await output.encoder.flush();
      if (!output.headerWritten) await this.writeHeader(output);
      await this.writePackets(output, flushed);
      await output.file.finish();
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

/** A picture `write()` copied (before the backend was loaded), or one already in FFmpeg memory. */
function isFfmpegFrame(value: FfmpegFrame | FrameImage): value is FfmpegFrame {
  return typeof (value as FfmpegFrame).release === 'function';
}

/** A `FrameImage` as the backend's `frameFromPacked` takes it. */
function packed(image: FrameImage): { width: number; height: number; pixelFormat: string; data: Uint8Array } {
  return { width: image.width, height: image.height, pixelFormat: image.format, data: image.data };
}
