// An opened input (file, stream, device) on node-av's FormatContext: streams, packets, decoders.
import {
  AVDISCARD_ALL,
  AVDISCARD_DEFAULT,
  AVERROR_DECODER_NOT_FOUND,
  AVERROR_EOF,
  AV_DISPOSITION_ATTACHED_PIC,
  AV_NOPTS_VALUE,
} from 'node-av/constants';
import { Codec, CodecContext, Dictionary, FormatContext, InputFormat, Packet, avGetCodecName, avGetMediaTypeString } from 'node-av/lib';
import type { Stream } from 'node-av/lib';
import type { DemuxedPacket, MediaInput, OpenDecoderOptions, OpenInputOptions, StreamDescription, VideoDecoder } from '../backend.js';
import { FfmpegError } from '../ffmpeg-error.js';
import { check, ffmpegErrorFromCode } from './node-av-error.js';
import { NodeAvVideoDecoder } from './node-av-decoder.js';
import { openHardware } from './node-av-hardware.js';
import { NodeAvDemuxedPacket } from './node-av-packet.js';
import { rationalFrom, timestampFrom } from './node-av-values.js';

/** Opens `url` (avformat_open_input + avformat_find_stream_info); rejects with FFmpeg's message. */
export async function openNodeAvInput(url: string, options: OpenInputOptions = {}): Promise<MediaInput> {
  let format: InputFormat | null = null;
  if (options.inputFormat !== undefined) {
    format = InputFormat.findInputFormat(options.inputFormat);
    if (format === null) throw new FfmpegError(`Unknown input format: '${options.inputFormat}'`);
  }
  const context = new FormatContext();
  context.allocContext();
  const dictionary = options.options === undefined ? null : Dictionary.fromObject({ ...options.options });
  try {
    check(await context.openInput(url, format, dictionary));
    check(await context.findStreamInfo(null));
  } catch (error) {
    context.freeContext();
    throw error;
  } finally {
    dictionary?.free();
  }
  return new NodeAvMediaInput(context);
}

class NodeAvMediaInput implements MediaInput {
  readonly streams: readonly StreamDescription[];
  readonly durationSeconds: number;
  #context: FormatContext | null;
  readonly #decoders = new Set<NodeAvVideoDecoder>();
  /** The read in flight: close() interrupts it and frees the context only once it has returned. */
  #pending: Promise<unknown> | null = null;
  /** The stream `selectOnly` chose; null reads every stream. */
  #selected: number | null = null;

  constructor(context: FormatContext) {
    this.#context = context;
    this.streams = context.streams.map(describeStream);
    const duration = context.duration;
    this.durationSeconds = duration === AV_NOPTS_VALUE || duration <= 0n ? 0 : Number(duration) / 1_000_000;
  }

  selectOnly(streamIndex: number): void {
    const context = this.#open();
    this.#stream(context, streamIndex);
    for (const stream of context.streams) stream.discard = stream.index === streamIndex ? AVDISCARD_DEFAULT : AVDISCARD_ALL;
    this.#selected = streamIndex;
  }

  async openDecoder(streamIndex: number, options: OpenDecoderOptions = {}): Promise<VideoDecoder> {
    const stream = this.#stream(this.#open(), streamIndex);
    const parameters = stream.codecpar;
    const codec = Codec.findDecoder(parameters.codecId);
    if (codec === null) throw ffmpegErrorFromCode(AVERROR_DECODER_NOT_FOUND);
    const hardware = openHardware(options.hardware, parameters.codecId, avGetCodecName(parameters.codecId) ?? 'this codec');
    const context = new CodecContext();
    context.allocContext3(codec);
    try {
      check(context.parametersToContext(parameters));
      context.pktTimebase = stream.timeBase;
      if (options.threads !== undefined) context.threadCount = options.threads;
      if (hardware !== null) {
        context.hwDeviceCtx = hardware.deviceContext;
        context.setHardwarePixelFormat(hardware.devicePixelFormat);
      }
      check(await context.open2(codec, null));
    } catch (error) {
      context.freeContext();
      hardware?.dispose();
      throw error;
    }
    const decoder = new NodeAvVideoDecoder(context, hardware);
    this.#decoders.add(decoder);
    return decoder;
  }

  async readPacket(): Promise<DemuxedPacket | null> {
    for (;;) {
      const packet = await this.#readOne();
      // Packets avformat_find_stream_info buffered before selectOnly come through the discard; drop them here.
      if (packet === null || this.#selected === null || packet.streamIndex === this.#selected) return packet;
      packet.release();
    }
  }

  async #readOne(): Promise<NodeAvDemuxedPacket | null> {
    const context = this.#open();
    const packet = new Packet();
    packet.alloc();
    const reading = context.readFrame(packet);
    this.#pending = reading;
    let code: number;
    try {
      code = await reading;
    } finally {
      this.#pending = null;
    }
    if (this.#context === null) {
      packet.free();
      throw new FfmpegError('the input was closed');
    }
    if (code === AVERROR_EOF) {
      packet.free();
      return null;
    }
    if (code < 0) {
      packet.free();
      throw ffmpegErrorFromCode(code);
    }
    return new NodeAvDemuxedPacket(packet);
  }

  close(): void {
    const context = this.#context;
    if (context === null) return;
    this.#context = null;
    for (const decoder of this.#decoders) decoder.close();
    this.#decoders.clear();
    const free = (): void => {
      context.closeInputSync();
      context.freeContext();
    };
    if (this.#pending === null) {
      free();
      return;
    }
    // A read still runs on FFmpeg's side: make it return, then free what it used.
    context.interrupt();
    this.#pending.then(free, free);
  }

  #open(): FormatContext {
    if (this.#context === null) throw new FfmpegError('the input is closed');
    return this.#context;
  }

  #stream(context: FormatContext, index: number): Stream {
    const stream = context.streams[index];
    if (stream === undefined) throw new FfmpegError(`the input has no stream ${index} (it has ${context.nbStreams})`);
    return stream;
  }
}

function describeStream(stream: Stream): StreamDescription {
  const parameters = stream.codecpar;
  const codecName = avGetCodecName(parameters.codecId);
  const duration = timestampFrom(stream.duration);
  return {
    index: stream.index,
    type: avGetMediaTypeString(parameters.codecType) ?? 'unknown',
    codecName: codecName === null || codecName === 'none' ? 'unknown' : codecName,
    width: parameters.width,
    height: parameters.height,
    timeBase: rationalFrom(stream.timeBase),
    averageFrameRate: rationalFrom(stream.avgFrameRate),
    realFrameRate: rationalFrom(stream.rFrameRate),
    frameCount: Number(stream.nbFrames),
    duration: duration === null || duration < 0 ? 0 : duration,
    attachedPicture: stream.hasDisposition(AV_DISPOSITION_ATTACHED_PIC),
  };
}
