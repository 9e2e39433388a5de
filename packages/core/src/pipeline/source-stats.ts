// SourceStats: the running numbers of one source (counts, latency windows) behind its report.
import type { LatencySummary, SourceDescription, SourceReport, SourceState } from '../types/index.js';

/** Running numbers for one source, summarised in the pipeline report. */
export class SourceStats {
  state: SourceState = 'NOT_STARTED';
  framesReceived = 0;
  framesInferred = 0;
  framesDropped = 0;
  /** Frames whose inference failed (INFERENCE_ERROR). */
  framesFailed = 0;
  /** Last frame id seen, so a restart can be checked for continuity. */
  lastFrameId = 0;
  error: Error | null = null;
  private readonly decodeMs: number[] = [];
  private readonly frameAgeMs: number[] = [];
  private readonly inferenceMs: number[] = [];
  private readonly endToEndMs: number[] = [];
  private firstFrameAt: number | null = null;
  private lastFrameAt: number | null = null;

  constructor(readonly describe: () => SourceDescription) {}

  recordDecode(decodeMs: number): void {
    push(this.decodeMs, decodeMs);
  }

  recordFrameAge(ageMs: number): void {
    push(this.frameAgeMs, ageMs);
  }

  recordInference(inferenceMs: number, endToEndMs: number, now: number): void {
    this.framesInferred += 1;
    push(this.inferenceMs, inferenceMs);
    push(this.endToEndMs, endToEndMs);
    this.firstFrameAt ??= now;
    this.lastFrameAt = now;
  }

  report(): SourceReport {
    const seconds = this.firstFrameAt !== null && this.lastFrameAt !== null ? (this.lastFrameAt - this.firstFrameAt) / 1000 : 0;
    return {
      source: this.describe(),
      state: this.state,
      framesReceived: this.framesReceived,
      framesInferred: this.framesInferred,
      framesDropped: this.framesDropped,
      framesFailed: this.framesFailed,
      decodeLatencyMs: summarise(this.decodeMs),
      frameAgeMs: summarise(this.frameAgeMs),
      inferenceLatencyMs: summarise(this.inferenceMs),
      endToEndLatencyMs: summarise(this.endToEndMs),
      inferredFps: seconds > 0 ? (this.framesInferred - 1) / seconds : null,
      error: this.error ? this.error.message : null,
    };
  }
}

const WINDOW = 256;

function push(values: number[], value: number): void {
  values.push(value);
  if (values.length > WINDOW) values.shift();
}

function summarise(values: readonly number[]): LatencySummary | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { mean: sorted.reduce((a, b) => a + b, 0) / sorted.length, p50: at(0.5), p95: at(0.95) };
}
