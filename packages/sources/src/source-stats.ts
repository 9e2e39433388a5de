/** Counters of one source, for watchdogs and benchmarks. */
export interface SourceStats {
  /** Times the input was opened (subscriptions for files, connections for streams). */
  readonly opens: number;
  /** Frames that came out of FFmpeg's decoder, over all opens. */
  readonly framesDecoded: number;
  /** Frames handed to subscribers (the last frame id). */
  readonly framesEmitted: number;
  /** Incomplete or undecodable packets met. */
  readonly corruptPackets: number;
  /** Time FFmpeg took to decode and convert the last frame, ms (waiting for input excluded); null before the first. */
  readonly lastDecodeMs: number | null;
}
