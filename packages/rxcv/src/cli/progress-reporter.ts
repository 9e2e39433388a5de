import cliProgress from 'cli-progress';

/**
 * Shows how a run is going. For a file on a terminal: a progress bar with frames done / total,
 * fps and ETA. For a stream on a terminal: one status line rewritten in place. Elsewhere (a
 * log, a pipe): a status line every 2 s. `details()` adds live facts (drops, state).
 */
export class ProgressReporter {
  private bar: cliProgress.SingleBar | null = null;
  private done = 0;
  private detections = 0;
  private readonly startedAt = Date.now();
  private lastLineAt = Date.now();
  private lineOpen = false;

  constructor(
    private readonly total: number | null,
    private readonly details: () => string = () => '',
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
    const interval = this.stream.isTTY ? 500 : 2000;
    if (Date.now() - this.lastLineAt < interval) return;
    this.lastLineAt = Date.now();
    const of = this.total ? `/${this.total}` : '';
    const extra = this.details();
    const line = `frames ${this.done}${of} | ${fps} fps | ${this.detections} detections${extra ? ` | ${extra}` : ''}`;
    if (this.stream.isTTY) {
      this.stream.write(`\r\x1b[2K${line}`);
      this.lineOpen = true;
    } else this.stream.write(`${line}\n`);
  }

  stop(): void {
    this.bar?.stop();
    this.bar = null;
    if (this.lineOpen) this.stream.write('\n');
    this.lineOpen = false;
  }

  fps(): number {
    const seconds = (Date.now() - this.startedAt) / 1000;
    return seconds > 0 ? this.done / seconds : 0;
  }
}
