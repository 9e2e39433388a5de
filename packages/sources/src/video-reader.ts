// Reads one input through the FFmpeg backend: demux, decode (video only), convert.
import type { FrameImage, ModelInputSize, PixelFormat } from '@rxcv/core';
import { FfmpegBackendError, type FfmpegBackend, type HardwareDecoding, type MediaInput, type StreamDescription, type VideoDecoder, type VideoFrame as FfmpegFrame } from '@rxcv/ffmpeg';
import { classifyFfmpegError, ffmpegMessage, sourceError } from './classify-ffmpeg-error.js';
import { CorruptPackets } from './corrupt-packets.js';
import { FrameConverter } from './frame-converter.js';
import type { ResolvedReference } from './video-reference.js';

/** What the opened input declares about its video stream. */
export interface VideoStreamInfo {
  readonly streamIndex: number;
  readonly codec: string;
  readonly width: number;
  readonly height: number;
  /** Declared frame rate (`avg_frame_rate`, else `r_frame_rate`); null when unknown. */
  readonly fps: number | null;
  /** Frame count the container declares (or duration x fps); null when unknown (live). */
  readonly totalFrames: number | null;
  /** Seconds per unit of the stream's timestamps. */
  readonly timeBase: number;
}

/** One decoded picture, not converted yet (see `VideoReader.nextDecoded()`). */
export interface DecodedFrame {
  readonly frame: FfmpegFrame;
  readonly width: number;
  readonly height: number;
  /** Seconds in the input's clock; null when the frame has no timestamp. */
  readonly presentationTime: number | null;
  /** What the decode call that made it took, ms. */
  readonly decodeMs: number;
}

/** One decoded and converted picture. */
export interface DecodedPicture {
  readonly image: FrameImage;
  /** Seconds in the input's clock; null when the frame has no timestamp. */
  readonly presentationTime: number | null;
}

export interface VideoReaderOptions {
  /** The FFmpeg binding that reads (see `loadFfmpegBackend`). */
  readonly backend: FfmpegBackend;
  /** Hardware decoding (node-av only); default software. */
  readonly hwDecode?: HardwareDecoding;
  readonly pixelFormat: PixelFormat;
  /** Also scale each picture to this model input in the decoding thread (`image.resized`). */
  readonly modelInput?: ModelInputSize;
  /** Options handed to FFmpeg's demuxer (`avformat_open_input`), values as strings. */
  readonly demuxerOptions?: Readonly<Record<string, string>>;
  /** Force an FFmpeg input format (demuxer name), e.g. `video4linux2,v4l2`. */
  readonly inputFormat?: string;
  /** Decoder threads; FFmpeg's library default (1) when omitted. */
  readonly decoderThreads?: number;
  /** The `timeout` the demuxer got, in ms, to recognise an open that ran into it. */
  readonly timeoutMs?: number;
  /**
   * What to do with incomplete packets and packets the decoder rejects.
   * `fail` (files): decode every frame that can be decoded, then error with SOURCE_DECODE_FAILED.
   * `skip` (live): drop them and carry on; they are counted in `corruptPackets`.
   */
  readonly corruptData: 'fail' | 'skip';
  /** Drain the decoder at end of input (files: yes, so no frame is lost; live: no, those frames are stale). */
  readonly flushAtEnd: boolean;
}

/**
 * Reads one input with FFmpeg (through the backend interface): demuxer -> decoder (video stream only) -> packed RGB/BGR.
 *
 * `next()` decodes just enough packets to return one picture, so a caller that asks for one
 * picture at a time bounds how far decoding runs ahead. Calls must not overlap. `close()` may be
 * called at any time, also while a call is in flight: the input is closed as soon as that call
 * has returned (FFmpeg calls cannot be interrupted from JavaScript).
 */
export class VideoReader {
  /** Frames that came out of the decoder. */
  framesDecoded = 0;
  /** Packets of the video stream read from the input. */
  packetsRead = 0;
  /** Decoding and conversion time of the last picture, ms (waiting for input not included). */
  lastDecodeMs = 0;

  /** Decoded frames not yet returned, with the time the decode call that made them took. */
  private readonly pending: Array<{ frame: FfmpegFrame; decodeMs: number }> = [];
  private readonly converter: FrameConverter;
  private ended = false;
  private failure: Error | null = null;
  private readonly corrupt: CorruptPackets;
  private closed = false;
  private busy = false;
  private released = false;

  private constructor(
    private readonly input: MediaInput,
    private readonly decoder: VideoDecoder,
    readonly info: VideoStreamInfo,
    readonly reference: ResolvedReference,
    private readonly options: VideoReaderOptions,
  ) {
    this.corrupt = new CorruptPackets(info.timeBase);
    this.converter = new FrameConverter(options.backend, options.pixelFormat, input.streams[info.streamIndex].timeBase, options.modelInput);
  }

  /** Incomplete packets, or packets the decoder rejected. */
  get corruptPackets(): number {
    return this.corrupt.count;
  }

  /** The hardware device decoding (e.g. `cuda`); null when decoding in software. */
  get hardware(): string | null {
    return this.decoder.hardware;
  }

  /** What `hwDecode` asked for. */
  get hardwareRequested(): HardwareDecoding {
    return this.options.hwDecode ?? false;
  }

  /** The FFmpeg backend reading (`beamcoder`, `node-av`). */
  get backendName(): string {
    return this.options.backend.name;
  }

  /**
   * Opens the input, picks its video stream and a decoder for it; throws a classified `SourceError`
   * (or the backend's `FfmpegBackendError` HARDWARE_DECODING_UNAVAILABLE for a named device it lacks).
   */
  static async open(reference: ResolvedReference, options: VideoReaderOptions): Promise<VideoReader> {
    const { backend } = options;
    const started = Date.now();
    let input: MediaInput;
    try {
      if (options.inputFormat && !backend.hasInputFormat(options.inputFormat)) {
        throw sourceError('UNSUPPORTED_CODEC', reference, 'open', `this FFmpeg has no "${options.inputFormat}" input format`);
      }
      // A file is read through FFmpeg's `file` protocol only (plus those allowed explicitly).
      const demuxerOptions = reference.protocolWhitelist
        ? { protocol_whitelist: reference.protocolWhitelist, ...options.demuxerOptions }
        : options.demuxerOptions;
      input = await backend.openInput(reference.url, { inputFormat: options.inputFormat, options: demuxerOptions });
    } catch (error) {
      throw classifyFfmpegError(error, { reference, phase: 'open', elapsedMs: Date.now() - started, timeoutMs: options.timeoutMs });
    }
    try {
      const stream = chooseVideoStream(input.streams);
      if (!stream) {
        const found = input.streams.map((s) => s.type).join(', ') || 'none';
        throw sourceError('SOURCE_NO_VIDEO_STREAM', reference, 'open', `streams found: ${found}`);
      }
      // Other streams (audio, subtitles, cover art) are not read at all: each packet read is a
      // round trip through the libuv threadpool and the event loop (the highway clip has one
      // audio packet per video frame).
      input.selectOnly(stream.index);
      let decoder: VideoDecoder;
      try {
        decoder = await input.openDecoder(stream.index, {
          ...(options.decoderThreads ? { threads: options.decoderThreads } : {}),
          hardware: options.hwDecode ?? false,
        });
      } catch (error) {
        if (error instanceof FfmpegBackendError) throw error;
        throw sourceError('UNSUPPORTED_CODEC', reference, 'open', `no decoder for "${stream.codecName}"; FFmpeg: ${ffmpegMessage(error)}`, error);
      }
      return new VideoReader(input, decoder, describeStream(stream, input.durationSeconds), reference, options);
    } catch (error) {
      input.close();
      throw error;
    }
  }

  /** The next picture, or null at the end of the input. Errors come after every frame decoded before them. */
  async next(): Promise<DecodedPicture | null> {
    const decoded = await this.nextDecoded();
    if (decoded === null) return null;
    const converting = performance.now();
    const image = await this.convert(decoded);
    this.lastDecodeMs = decoded.decodeMs + (performance.now() - converting);
    return { image, presentationTime: decoded.presentationTime };
  }

  /**
   * Like `next()`, but the picture is not converted: `convert()` does that later, if the frame is
   * wanted at all (a live pipeline drops most frames of a fast camera unconverted).
   */
  async nextDecoded(): Promise<DecodedFrame | null> {
    if (this.closed) return null;
    this.busy = true;
    try {
      while (this.pending.length === 0) {
        if (this.ended) {
          const failure = this.failure;
          this.failure = null;
          if (failure) throw failure;
          return null;
        }
        await this.step();
        if (this.closed) return null;
      }
      const { frame, decodeMs } = this.pending.shift() as { frame: FfmpegFrame; decodeMs: number };
      this.lastDecodeMs = decodeMs;
      return { frame, width: frame.width, height: frame.height, presentationTime: this.presentationTime(frame), decodeMs };
    } finally {
      this.busy = false;
      if (this.closed) this.release();
    }
  }

  /**
   * Converts a decoded picture to the reader's pixel format (and the model input, if set), on a
   * libuv thread. Also works after `close()`: a decoded frame holds its own buffers.
   *
   * Converts each decoded picture once: its FFmpeg buffers are given back right after (see the
   * package README, "Frame memory"); a second call rejects.
   */
  async convert(decoded: DecodedFrame): Promise<FrameImage> {
    try {
      return await this.converter.convert(decoded.frame);
    } finally {
      decoded.frame.release();
    }
  }

  /** Gives a decoded picture that will not be converted back to FFmpeg now (a dropped frame). */
  discard(decoded: DecodedFrame): void {
    decoded.frame.release();
  }

  /** Closes the input now, or as soon as the FFmpeg call in flight returns. Idempotent. */
  close(): void {
    this.closed = true;
    for (const { frame } of this.pending) frame.release();
    this.pending.length = 0;
    if (!this.busy) this.release();
  }

  /** Reads one packet and feeds it to the decoder; handles end of input and failures. */
  private async step(): Promise<void> {
    let packet;
    try {
      packet = await this.input.readPacket();
    } catch (error) {
      if (this.closed) return;
      await this.finish(classifyFfmpegError(error, { reference: this.reference, phase: 'read', timeoutMs: this.options.timeoutMs }));
      return;
    }
    if (this.closed) return;
    if (packet === null) {
      this.corrupt.ended();
      await this.finish(this.corruptionFailure());
      return;
    }
    if (packet.streamIndex !== this.info.streamIndex) return;
    this.packetsRead += 1;
    const flagged = packet.corrupt;
    this.corrupt.reading(packet.pts, flagged);
    const decoding = performance.now();
    try {
      const frames = await this.decoder.decode(packet);
      this.corrupt.decoded(flagged, frames.some((frame) => frame.damaged));
      this.take(frames, performance.now() - decoding);
    } catch (error) {
      // Decoding goes on with the next packet (files: every frame that can be decoded arrives);
      // the failure comes at the end, with the count. Backends differ in which damaged packets
      // their decoder refuses and which it decodes into damaged pictures: both end the same way.
      this.corrupt.rejected(packet.pts, flagged, ffmpegMessage(error), error);
    }
  }

  /** End of input (or a fatal failure): drain the decoder if wanted, remember the failure for after the frames. */
  private async finish(failure: Error | null): Promise<void> {
    this.ended = true;
    this.failure = failure;
    if (!this.options.flushAtEnd) return;
    const decoding = performance.now();
    try {
      this.take(await this.decoder.flush(), performance.now() - decoding);
    } catch {
      /* a decoder that cannot drain has nothing more to give */
    }
  }

  private take(frames: FfmpegFrame[], decodeMs: number): void {
    this.framesDecoded += frames.length;
    if (this.closed) {
      for (const frame of frames) frame.release();
      return;
    }
    for (const frame of frames) this.pending.push({ frame, decodeMs: decodeMs / frames.length });
  }

  private corruptionFailure(): Error | null {
    const { count, firstTime, firstRejection } = this.corrupt;
    if (this.options.corruptData !== 'fail' || count === 0) return null;
    const at = firstTime === null ? '' : ` at ${firstTime.toFixed(3)} s`;
    return sourceError(
      'SOURCE_DECODE_FAILED',
      this.reference,
      'decode',
      `the input is truncated or corrupt: ${count} incomplete or undecodable packet(s)${at}; ${this.framesDecoded} frame(s) decoded${this.info.totalFrames ? ` of ${this.info.totalFrames} declared` : ''}${firstRejection ? `; FFmpeg: ${firstRejection.message}` : ''}`,
      firstRejection?.error,
    );
  }

  /** `bestEffortTimestamp * timeBase`, the same rule under every backend. */
  private presentationTime(frame: FfmpegFrame): number | null {
    const ts = frame.bestEffortTimestamp;
    return ts === null ? null : ts * this.info.timeBase;
  }

  private release(): void {
    if (this.released) return;
    this.released = true;
    this.input.close();
  }
}

/** The first real video stream (cover art is a "video" stream too, flagged as an attached picture). */
function chooseVideoStream(streams: readonly StreamDescription[]): StreamDescription | undefined {
  return streams.find((s) => s.type === 'video' && !s.attachedPicture);
}

function rational(value: readonly [number, number]): number | null {
  const [num, den] = value;
  return num > 0 && den > 0 ? num / den : null;
}

function describeStream(stream: StreamDescription, inputSeconds: number): VideoStreamInfo {
  const fps = rational(stream.averageFrameRate) ?? rational(stream.realFrameRate);
  const timeBase = rational(stream.timeBase) ?? 1 / 90000;
  let totalFrames: number | null = stream.frameCount > 0 ? stream.frameCount : null;
  if (totalFrames === null && fps) {
    const seconds = stream.duration > 0 ? stream.duration * timeBase : inputSeconds;
    if (seconds > 0) totalFrames = Math.round(seconds * fps);
  }
  return {
    streamIndex: stream.index,
    codec: stream.codecName,
    width: stream.width,
    height: stream.height,
    fps,
    totalFrames,
    timeBase,
  };
}
