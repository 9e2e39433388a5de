// PipelineWatchdog: reports on a running pipeline every few seconds and on demand.
import { Observable, Subject, filter, interval, map, takeUntil } from 'rxjs';
import type { PipelineReport } from '../types/index.js';

/** Anything that can report on itself: a `Pipeline` or an `InferencePipeline`. */
export interface Reportable {
  report(): PipelineReport;
}

export interface PipelineWatchdogOptions {
  /** How often `report$` emits, ms. Default 5000. */
  intervalMs?: number;
  /** Called with every periodic report. */
  onReport?: (report: PipelineReport) => void;
}

/**
 * Watches a pipeline and reports on it every few seconds: per source its state, description
 * (redacted reference, size, fps, file or stream), frames received / inferred / dropped, decode,
 * inference and end-to-end latency, and throughput. Like Roboflow's `BasePipelineWatchDog`:
 * pass it to `InferencePipeline.init({ watchdog })`, then read `getReport()` at any time.
 */
export class PipelineWatchdog {
  private target: Reportable | null = null;
  private readonly detached = new Subject<void>();
  private readonly intervalMs: number;

  /** A report every `intervalMs` while attached. */
  readonly report$: Observable<PipelineReport>;

  constructor(private readonly options: PipelineWatchdogOptions = {}) {
    this.intervalMs = options.intervalMs ?? 5000;
    this.report$ = interval(this.intervalMs).pipe(
      map(() => this.getReport()),
      filter((report): report is PipelineReport => report !== null),
    );
  }

  /**
   * Starts watching `target` (the pipeline calls this when it starts). A throw from `onReport`
   * goes to `onReportError` (the pipeline reports it as CALLBACK_ERROR and goes on); the
   * reports go on either way.
   */
  attach(target: Reportable, onReportError?: (error: unknown) => void): void {
    this.target = target;
    const onReport = this.options.onReport;
    if (!onReport) return;
    this.report$.pipe(takeUntil(this.detached)).subscribe((report) => {
      try {
        onReport(report);
      } catch (error) {
        if (!onReportError) throw error;
        onReportError(error);
      }
    });
  }

  /** Stops the periodic reports (the pipeline calls this when it finishes). */
  detach(): void {
    this.detached.next();
  }

  /** The report now; null before it was attached. */
  getReport(): PipelineReport | null {
    return this.target?.report() ?? null;
  }
}
