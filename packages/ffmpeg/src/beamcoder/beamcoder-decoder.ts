// A beamcoder decoder behind the interface's VideoDecoder.
import type { Decoder, Packet } from '@rxcv/beamcoder';
import type { BeamcoderModule } from '@rxcv/beamcoder/load';
import type { DemuxedPacket, EncodedPacket, VideoDecoder, VideoFrame } from '../backend.js';
import { ffmpegCall } from './beamcoder-error.js';
import { BeamcoderVideoFrame } from './beamcoder-frame.js';
import { BeamcoderDemuxedPacket } from './beamcoder-packet.js';

/** Decodes in software: beamcoder has no hardware decoding. */
export class BeamcoderDecoder implements VideoDecoder {
  readonly hardware = null;

  constructor(
    private readonly beamcoder: BeamcoderModule,
    private readonly decoder: Decoder,
  ) {}

  async decode(packet: DemuxedPacket | EncodedPacket): Promise<VideoFrame[]> {
    const raw = this.packetOf(packet);
    const { frames } = await ffmpegCall(() => this.decoder.decode(raw));
    return frames.map((frame) => new BeamcoderVideoFrame(frame));
  }

  async flush(): Promise<VideoFrame[]> {
    const { frames } = await ffmpegCall(() => this.decoder.flush());
    return frames.map((frame) => new BeamcoderVideoFrame(frame));
  }

  private packetOf(packet: DemuxedPacket | EncodedPacket): Packet {
    if (packet instanceof BeamcoderDemuxedPacket) return packet.raw;
    if ('data' in packet) {
      return this.beamcoder.packet({ data: packet.data, size: packet.data.length, pts: packet.pts, dts: packet.dts, flags: { KEY: packet.key } });
    }
    throw new TypeError('a packet of another FFmpeg backend was given to the beamcoder backend');
  }
}
