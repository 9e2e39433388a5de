// A stage between inference and delivery (InferencePipeline's tracking, lines and zones): what it
// does to each result, the status events it raises, and the counts it adds to the report.
import type { Observable } from 'rxjs';
import type { Inferred } from '../compose/inferred.js';
import type { StatusEvent } from './status-event.js';

/** A line's crossings so far, in total and per class name. */
export interface LineCounts {
  readonly name: string;
  readonly in: number;
  readonly out: number;
  readonly inPerClass: Readonly<Record<string, number>>;
  readonly outPerClass: Readonly<Record<string, number>>;
}

/** The counts a result stage reports: lines crossed, objects inside zones. */
export interface StageCounts {
  readonly lines: readonly LineCounts[];
  /** `currentCount`: objects inside in the last frame the zone saw. */
  readonly zones: ReadonlyArray<{ readonly name: string; readonly currentCount: number }>;
}

/**
 * Runs on the merged results of every source, in delivery order (frame order per source), right
 * before the sink. Core knows no tracker: `@rxcv/analytics`' `analyze()` is what rxcv plugs in.
 */
export interface ResultStage {
  /**
   * Maps each item to one item, in order. It must keep every field of the item it is given
   * (spread it: `{ ...item, predictions }`), since delivery reads fields of its own from it.
   */
  readonly apply: <T extends Inferred<unknown>>(results: Observable<T>) => Observable<T>;
  /** Status events the stage raises (analytics events); they join the pipeline's `status$`. */
  readonly status$?: Observable<StatusEvent>;
  /** Counts for `report()` and the watchdog. */
  readonly counts?: () => StageCounts;
}
