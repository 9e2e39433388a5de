/**
 * Counts what the outputs lost during a CLI run (SINK_ERROR status events), so that the run can
 * end with a summary and a non-zero exit code instead of "done" after every write failed.
 */
import type { StatusEvent } from '@rxcv/core';

/** The first few messages are printed as they happen; the rest are only counted. */
const PRINTED = 3;

export class SinkFailures {
  /** Frames at least one output could not take. */
  framesLost = 0;
  /** Closing (finalising) an output failed. */
  closeFailed = false;
  private readonly messages = new Map<string, number>();

  /** Records an event; true when it is a sink failure worth printing now (the first few). */
  record(event: StatusEvent): boolean {
    if (event.type !== 'SINK_ERROR') return false;
    const { frameId, message } = event.payload as { frameId: number; message: string };
    // frameId 0: the pipeline closing the sink at the end (finalising the MP4, flushing JSONL).
    if (frameId === 0) this.closeFailed = true;
    else this.framesLost += 1;
    // The same failure on every frame is one reason: frame numbers are left out to group them.
    const reason = message.replace(/\bframe \d+/g, 'frame N');
    this.messages.set(reason, (this.messages.get(reason) ?? 0) + 1);
    return this.framesLost + (this.closeFailed ? 1 : 0) <= PRINTED;
  }

  get failed(): boolean {
    return this.framesLost > 0 || this.closeFailed;
  }

  /** One line for the end of the run, or null when every output took every frame. */
  summary(framesInferred: number): string | null {
    if (!this.failed) return null;
    const parts: string[] = [];
    if (this.framesLost > 0) parts.push(`${this.framesLost} of ${framesInferred} frame(s) not written`);
    if (this.closeFailed) parts.push('finalising the outputs failed (they may be incomplete or unplayable)');
    const reasons = [...this.messages.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, PRINTED)
      .map(([message, count]) => `${count}x ${message}`)
      .join('; ');
    return `outputs failed: ${parts.join(', ')} (SINK_ERROR: ${reasons})`;
  }
}
