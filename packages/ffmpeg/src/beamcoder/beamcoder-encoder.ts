// A beamcoder encoder behind the interface's VideoEncoder.
import type { Encoder, Packet } from '@rxcv/beamcoder';
import type { BeamcoderModule } from '@rxcv/beamcoder/load';
import type { EncodedPacket, EncoderOptions, VideoEncoder, VideoFrame } from '../backend.js';
import { ffmpegCall, ffmpegCallSync } from './beamcoder-error.js';
import { rawFrame } from './beamcoder-frame.js';

/** FFmpeg's FF_QP2LAMBDA: `global_quality` is a qscale in lambda units. */
const QP_TO_LAMBDA = 118;

export function createBeamcoderEncoder(beamcoder: BeamcoderModule, options: EncoderOptions): VideoEncoder {
  const flags: Record<string, boolean> = {};
  if (options.globalHeader) flags.GLOBAL_HEADER = true;
  if (options.qscale !== undefined) flags.QSCALE = true;
  const encoder = ffmpegCallSync(() =>
    beamcoder.encoder({
      name: options.codec,
      width: options.width,
      height: options.height,
      pix_fmt: options.pixelFormat,
      time_base: [...options.timeBase],
      ...(options.frameRate ? { framerate: [...options.frameRate] } : {}),
      ...(options.gopSize !== undefined ? { gop_size: options.gopSize } : {}),
      ...(options.sampleAspectRatio ? { sample_aspect_ratio: [...options.sampleAspectRatio] } : {}),
      ...(options.colorRange ? { color_range: options.colorRange } : {}),
      ...(options.colorspace ? { colorspace: options.colorspace } : {}),
      ...(Object.keys(flags).length > 0 ? { flags } : {}),
      ...(options.qscale !== undefined ? { global_quality: options.qscale * QP_TO_LAMBDA } : {}),
      ...(options.options ? { priv_data: { ...options.options } } : {}),
    } as { name: string; [key: string]: unknown }),
  );
  return new BeamcoderEncoder(encoder, options.qscale === undefined ? null : options.qscale * QP_TO_LAMBDA);
}

/** Packets copied out of FFmpeg (compact JavaScript buffers; the AVPackets are freed). */
function copied(packets: readonly Packet[]): EncodedPacket[] {
  // `data` may be longer than the packet (FFmpeg's input padding): only `size` bytes are the packet.
  return packets.map((packet) => ({ data: Buffer.from(packet.data.subarray(0, packet.size)), pts: packet.pts, dts: packet.dts, key: packet.flags?.KEY === true }));
}

class BeamcoderEncoder implements VideoEncoder {
  constructor(
    private readonly encoder: Encoder,
    /** The fixed quality (lambda) of every picture, with `qscale`; null otherwise. */
    private readonly quality: number | null,
  ) {}

  /** beamcoder opens the encoder on the first `encode()`: only then is this known. */
  get extradata(): Buffer | null {
    return this.encoder.extradata ?? null;
  }

  async encode(frames: readonly VideoFrame[]): Promise<EncodedPacket[]> {
    const raw = frames.map(rawFrame);
    // With the QSCALE flag, FFmpeg's encoders take each picture's own `quality` (the ffmpeg CLI
    // copies `global_quality` into every frame); left at 0, `qscale` had no effect.
    if (this.quality !== null) for (const frame of raw) frame.quality = this.quality;
    const { packets } = await ffmpegCall(() => this.encoder.encode(raw));
    return copied(packets);
  }

  async flush(): Promise<EncodedPacket[]> {
    const { packets } = await ffmpegCall(() => this.encoder.flush());
    return copied(packets);
  }
}
