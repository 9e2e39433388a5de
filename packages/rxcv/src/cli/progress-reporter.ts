import cliProgress from 'cli-progress';

/**
 * Shows how a run is going: a progress bar with frames done / total, fps and ETA when the
 * total is known and stderr is a terminal; otherwise a summary line every few seconds.
 */
export class ProgressReporter {
  private bar: cliProgress.SingleBar | null = null;
  private done = 0;
  private detections = 0;
  private readonly startedAt = Date.now();
  private lastLineAt = Date.now();

  constructor(
    private readonly total: number | null,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {
    if (total && stream.isTTY) {
      this.bar = new cliProgress.SingleBar(
        {
          format: 'frames |{bar}| {value}/{total} | {fps} fps | ETA {eta_formatted} | {detections} detections',
          stream,
          hideCursor: true,
          etaBuffer: 50,
        },
        cliProgress.Presets.shades_classic,
      );
      this.bar.start(total, 0, { fps: '0.0', detections: 0 });
    }
  }

  /** One more frame was inferred. */
  tick(detections: number): void {
    this.done += 1;
    this.detections += detections;
    const fps = this.fps().toFixed(1);
    if (this.bar) {
      this.bar.update(this.done, { fps, detections: this.detections });
      return;
    }
    if (Date.now() - this.lastLineAt >= 2000) {
      this.lastLineAt = Date.now();
      const of = this.total ? `/${this.total}` : '';
      this.stream.write(`frames ${this.done}${of} | ${fps} fps | ${this.detections} detections\n`);
    }
  }

  stop(): void {
    this.bar?.stop();
    this.bar = null;
  }

  fps(): number {
    const seconds = (Date.now() - this.startedAt) / 1000;
    return seconds > 0 ? this.done / seconds : 0;
  }

  get framesDone(): number {
    return this.done;
  }
}
