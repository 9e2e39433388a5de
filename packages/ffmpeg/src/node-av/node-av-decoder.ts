// A video decoder on node-av's CodecContext: packets in, pictures out (software or hardware).
import { AVERROR_DECODER_NOT_FOUND, AVERROR_EAGAIN, AVERROR_EOF } from 'node-av/constants';
import { Codec, CodecContext, Frame, Packet } from 'node-av/lib';
import type { HardwareContext } from 'node-av/api';
import type { DemuxedPacket, EncodedPacket, VideoDecoder, VideoFrame } from '../backend.js';
import { FfmpegError } from '../ffmpeg-error.js';
import { check, ffmpegErrorFromCode } from './node-av-error.js';
import { NodeAvVideoFrame } from './node-av-frame.js';
import { NodeAvDemuxedPacket } from './node-av-packet.js';

export class NodeAvVideoDecoder implements VideoDecoder {
  readonly hardware: string | null;
  #context: CodecContext | null;
  #hardwareContext: HardwareContext | null;

  /** Takes an opened context; `hardwareContext` is the device it decodes on, if any. */
  constructor(context: CodecContext, hardwareContext: HardwareContext | null) {
    this.#context = context;
    this.#hardwareContext = hardwareContext;
    this.hardware = hardwareContext?.deviceTypeName ?? null;
  }

  async decode(packet: DemuxedPacket | EncodedPacket): Promise<VideoFrame[]> {
    const context = this.#open();
    if (packet instanceof NodeAvDemuxedPacket) {
      const native = packet.native;
      if (native === null) throw new FfmpegError('the packet was already decoded');
      try {
        return await this.#send(context, native);
      } finally {
        packet.release();
      }
    }
    if ('data' in packet) {
      const native = encodedPacket(packet);
      try {
        return await this.#send(context, native);
      } finally {
        native.free();
      }
    }
    throw new FfmpegError('decode() takes packets read by this backend or encoded packets');
  }

  async flush(): Promise<VideoFrame[]> {
    const context = this.#open();
    const code = await context.sendPacket(null);
    // A second flush finds the decoder already drained.
    if (code < 0 && code !== AVERROR_EOF) throw ffmpegErrorFromCode(code);
    return this.#receiveAll(context);
  }

  /** Frees the decoder (and its device) now; the input closing it calls this. */
  close(): void {
    this.#context?.freeContext();
    this.#context = null;
    this.#hardwareContext?.dispose();
    this.#hardwareContext = null;
  }

  #open(): CodecContext {
    if (this.#context === null) throw new FfmpegError('the decoder is closed');
    return this.#context;
  }

  async #send(context: CodecContext, packet: Packet): Promise<VideoFrame[]> {
    check(await context.sendPacket(packet));
    return this.#receiveAll(context);
  }

  async #receiveAll(context: CodecContext): Promise<VideoFrame[]> {
    const frames: VideoFrame[] = [];
    try {
      for (;;) {
        const frame = new Frame();
        frame.alloc();
        const code = await context.receiveFrame(frame);
        if (code === AVERROR_EAGAIN || code === AVERROR_EOF) {
          frame.free();
          return frames;
        }
        if (code < 0) {
          frame.free();
          throw ffmpegErrorFromCode(code);
        }
        frames.push(new NodeAvVideoFrame(frame.isHwFrame() ? await toSoftware(frame) : frame));
      }
    } catch (error) {
      for (const frame of frames) frame.release();
      throw error;
    }
  }
}

/** Copies a picture out of GPU memory (the `hardware` decoders' output) and frees the GPU one. */
async function toSoftware(hardwareFrame: Frame): Promise<Frame> {
  const frame = new Frame();
  frame.alloc();
  try {
    check(await hardwareFrame.hwframeTransferData(frame, 0));
    check(frame.copyProps(hardwareFrame));
    return frame;
  } catch (error) {
    frame.free();
    throw error;
  } finally {
    hardwareFrame.free();
  }
}

/** An AVPacket holding a copy of an encoded packet. */
function encodedPacket(packet: EncodedPacket): Packet {
  const native = new Packet();
  native.alloc();
  native.data = Buffer.from(packet.data);
  native.pts = BigInt(packet.pts);
  native.dts = BigInt(packet.dts);
  native.isKeyframe = packet.key;
  return native;
}

/** A software decoder for packets with no input behind them (`createPacketDecoder`). */
export function createPacketDecoder(codecName: string, options?: { readonly threads?: number }): NodeAvVideoDecoder {
  const codec = Codec.findDecoderByName(codecName as never);
  if (codec === null) throw ffmpegErrorFromCode(AVERROR_DECODER_NOT_FOUND);
  const context = new CodecContext();
  context.allocContext3(codec);
  if (options?.threads !== undefined) context.threadCount = options.threads;
  try {
    check(context.open2Sync(codec, null));
  } catch (error) {
    context.freeContext();
    throw error;
  }
  return new NodeAvVideoDecoder(context, null);
}
