// What every event output (MQTT, webhook, clips) reports: counters and status events.
import { Subject, type Observable } from 'rxjs';
import { statusEvent, type OutputReport, type ReportingOutput, type StatusEvent } from '@rxcv/core';
import type { SinkError } from '../sink-error.js';

/** Counters of an output, for the watchdog report (`report().outputs`) and for tests. */
export type OutputStats = OutputReport;
export type { ReportingOutput };

/** Overflow status events are rate-limited to one a second, each with the running total. */
const OVERFLOW_REPORT_INTERVAL_MS = 1000;

/**
 * Emits an output's status events. Never carries credentials: `output` is the redacted name, and
 * messages are redacted by the caller.
 */
export class OutputStatus {
  private readonly subject = new Subject<StatusEvent>();
  readonly status$: Observable<StatusEvent> = this.subject.asObservable();
  private lastOverflowReport = Number.NEGATIVE_INFINITY;
  private reportedOverflow = 0;
  /** Unknown (undefined) until the first connection or failure. */
  private state: boolean | undefined;

  constructor(readonly output: string) {}

  get connected(): boolean {
    return this.state === true;
  }

  markConnected(): void {
    if (this.state === true) return;
    this.state = true;
    this.subject.next(statusEvent('OUTPUT_CONNECTED', 'info', null, { output: this.output }));
  }

  markDisconnected(reason: string, queued: number): void {
    if (this.state === false) return;
    this.state = false;
    this.subject.next(statusEvent('OUTPUT_DISCONNECTED', 'warning', null, { output: this.output, reason, queued }));
  }

  /** Reports the running overflow total, at most once a second (`force` for the last word). */
  overflow(dropped: number, queueSize: number, force = false): void {
    if (dropped === this.reportedOverflow) return;
    const now = Date.now();
    if (!force && now - this.lastOverflowReport < OVERFLOW_REPORT_INTERVAL_MS) return;
    this.lastOverflowReport = now;
    this.reportedOverflow = dropped;
    this.subject.next(statusEvent('OUTPUT_OVERFLOW', 'warning', null, { output: this.output, dropped, queueSize }));
  }

  error(error: SinkError, sourceId: number | null = null): void {
    this.subject.next(statusEvent('OUTPUT_ERROR', 'error', sourceId, { output: this.output, code: error.code, message: error.message }));
  }

  complete(): void {
    this.subject.complete();
  }
}
