// A container file being written (mp4, mov, matroska) with one video stream, on node-av's FormatContext.
import { AVFMT_NOFILE, AVMEDIA_TYPE_VIDEO } from 'node-av/constants';
import { Codec, FormatContext, Packet } from 'node-av/lib';
import type { Stream } from 'node-av/lib';
import type { EncodedPacket, OutputFile, OutputVideoStream, Rational } from '../backend.js';
import { FfmpegError } from '../ffmpeg-error.js';
import { check } from './node-av-error.js';
import { pixelFormatFromName, rationalTo } from './node-av-values.js';

/** Opens `path` for writing now, so a path that cannot be written rejects here, not at the first packet. */
export async function openNodeAvOutputFile(path: string, format: string): Promise<OutputFile> {
  const context = new FormatContext();
  try {
    check(context.allocOutputContext2(null, format, path));
  } catch (error) {
    context.freeContext();
    throw error;
  }
  const needsFile = ((context.oformat?.flags ?? 0) & AVFMT_NOFILE) === 0;
  if (needsFile) {
    try {
      check(await context.openOutput());
    } catch (error) {
      context.freeContext();
      throw error;
    }
  }
  return new NodeAvOutputFile(context, needsFile);
}

class NodeAvOutputFile implements OutputFile {
  readonly #context: FormatContext;
  readonly #ownsFile: boolean;
  #stream: Stream | null = null;
  #finished = false;

  constructor(context: FormatContext, ownsFile: boolean) {
    this.#context = context;
    this.#ownsFile = ownsFile;
  }

  async writeHeader(description: OutputVideoStream): Promise<void> {
    if (this.#stream !== null) throw new FfmpegError('the header was already written');
    const codec = Codec.findDecoderByName(description.codec as never) ?? Codec.findEncoderByName(description.codec as never);
    if (codec === null) throw new FfmpegError(`Unknown codec ${description.codec}`);
    const stream = this.#context.newStream(null);
    const parameters = stream.codecpar;
    parameters.codecType = AVMEDIA_TYPE_VIDEO;
    parameters.codecId = codec.id;
    parameters.width = description.width;
    parameters.height = description.height;
    parameters.format = pixelFormatFromName(description.pixelFormat);
    if (description.sampleAspectRatio !== undefined) {
      parameters.sampleAspectRatio = rationalTo(description.sampleAspectRatio);
      stream.sampleAspectRatio = rationalTo(description.sampleAspectRatio);
    }
    if (description.extradata !== null) parameters.extradata = Buffer.from(description.extradata);
    stream.timeBase = rationalTo(description.timeBase);
    stream.avgFrameRate = rationalTo(description.frameRate);
    stream.rFrameRate = rationalTo(description.frameRate);
    check(await this.#context.writeHeader(null));
    // The muxer may have chosen its own time base (MP4: 1/12800 for 25 fps); packets follow it.
    this.#stream = stream;
  }

  async writePacket(packet: EncodedPacket, timeBase: Rational, duration: number): Promise<void> {
    const stream = this.#stream;
    if (stream === null) throw new FfmpegError('writeHeader() must come before writePacket()');
    const native = new Packet();
    native.alloc();
    try {
      native.data = Buffer.from(packet.data);
      native.pts = BigInt(packet.pts);
      native.dts = BigInt(packet.dts);
      native.duration = BigInt(duration);
      native.isKeyframe = packet.key;
      native.streamIndex = stream.index;
      native.rescaleTs(rationalTo(timeBase), stream.timeBase);
      check(await this.#context.interleavedWriteFrame(native));
    } finally {
      native.free();
    }
  }

  async finish(): Promise<void> {
    if (this.#finished) return;
    this.#finished = true;
    try {
      if (this.#stream !== null) check(await this.#context.writeTrailer());
    } finally {
      if (this.#ownsFile) await this.#context.closeOutput();
      this.#context.freeContext();
    }
  }
}
