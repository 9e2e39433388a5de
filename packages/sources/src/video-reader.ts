import type { Decoder, Demuxer, Frame, Stream } from '@rxcv/beamcoder';
import type { FrameImage, ModelInputSize, PixelFormat } from '@rxcv/core';
import { loadBeamcoder, type BeamcoderModule } from '@rxcv/beamcoder/load';
import { classifyFfmpegError, ffmpegMessage, sourceError } from './classify-ffmpeg-error.js';
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
  readonly frame: Frame;
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

let demuxerTable: ReturnType<BeamcoderModule['demuxers']> | null = null;

/**
 * FFmpeg's input formats by name, listed once: `beamcoder.demuxers()` builds a description of
 * every demuxer on the main thread (~30 ms), which blocked the event loop for seconds when a
 * process opened dozens of webcam or lavfi inputs.
 */
function inputFormats(beamcoder: BeamcoderModule): ReturnType<BeamcoderModule['demuxers']> {
  demuxerTable ??= beamcoder.demuxers();
  return demuxerTable;
}

/**
 * Reads one input with FFmpeg: demuxer -> decoder (video stream only) -> packed RGB/BGR.
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
  /** Incomplete packets, or packets the decoder rejected. */
  corruptPackets = 0;
  /** Decoding and conversion time of the last picture, ms (waiting for input not included). */
  lastDecodeMs = 0;

  /** Decoded frames not yet returned, with the time the decode call that made them took. */
  private readonly pending: Array<{ frame: Frame; decodeMs: number }> = [];
  private readonly converter: FrameConverter;
  private ended = false;
  private failure: Error | null = null;
  private firstCorruptTime: number | null = null;
  /**
   * Packets the demuxer flagged CORRUPT, not yet counted: a flag alone is not damage (MPEG-TS flags
   * the packet at a splice of two files, whose continuity counters jump, though it decodes
   * cleanly). It counts when the decoder rejects it or outputs a damaged frame soon after, or
   * when nothing follows it (a file cut mid-packet).
   */
  private suspects: Array<number | null | undefined> = [];
  /** Packets decoded cleanly since the first suspect. */
  private cleanSinceSuspect = 0;
  private closed = false;
  private busy = false;
  private released = false;

  private constructor(
    private readonly demuxer: Demuxer,
    private readonly decoder: Decoder,
    readonly info: VideoStreamInfo,
    readonly reference: ResolvedReference,
    private readonly options: VideoReaderOptions,
  ) {
    this.converter = new FrameConverter(loadBeamcoder(), options.pixelFormat, demuxer.streams[info.streamIndex].time_base, options.modelInput);
  }

  /** Opens the input, picks its video stream and a decoder for it; throws a classified `SourceError`. */
  static async open(reference: ResolvedReference, options: VideoReaderOptions): Promise<VideoReader> {
    const beamcoder = loadBeamcoder();
    const started = Date.now();
    let demuxer: Demuxer;
    try {
      const iformat = options.inputFormat ? inputFormats(beamcoder)[options.inputFormat] : undefined;
      if (options.inputFormat && !iformat) {
        throw sourceError('UNSUPPORTED_CODEC', reference, 'open', `this FFmpeg has no "${options.inputFormat}" input format`);
      }
      // A file is read through FFmpeg's `file` protocol only (plus those allowed explicitly).
      const demuxerOptions = reference.protocolWhitelist
        ? { protocol_whitelist: reference.protocolWhitelist, ...options.demuxerOptions }
        : options.demuxerOptions;
      demuxer =
        iformat || demuxerOptions
          ? await beamcoder.demuxer({ url: reference.url, iformat, options: { ...demuxerOptions } })
          : await beamcoder.demuxer(reference.url);
    } catch (error) {
      throw classifyFfmpegError(error, { reference, phase: 'open', elapsedMs: Date.now() - started, timeoutMs: options.timeoutMs });
    }
    try {
      const stream = chooseVideoStream(demuxer.streams);
      if (!stream) {
        const found = demuxer.streams.map((s) => s.codecpar.codec_type).join(', ') || 'none';
        throw sourceError('SOURCE_NO_VIDEO_STREAM', reference, 'open', `streams found: ${found}`);
      }
      // Other streams (audio, subtitles, cover art) are not read at all: each packet read is a
      // round trip through the libuv threadpool and the event loop (the highway clip has one
      // audio packet per video frame).
      for (const other of demuxer.streams) if (other.index !== stream.index) other.discard = 'all';
      let decoder: Decoder;
      try {
        decoder = beamcoder.decoder({
          demuxer,
          stream_index: stream.index,
          ...(options.decoderThreads ? { thread_count: options.decoderThreads } : {}),
        });
      } catch (error) {
        throw sourceError('UNSUPPORTED_CODEC', reference, 'open', `no decoder for "${stream.codecpar.name}"; FFmpeg: ${ffmpegMessage(error)}`, error);
      }
      return new VideoReader(demuxer, decoder, describeStream(stream, demuxer), reference, options);
    } catch (error) {
      demuxer.forceClose();
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
      const { frame, decodeMs } = this.pending.shift() as { frame: Frame; decodeMs: number };
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
      packet = await this.demuxer.read();
    } catch (error) {
      if (this.closed) return;
      await this.finish(classifyFfmpegError(error, { reference: this.reference, phase: 'read', timeoutMs: this.options.timeoutMs }));
      return;
    }
    if (this.closed) return;
    if (packet === null) {
      // A flagged packet with no clean one after it: the file was cut in it.
      if (this.cleanSinceSuspect === 0) this.confirmSuspects();
      await this.finish(this.corruptionFailure());
      return;
    }
    if (packet.stream_index !== this.info.streamIndex) return;
    this.packetsRead += 1;
    const flagged = packet.flags?.CORRUPT === true;
    if (flagged) this.suspects.push(packet.pts);
    const decoding = performance.now();
    try {
      const decoded = await this.decoder.decode(packet);
      if (decoded.frames.some(isDamaged)) this.confirmSuspects();
      else if (!flagged && this.suspects.length > 0 && ++this.cleanSinceSuspect >= CLEAN_PACKETS_TO_CLEAR) {
        this.suspects = [];
        this.cleanSinceSuspect = 0;
      }
      this.take(decoded.frames, performance.now() - decoding);
    } catch (error) {
      if (flagged) this.suspects.pop();
      this.confirmSuspects();
      this.noteCorrupt(packet.pts);
      if (this.options.corruptData === 'fail') {
        await this.finish(sourceError('SOURCE_DECODE_FAILED', this.reference, 'decode', `FFmpeg: ${ffmpegMessage(error)}`, error));
      }
    }
  }

  /** End of input (or a fatal failure): drain the decoder if wanted, remember the failure for after the frames. */
  private async finish(failure: Error | null): Promise<void> {
    this.ended = true;
    this.failure = failure;
    if (!this.options.flushAtEnd) return;
    const decoding = performance.now();
    try {
      this.take((await this.decoder.flush()).frames, performance.now() - decoding);
    } catch {
      /* a decoder that cannot drain has nothing more to give */
    }
  }

  private take(frames: Frame[], decodeMs: number): void {
    this.framesDecoded += frames.length;
    if (this.closed) {
      for (const frame of frames) frame.release();
      return;
    }
    for (const frame of frames) this.pending.push({ frame, decodeMs: decodeMs / frames.length });
  }

  /** Flagged packets whose damage is now certain count as corrupt. */
  private confirmSuspects(): void {
    for (const pts of this.suspects) this.noteCorrupt(pts);
    this.suspects = [];
    this.cleanSinceSuspect = 0;
  }

  private noteCorrupt(pts: number | null | undefined): void {
    this.corruptPackets += 1;
    if (this.firstCorruptTime === null && typeof pts === 'number') this.firstCorruptTime = pts * this.info.timeBase;
  }

  private corruptionFailure(): Error | null {
    if (this.options.corruptData !== 'fail' || this.corruptPackets === 0) return null;
    const at = this.firstCorruptTime === null ? '' : ` at ${this.firstCorruptTime.toFixed(3)} s`;
    return sourceError(
      'SOURCE_DECODE_FAILED',
      this.reference,
      'decode',
      `the input is truncated or corrupt: ${this.corruptPackets} incomplete or undecodable packet(s)${at}; ${this.framesDecoded} frame(s) decoded${this.info.totalFrames ? ` of ${this.info.totalFrames} declared` : ''}`,
    );
  }

  private presentationTime(frame: Frame): number | null {
    const ts = typeof frame.best_effort_timestamp === 'number' ? frame.best_effort_timestamp : frame.pts;
    if (typeof ts !== 'number' || !Number.isFinite(ts) || ts === loadBeamcoder().AV_NOPTS_VALUE) return null;
    return ts * this.info.timeBase;
  }

  private release(): void {
    if (this.released) return;
    this.released = true;
    this.demuxer.forceClose();
  }
}

/** Clean packets after a CORRUPT-flagged one that clear it (more than a decoder's reordering delay). */
const CLEAN_PACKETS_TO_CLEAR = 8;

/** A frame the decoder marked as damaged (concealed errors, missing references). */
function isDamaged(frame: Frame): boolean {
  const errors: Partial<Frame['decode_error_flags']> = frame.decode_error_flags ?? {};
  const flags = (frame as unknown as { flags?: { CORRUPT?: boolean } }).flags;
  return flags?.CORRUPT === true || errors.INVALID_BITSTREAM === true || errors.MISSING_REFERENCE === true || errors.CONCEALMENT_ACTIVE === true || errors.DECODE_SLICES === true;
}

/** The first real video stream (cover art is a "video" stream too, flagged ATTACHED_PIC). */
function chooseVideoStream(streams: Stream[]): Stream | undefined {
  const video = streams.filter((s) => s.codecpar.codec_type === 'video');
  return video.find((s) => !s.disposition?.ATTACHED_PIC) ?? undefined;
}

function rational(value: number[] | undefined): number | null {
  if (!value || value.length < 2) return null;
  const [num, den] = value;
  return num > 0 && den > 0 ? num / den : null;
}

function describeStream(stream: Stream, demuxer: Demuxer): VideoStreamInfo {
  const fps = rational(stream.avg_frame_rate) ?? rational(stream.r_frame_rate);
  const timeBase = rational(stream.time_base) ?? 1 / 90000;
  let totalFrames: number | null = stream.nb_frames > 0 ? stream.nb_frames : null;
  if (totalFrames === null && fps) {
    const seconds = (stream.duration ?? 0) > 0 ? (stream.duration ?? 0) * timeBase : demuxer.duration > 0 ? demuxer.duration / 1e6 : 0;
    if (seconds > 0) totalFrames = Math.round(seconds * fps);
  }
  return {
    streamIndex: stream.index,
    codec: stream.codecpar.name ?? 'unknown',
    width: stream.codecpar.width,
    height: stream.codecpar.height,
    fps,
    totalFrames,
    timeBase,
  };
}
