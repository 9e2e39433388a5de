// The one interface through which rxcv's sources and sinks use FFmpeg, whichever binding runs it.

/** A fraction as FFmpeg writes it: `[numerator, denominator]`, e.g. a time base `[1, 90000]`. */
export type Rational = readonly [number, number];

/** The FFmpeg bindings rxcv can run on. */
export type FfmpegBackendName = 'beamcoder' | 'node-av';

/** Hardware decoding choices (node-av only); `false` decodes in software. */
export type HardwareDecoding = 'auto' | 'vaapi' | 'cuda' | 'qsv' | 'videotoolbox' | false;

/**
 * A picture in FFmpeg's memory: decoded from an input, made from a packed image, or out of a
 * filter graph. Its buffers go back to FFmpeg on `release()` (idempotent), not when the garbage
 * collector gets round to it: a 1080p picture is 3 MB, and waiting for the collector let the
 * process's memory grow (see the soak benchmark).
 */
export interface VideoFrame {
  readonly width: number;
  readonly height: number;
  /** FFmpeg's pixel format name, e.g. `yuv420p`, `rgb24`, `nv12`. */
  readonly pixelFormat: string;
  /** Presentation time stamp in the time base of where it came from; null when it has none. */
  pts: number | null;
  /** The best-effort time stamp FFmpeg's decoder computed, else `pts`; null when neither is known. */
  readonly bestEffortTimestamp: number | null;
  /** Sample (pixel) aspect ratio; `[0, 1]` or `[1, 1]` when unknown/square. */
  readonly sampleAspectRatio: Rational;
  /** The decoder marked the picture damaged (concealed errors, missing references, corrupt flag). */
  readonly damaged: boolean;
  /**
   * The picture as tightly packed rows, for a packed format (`rgb24`, `bgr24`): `width * 3` bytes
   * a row. Without a copy when FFmpeg's rows have no padding (the buffer then holds its own
   * reference on FFmpeg's memory, valid after `release()`), otherwise copied out.
   */
  packedPixels(): Uint8Array;
  /** Gives the picture's buffers back to FFmpeg now. Idempotent; the frame must not be used after. */
  release(): void;
}

/** One packet read from an input (a backend handle, fed to `VideoDecoder.decode`). */
export interface DemuxedPacket {
  readonly streamIndex: number;
  /** Presentation time stamp in the stream's time base; null when it has none. */
  readonly pts: number | null;
  /** The demuxer flagged the packet CORRUPT (a flag is not proof of damage: see `VideoReader`). */
  readonly corrupt: boolean;
}

/** An encoded packet as plain JavaScript data, copied out of FFmpeg. */
export interface EncodedPacket {
  readonly data: Buffer;
  /** Time stamps in the encoder's time base. */
  readonly pts: number;
  readonly dts: number;
  /** A keyframe: decoding can start here. */
  readonly key: boolean;
}

/** What an input declares about one of its streams. */
export interface StreamDescription {
  readonly index: number;
  /** `video`, `audio`, `subtitle`, `data`, `attachment` or `unknown`. */
  readonly type: string;
  /** Codec name, e.g. `h264`; `unknown` when FFmpeg does not know it. */
  readonly codecName: string;
  readonly width: number;
  readonly height: number;
  readonly timeBase: Rational;
  /** `avg_frame_rate` and `r_frame_rate`; `[0, 1]` when unknown. */
  readonly averageFrameRate: Rational;
  readonly realFrameRate: Rational;
  /** Frames the container declares; 0 when unknown. */
  readonly frameCount: number;
  /** Duration in the stream's time base; 0 when unknown. */
  readonly duration: number;
  /** Cover art: a "video" stream holding one still picture. */
  readonly attachedPicture: boolean;
}

export interface OpenInputOptions {
  /** Force an input format (FFmpeg demuxer name), e.g. `video4linux2,v4l2`. */
  readonly inputFormat?: string;
  /** Options for FFmpeg's demuxer (`avformat_open_input`), values as strings, e.g. `timeout`, `rtsp_transport`, `protocol_whitelist`. */
  readonly options?: Readonly<Record<string, string>>;
}

export interface OpenDecoderOptions {
  /** Decoder threads; FFmpeg's library default when omitted. */
  readonly threads?: number;
  /** Hardware decoding (node-av only). Default `false`. */
  readonly hardware?: HardwareDecoding;
}

/** An opened input (file, stream, device): a demuxer. Calls must not overlap. */
export interface MediaInput {
  readonly streams: readonly StreamDescription[];
  /** Duration of the whole input in seconds; 0 when unknown (live). */
  readonly durationSeconds: number;
  /** Reads only this stream from now on; every other stream is discarded by the demuxer. */
  selectOnly(streamIndex: number): void;
  /** Opens a decoder for one stream; throws an `FfmpegError` when FFmpeg has none for its codec. */
  openDecoder(streamIndex: number, options?: OpenDecoderOptions): Promise<VideoDecoder>;
  /** The next packet, or null at the end of the input. */
  readPacket(): Promise<DemuxedPacket | null>;
  /** Closes the input and everything opened from it; idempotent; safe after a failed call. */
  close(): void;
}

/** A decoder for one stream of an input, or for plain encoded packets (`createPacketDecoder`). */
export interface VideoDecoder {
  /** The hardware device decoding, e.g. `cuda`; null when decoding in software. */
  readonly hardware: string | null;
  /** Decodes one packet: the pictures it completes (maybe none). Rejects when the decoder refuses it. */
  decode(packet: DemuxedPacket | EncodedPacket): Promise<VideoFrame[]>;
  /** Drains the pictures the decoder still holds (end of input). */
  flush(): Promise<VideoFrame[]>;
}

/** The frames going into a filter graph. */
export interface FilterInput {
  readonly width: number;
  readonly height: number;
  readonly pixelFormat: string;
  readonly timeBase: Rational;
  readonly sampleAspectRatio?: Rational;
}

export interface FilterGraphOptions {
  readonly input: FilterInput;
  /**
   * FFmpeg filter graph text. The input is labelled `[in]`; outputs `[out0]`, `[out1]`, … in the
   * order of `outputPixelFormats`. Example: `[in]split=2[a][b];[a]format=rgb24[out0];[b]scale=416:234:flags=area,format=bgr24[out1]`.
   */
  readonly spec: string;
  /** The pixel format each output delivers. */
  readonly outputPixelFormats: readonly string[];
}

/** A built filter graph: one frame in, the frames of each output out (index = output number). */
export interface FilterGraph {
  filter(frame: VideoFrame): Promise<VideoFrame[][]>;
}

export interface EncoderOptions {
  /** FFmpeg encoder name: `libx264`, `mjpeg`. */
  readonly codec: string;
  readonly width: number;
  readonly height: number;
  readonly pixelFormat: string;
  readonly timeBase: Rational;
  readonly frameRate?: Rational;
  /** Keyframe interval in frames. */
  readonly gopSize?: number;
  readonly sampleAspectRatio?: Rational;
  /** `tv` (limited) or `pc` (full range, what JPEG wants). */
  readonly colorRange?: 'tv' | 'pc';
  /** e.g. `smpte170m`. */
  readonly colorspace?: string;
  /** SPS/PPS in the container header (extradata) rather than in the stream: MP4 wants it. */
  readonly globalHeader?: boolean;
  /** Fixed quality scale (`qscale`, e.g. 2-31 for MJPEG); sets the QSCALE flag and `global_quality`. */
  readonly qscale?: number;
  /** The encoder's private options (`priv_data`), e.g. `{ preset: 'veryfast', crf: 23, 'x264-params': 'log=-1' }`. */
  readonly options?: Readonly<Record<string, string | number>>;
}

/** An encoder. Opened on the first `encode()` (so `extradata` is known only after it). Calls must not overlap. */
export interface VideoEncoder {
  /** The codec's extradata (H.264 SPS/PPS with `globalHeader`), once open; else null. */
  readonly extradata: Buffer | null;
  /** Encodes frames (their `pts` in the encoder's time base): the packets that are ready. */
  encode(frames: readonly VideoFrame[]): Promise<EncodedPacket[]>;
  /** Drains the encoder (end of stream). */
  flush(): Promise<EncodedPacket[]>;
}

/** The video stream of an output file. */
export interface OutputVideoStream {
  /** `h264`. */
  readonly codec: string;
  readonly width: number;
  readonly height: number;
  readonly pixelFormat: string;
  readonly frameRate: Rational;
  /** Time base asked for (the muxer may choose another; packets are rescaled to it). */
  readonly timeBase: Rational;
  readonly sampleAspectRatio?: Rational;
  readonly extradata: Buffer | null;
}

/** A container file being written: one video stream. */
export interface OutputFile {
  /** Adds the video stream and writes the container header. Once, before any packet. */
  writeHeader(stream: OutputVideoStream): Promise<void>;
  /** Writes one packet whose time stamps are in `timeBase` (rescaled to the stream's), lasting `duration` units of it. */
  writePacket(packet: EncodedPacket, timeBase: Rational, duration: number): Promise<void>;
  /** Writes the trailer and closes the file (it plays afterwards). */
  finish(): Promise<void>;
}

/**
 * Everything rxcv asks of FFmpeg. Errors from FFmpeg are thrown as `FfmpegError`s whose message
 * is FFmpeg's own (without the binding's decoration), so callers classify them the same way
 * whichever backend runs.
 */
export interface FfmpegBackend {
  readonly name: FfmpegBackendName;
  /** The FFmpeg version the binding runs, e.g. `5.1.6`, `7.1`. */
  readonly ffmpegVersion: string;
  /** Whether this FFmpeg has a demuxer of this name (e.g. `v4l2`, `lavfi`). */
  hasInputFormat(name: string): boolean;
  /** Opens an input: a path or URL FFmpeg understands. Rejects with an `FfmpegError`. */
  openInput(url: string, options?: OpenInputOptions): Promise<MediaInput>;
  /** A decoder for encoded packets with no input behind them (a clip's ring of H.264 packets). */
  createPacketDecoder(codec: string, options?: { readonly threads?: number }): VideoDecoder;
  /** A picture made from a packed image (`rgb24`/`bgr24`, `width * 3` bytes a row), copied into FFmpeg memory. */
  frameFromPacked(image: { readonly width: number; readonly height: number; readonly pixelFormat: string; readonly data: Uint8Array }, pts: number): VideoFrame;
  createFilterGraph(options: FilterGraphOptions): Promise<FilterGraph>;
  createEncoder(options: EncoderOptions): VideoEncoder;
  /** Opens a container file for writing (`format`: `mp4`, `mov`, `matroska`). Rejects when the path cannot be written. */
  openOutputFile(path: string, format: string): Promise<OutputFile>;
  /** FFmpeg's log level now (`quiet`, `fatal`, `error`, `warning`, `info`, `verbose`, `debug`). */
  logLevel(): string;
  setLogLevel(level: string): void;
}
