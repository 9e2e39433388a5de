// A container file written by beamcoder's muxer, behind the interface's OutputFile.
import type { Muxer, Stream } from '@rxcv/beamcoder';
import type { BeamcoderModule } from '@rxcv/beamcoder/load';
import type { EncodedPacket, OutputFile, OutputVideoStream, Rational } from '../backend.js';
import { ffmpegCall } from './beamcoder-error.js';

/** `value` in time base `from` to time base `to`, rounded to the nearest tick (av_rescale_q). */
function rescale(value: number, from: Rational, to: Rational): number {
  return Math.round((value * from[0] * to[1]) / (from[1] * to[0]));
}

/** Opens `path` for writing (`file:` protocol only): rejects at once when it cannot be written. */
export async function openBeamcoderOutputFile(beamcoder: BeamcoderModule, path: string, format: string): Promise<OutputFile> {
  const muxer = await ffmpegCall(() => beamcoder.muxer({ format_name: format }));
  await ffmpegCall(() => muxer.openIO({ url: `file:${path}` }));
  return new BeamcoderOutputFile(beamcoder, muxer);
}

class BeamcoderOutputFile implements OutputFile {
  private stream: Stream | undefined;

  constructor(
    private readonly beamcoder: BeamcoderModule,
    private readonly muxer: Muxer,
  ) {}

  async writeHeader(video: OutputVideoStream): Promise<void> {
    if (this.stream !== undefined) throw new Error('the header of this file was written already');
    const stream = this.muxer.newStream({ name: video.codec, time_base: [...video.timeBase], interleaved: true });
    const aspect = video.sampleAspectRatio ? [...video.sampleAspectRatio] : [1, 1];
    Object.assign(stream.codecpar, { width: video.width, height: video.height, format: video.pixelFormat, sample_aspect_ratio: aspect });
    if (video.extradata !== null) stream.codecpar.extradata = video.extradata;
    stream.avg_frame_rate = [...video.frameRate];
    stream.r_frame_rate = [...video.frameRate];
    await ffmpegCall(() => this.muxer.writeHeader());
    this.stream = stream;
  }

  async writePacket(packet: EncodedPacket, timeBase: Rational, duration: number): Promise<void> {
    const stream = this.stream;
    if (stream === undefined) throw new Error('writeHeader() must come before the first packet');
    // The muxer may have chosen its own time base in writeHeader().
    const to = stream.time_base as unknown as Rational;
    const raw = this.beamcoder.packet({
      data: packet.data,
      size: packet.data.length,
      stream_index: stream.index,
      pts: rescale(packet.pts, timeBase, to),
      dts: rescale(packet.dts, timeBase, to),
      duration: rescale(duration, timeBase, to),
      flags: { KEY: packet.key },
    });
    await ffmpegCall(() => this.muxer.writeFrame(raw));
  }

  async finish(): Promise<void> {
    await ffmpegCall(() => this.muxer.writeTrailer());
  }
}
