// InferencePipeline's analytics: its `tracking`, `lines` and `zones` options as a core ResultStage
// built on @rxcv/analytics' analyze(), with the events on a stream of their own and as status events.
import { Subject, tap, type Observable, type OperatorFunction } from 'rxjs';
import { statusEvent, type Inferred, type ResultStage, type StatusEvent } from '@rxcv/core';
import { analyticsCounts, analyze, wantsAnalytics, type AnalyticsEvent, type AnalyzeOptions, type BoxResult } from '@rxcv/analytics';

/** The stage and the stream of its events (`InferencePipeline.events$`). */
export interface AnalyticsStage {
  readonly stage: ResultStage | undefined;
  readonly events$: Observable<AnalyticsEvent>;
}

/**
 * Builds the stage for the options; none when they ask for no analytics. Each event goes to
 * `events$` and, as an ANALYTICS_EVENT, to the pipeline's `status$` (and so to its
 * `statusUpdateHandlers`), in the frame it happened, before that frame is delivered.
 */
export function analyticsStage(options: AnalyzeOptions): AnalyticsStage {
  const events$ = new Subject<AnalyticsEvent>();
  if (!wantsAnalytics(options)) return { stage: undefined, events$ };
  const status$ = new Subject<StatusEvent>();
  const analyzeResults = analyze<BoxResult>(options) as unknown as OperatorFunction<Inferred<unknown>, Inferred<unknown> & { events: readonly AnalyticsEvent[] }>;
  const apply = <T extends Inferred<unknown>>(results: Observable<T>): Observable<T> =>
    results.pipe(
      // analyze() spreads every item it is given, so the fields delivery needs stay on it.
      analyzeResults as unknown as OperatorFunction<T, T & { events: readonly AnalyticsEvent[] }>,
      tap(({ events }) => {
        for (const event of events) {
          events$.next(event);
          status$.next(statusEvent('ANALYTICS_EVENT', 'info', event.sourceId, { event: { ...event } }));
        }
      }),
    );
  return {
    stage: { apply, status$, counts: () => analyticsCounts(options.lines, options.zones) },
    events$,
  };
}
