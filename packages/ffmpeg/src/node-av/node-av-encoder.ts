// A video encoder on node-av's CodecContext (libx264 for MP4, mjpeg for JPEG), opened on first use.
import {
  AVCOL_RANGE_JPEG,
  AVCOL_RANGE_MPEG,
  AVERROR_EAGAIN,
  AVERROR_ENCODER_NOT_FOUND,
  AVERROR_EOF,
  AV_CODEC_FLAG_GLOBAL_HEADER,
  AV_CODEC_FLAG_QSCALE,
  FF_QP2LAMBDA,
} from 'node-av/constants';
import { Codec, CodecContext, Dictionary, Packet } from 'node-av/lib';
import type { EncodedPacket, EncoderOptions, VideoEncoder, VideoFrame } from '../backend.js';
import { FfmpegError } from '../ffmpeg-error.js';
import { check, ffmpegErrorFromCode } from './node-av-error.js';
import { NodeAvVideoFrame } from './node-av-frame.js';
import { pixelFormatFromName, rationalTo } from './node-av-values.js';

export function createNodeAvEncoder(options: EncoderOptions): VideoEncoder {
  const codec = Codec.findEncoderByName(options.codec as never);
  if (codec === null) throw ffmpegErrorFromCode(AVERROR_ENCODER_NOT_FOUND);
  const context = new CodecContext();
  context.allocContext3(codec);
  context.width = options.width;
  context.height = options.height;
  context.pixelFormat = pixelFormatFromName(options.pixelFormat);
  context.timeBase = rationalTo(options.timeBase);
  if (options.frameRate !== undefined) context.framerate = rationalTo(options.frameRate);
  if (options.gopSize !== undefined) context.gopSize = options.gopSize;
  if (options.sampleAspectRatio !== undefined) context.sampleAspectRatio = rationalTo(options.sampleAspectRatio);
  if (options.colorRange !== undefined) context.colorRange = options.colorRange === 'pc' ? AVCOL_RANGE_JPEG : AVCOL_RANGE_MPEG;
  // By name through AVOptions ("colorspace" is an option of every codec context), as FFmpeg's CLI does.
  if (options.colorspace !== undefined) check(context.setOption('colorspace', options.colorspace));
  if (options.globalHeader === true) context.setFlags(AV_CODEC_FLAG_GLOBAL_HEADER);
  if (options.qscale !== undefined) {
    context.setFlags(AV_CODEC_FLAG_QSCALE);
    context.globalQuality = Math.round(FF_QP2LAMBDA * options.qscale);
  }
  return new NodeAvVideoEncoder(codec, context, options.options ?? {});
}

class NodeAvVideoEncoder implements VideoEncoder {
  readonly #codec: Codec;
  readonly #context: CodecContext;
  readonly #privateOptions: Readonly<Record<string, string | number>>;
  #opened = false;

  constructor(codec: Codec, context: CodecContext, privateOptions: Readonly<Record<string, string | number>>) {
    this.#codec = codec;
    this.#context = context;
    this.#privateOptions = privateOptions;
  }

  get extradata(): Buffer | null {
    return this.#opened ? this.#context.extraData : null;
  }

  async encode(frames: readonly VideoFrame[]): Promise<EncodedPacket[]> {
    await this.#open();
    const packets: EncodedPacket[] = [];
    for (const frame of frames) {
      if (!(frame instanceof NodeAvVideoFrame)) throw new FfmpegError('encode() takes frames made by this backend');
      const native = frame.native;
      // With a fixed quality scale the encoder reads each picture's quality, as FFmpeg's CLI sets it.
      if (this.#context.hasFlags(AV_CODEC_FLAG_QSCALE)) native.quality = this.#context.globalQuality;
      check(await this.#context.sendFrame(native));
      await this.#receiveAll(packets);
    }
    return packets;
  }

  async flush(): Promise<EncodedPacket[]> {
    if (!this.#opened) return [];
    const code = await this.#context.sendFrame(null);
    if (code < 0 && code !== AVERROR_EOF) throw ffmpegErrorFromCode(code);
    const packets: EncodedPacket[] = [];
    await this.#receiveAll(packets);
    return packets;
  }

  async #open(): Promise<void> {
    if (this.#opened) return;
    const dictionary = Dictionary.fromObject({ ...this.#privateOptions });
    try {
      check(await this.#context.open2(this.#codec, dictionary));
    } finally {
      dictionary.free();
    }
    this.#opened = true;
  }

  async #receiveAll(packets: EncodedPacket[]): Promise<void> {
    const packet = new Packet();
    packet.alloc();
    try {
      for (;;) {
        const code = await this.#context.receivePacket(packet);
        if (code === AVERROR_EAGAIN || code === AVERROR_EOF) return;
        if (code < 0) throw ffmpegErrorFromCode(code);
        packets.push({
          data: Buffer.from(packet.data ?? Buffer.alloc(0)),
          pts: Number(packet.pts),
          dts: Number(packet.dts),
          key: packet.isKeyframe,
        });
        packet.unref();
      }
    } finally {
      packet.free();
    }
  }
}
