import type { SourceStats } from './source-stats.js';
import type { VideoReader } from './video-reader.js';

/** Sums the counters of every reader a source has opened, the open ones and the closed ones. */
export class ReaderStats {
  private opens = 0;
  private closedDecoded = 0;
  private closedCorrupt = 0;
  private lastDecodeMs: number | null = null;
  private readonly active = new Set<VideoReader>();

  opened(reader: VideoReader): void {
    this.opens += 1;
    this.active.add(reader);
  }

  /** Records the reader's timing after a frame. */
  frameRead(reader: VideoReader): void {
    this.lastDecodeMs = reader.lastDecodeMs;
  }

  closed(reader: VideoReader): void {
    if (!this.active.delete(reader)) return;
    this.closedDecoded += reader.framesDecoded;
    this.closedCorrupt += reader.corruptPackets;
  }

  snapshot(framesEmitted: number): SourceStats {
    let framesDecoded = this.closedDecoded;
    let corruptPackets = this.closedCorrupt;
    for (const reader of this.active) {
      framesDecoded += reader.framesDecoded;
      corruptPackets += reader.corruptPackets;
    }
    return { opens: this.opens, framesDecoded, framesEmitted, corruptPackets, lastDecodeMs: this.lastDecodeMs };
  }
}
