// Packets read by beamcoder's demuxer, as the interface's DemuxedPacket handles.
import type { Packet } from '@rxcv/beamcoder';
import type { DemuxedPacket } from '../backend.js';

const NO_PTS = -9223372036854775808;

/** A demuxed beamcoder packet; `raw` goes to the decoder as it is (no copy). */
export class BeamcoderDemuxedPacket implements DemuxedPacket {
  constructor(readonly raw: Packet) {}

  get streamIndex(): number {
    return this.raw.stream_index;
  }

  get pts(): number | null {
    const pts = this.raw.pts;
    return typeof pts === 'number' && Number.isFinite(pts) && pts !== NO_PTS ? pts : null;
  }

  get corrupt(): boolean {
    return this.raw.flags?.CORRUPT === true;
  }
}
