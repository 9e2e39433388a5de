// A packet read from an input, holding node-av's AVPacket until a decoder consumes it.
import { AV_PKT_FLAG_CORRUPT } from 'node-av/constants';
import type { Packet } from 'node-av/lib';
import type { DemuxedPacket } from '../backend.js';
import { timestampFrom } from './node-av-values.js';

export class NodeAvDemuxedPacket implements DemuxedPacket {
  readonly streamIndex: number;
  readonly pts: number | null;
  readonly corrupt: boolean;
  #packet: Packet | null;

  constructor(packet: Packet) {
    this.#packet = packet;
    this.streamIndex = packet.streamIndex;
    this.pts = timestampFrom(packet.pts);
    this.corrupt = packet.hasFlags(AV_PKT_FLAG_CORRUPT);
  }

  /** The AVPacket, or null once it was decoded (its data then went back to FFmpeg). */
  get native(): Packet | null {
    return this.#packet;
  }

  /** Frees the AVPacket now (after decoding) rather than when the collector finds it. */
  release(): void {
    this.#packet?.free();
    this.#packet = null;
  }
}
