import type { OnPrediction, Sink, VideoFrame } from '@rxcv/core';
import { messageOf, SinkError } from '../sink-error.js';

export interface MultiSinkOptions {
  /**
   * Called for each sink that throws (or rejects) — with the error, the sink's position in the
   * list, and the frame (null when `close()` failed). With `onError`, the multi-sink itself
   * never throws; without it, it throws one `SinkError` naming every failure once all sinks
   * have run, so the pipeline reports it as a `SINK_ERROR`.
   */
  onError?: (error: unknown, sinkIndex: number, videoFrame: VideoFrame | null) => void;
}

/**
 * One sink made of several: every sink gets every prediction (all started at once, then
 * awaited together, so a slow sink does not delay the others' start), a throwing sink is
 * reported and the others still run, and `close()` closes them all.
 */
export function multiSink<R>(...sinks: OnPrediction<R>[]): Sink<R>;
export function multiSink<R>(...args: [...sinks: OnPrediction<R>[], options: MultiSinkOptions]): Sink<R>;
export function multiSink<R>(...args: Array<OnPrediction<R> | MultiSinkOptions>): Sink<R> {
  const last = args.at(-1);
  const options: MultiSinkOptions = last !== undefined && typeof last !== 'function' ? last : {};
  const sinks = args.filter((a): a is OnPrediction<R> => typeof a === 'function');
  if (sinks.length !== args.length - (options === last ? 1 : 0)) {
    throw new SinkError('SINK_INVALID_OPTIONS', 'multiSink takes sinks (functions), then optionally one options object');
  }
  let closing: Promise<void> | undefined;

  /** Reports failures; throws them together when nobody listens. */
  const report = (results: PromiseSettledResult<unknown>[], videoFrame: VideoFrame | null, what: string): void => {
    const failures = results
      .map((r, index) => ({ r, index }))
      .filter((f): f is { r: PromiseRejectedResult; index: number } => f.r.status === 'rejected');
    if (failures.length === 0) return;
    if (options.onError !== undefined) {
      for (const { r, index } of failures) options.onError(r.reason, index, videoFrame);
      return;
    }
    const list = failures.map(({ r, index }) => `sink ${index}: ${messageOf(r.reason)}`).join('; ');
    throw new SinkError('SINK_OUTPUT_FAILED', `multiSink: ${failures.length} of ${sinks.length} sinks failed ${what}: ${list}`, {
      cause: failures.length === 1 ? failures[0].r.reason : new AggregateError(failures.map((f) => f.r.reason)),
    });
  };

  const sink = async (predictions: R, videoFrame: VideoFrame): Promise<void> => {
    if (closing !== undefined) throw new SinkError('SINK_CLOSED', 'multiSink: the sink is closed');
    // Each call inside an async function, so a synchronous throw becomes a rejection.
    const results = await Promise.allSettled(sinks.map(async (s) => s(predictions, videoFrame)));
    report(results, videoFrame, `on frame ${videoFrame.frameId} of source ${videoFrame.sourceId}`);
  };

  return Object.assign(sink, {
    close(): Promise<void> {
      closing ??= Promise.allSettled(sinks.map(async (s) => (s as Sink<R>).close?.())).then((results) =>
        report(results, null, 'to close'),
      );
      return closing;
    },
  });
}
