// An input opened by beamcoder's demuxer, behind the interface's MediaInput.
import type { Demuxer, Stream } from '@rxcv/beamcoder';
import type { BeamcoderModule } from '@rxcv/beamcoder/load';
import type { DemuxedPacket, MediaInput, OpenDecoderOptions, Rational, StreamDescription, VideoDecoder } from '../backend.js';
import { FfmpegBackendError } from '../ffmpeg-error.js';
import { ffmpegCall, ffmpegCallSync } from './beamcoder-error.js';
import { BeamcoderDecoder } from './beamcoder-decoder.js';
import { BeamcoderDemuxedPacket } from './beamcoder-packet.js';

function rational(value: number[] | undefined): Rational {
  return value && value.length >= 2 ? [value[0], value[1]] : [0, 1];
}

function describe(stream: Stream): StreamDescription {
  return {
    index: stream.index,
    type: stream.codecpar.codec_type ?? 'unknown',
    codecName: stream.codecpar.name ?? 'unknown',
    width: stream.codecpar.width ?? 0,
    height: stream.codecpar.height ?? 0,
    timeBase: rational(stream.time_base),
    averageFrameRate: rational(stream.avg_frame_rate),
    realFrameRate: rational(stream.r_frame_rate),
    frameCount: stream.nb_frames > 0 ? stream.nb_frames : 0,
    duration: typeof stream.duration === 'number' && stream.duration > 0 ? stream.duration : 0,
    attachedPicture: stream.disposition?.ATTACHED_PIC === true,
  };
}

/**
 * The demuxer of one input. `close()` closes it at once (`forceClose`), also while no call is in
 * flight; the reader in @rxcv/sources makes sure no call is.
 */
export class BeamcoderInput implements MediaInput {
  readonly streams: readonly StreamDescription[];
  readonly durationSeconds: number;
  private closed = false;
  /** The one stream read (`selectOnly`); null: all. */
  private selected: number | null = null;

  constructor(
    private readonly beamcoder: BeamcoderModule,
    private readonly demuxer: Demuxer,
  ) {
    this.streams = demuxer.streams.map(describe);
    // The container's duration is in AV_TIME_BASE units (µs).
    this.durationSeconds = demuxer.duration > 0 ? demuxer.duration / 1e6 : 0;
  }

  selectOnly(streamIndex: number): void {
    this.selected = streamIndex;
    for (const stream of this.demuxer.streams) if (stream.index !== streamIndex) stream.discard = 'all';
  }

  async openDecoder(streamIndex: number, options: OpenDecoderOptions = {}): Promise<VideoDecoder> {
    const hardware = options.hardware ?? false;
    if (hardware !== false && hardware !== 'auto') {
      throw new FfmpegBackendError(
        'HARDWARE_DECODING_UNAVAILABLE',
        `hardware decoding with ${hardware} was asked for: beamcoder has no hardware decoding; use node-av (ffmpeg: 'node-av')`,
      );
    }
    const decoder = ffmpegCallSync(() =>
      this.beamcoder.decoder({
        demuxer: this.demuxer,
        stream_index: streamIndex,
        ...(options.threads ? { thread_count: options.threads } : {}),
      }),
    );
    return new BeamcoderDecoder(this.beamcoder, decoder);
  }

  async readPacket(): Promise<DemuxedPacket | null> {
    for (;;) {
      const packet = await ffmpegCall(() => this.demuxer.read());
      if (packet === null) return null;
      // Packets of other streams read while probing the input come out despite `discard`.
      if (this.selected === null || packet.stream_index === this.selected) return new BeamcoderDemuxedPacket(packet);
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.demuxer.forceClose();
  }
}
