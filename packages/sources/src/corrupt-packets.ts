// Which packets of an input count as corrupt: the demuxer's CORRUPT flag is a suspicion, the
// decoder's refusal or a damaged picture is proof.

/** Clean packets after a CORRUPT-flagged one that clear it (more than a decoder's reordering delay). */
const CLEAN_PACKETS_TO_CLEAR = 8;

/**
 * Counts the corrupt packets of one input, for `VideoReader`'s stats and its SOURCE_DECODE_FAILED
 * message. A flag alone is not damage (MPEG-TS flags the packet at a splice of two files, whose
 * continuity counters jump, though it decodes cleanly): a flagged packet counts when the decoder
 * rejects it or outputs a damaged picture soon after, or when nothing follows it (a file cut
 * mid-packet). Packets the decoder refuses always count.
 */
export class CorruptPackets {
  /** Packets known to be incomplete or undecodable. */
  count = 0;
  /** Seconds into the input of the first one, when it had a time stamp. */
  firstTime: number | null = null;
  /** What the decoder said when it first refused a packet. */
  firstRejection: { readonly message: string; readonly error: unknown } | null = null;
  /** Time stamps of flagged packets not yet proven damaged. */
  private suspects: Array<number | null> = [];
  /** Packets decoded cleanly since the first suspect. */
  private cleanSinceSuspect = 0;

  /** @param timeBase seconds per unit of the stream's time stamps */
  constructor(private readonly timeBase: number) {}

  /** A packet is about to be decoded; `flagged`: the demuxer marked it CORRUPT. */
  reading(pts: number | null, flagged: boolean): void {
    if (flagged) this.suspects.push(pts);
  }

  /** The decoder took the packet; `damaged`: a picture it gave back is marked damaged. */
  decoded(flagged: boolean, damaged: boolean): void {
    if (damaged) this.confirmSuspects();
    else if (!flagged && this.suspects.length > 0 && ++this.cleanSinceSuspect >= CLEAN_PACKETS_TO_CLEAR) {
      this.suspects = [];
      this.cleanSinceSuspect = 0;
    }
  }

  /** The decoder refused the packet (`message`: FFmpeg's words). */
  rejected(pts: number | null, flagged: boolean, message: string, error: unknown): void {
    if (flagged) this.suspects.pop();
    this.confirmSuspects();
    this.note(pts);
    this.firstRejection ??= { message, error };
  }

  /** End of input: a flagged packet with no clean one after it means the file was cut in it. */
  ended(): void {
    if (this.cleanSinceSuspect === 0) this.confirmSuspects();
  }

  /** Flagged packets whose damage is now certain count as corrupt. */
  private confirmSuspects(): void {
    for (const pts of this.suspects) this.note(pts);
    this.suspects = [];
    this.cleanSinceSuspect = 0;
  }

  private note(pts: number | null): void {
    this.count += 1;
    if (this.firstTime === null && typeof pts === 'number') this.firstTime = pts * this.timeBase;
  }
}
