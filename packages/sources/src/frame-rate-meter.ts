/**
 * Frames per second actually received, over a sliding window (1 s by default).
 * Null until two frames have arrived.
 */
export class FrameRateMeter {
  private readonly times: number[] = [];

  constructor(private readonly windowMs = 1000) {}

  /** Records a frame that arrived at `now` (ms) and returns the current rate. */
  tick(now: number): number | null {
    this.times.push(now);
    while (this.times.length > 2 && now - this.times[0] > this.windowMs) this.times.shift();
    return this.rate();
  }

  rate(): number | null {
    const n = this.times.length;
    if (n < 2) return null;
    const span = this.times[n - 1] - this.times[0];
    return span > 0 ? ((n - 1) * 1000) / span : null;
  }

  /** Forgets the history, e.g. after a reconnect. */
  reset(): void {
    this.times.length = 0;
  }
}
