// The options of a Pipeline: its sources, the processing, and the handler its results go to.
import type { Observable } from 'rxjs';
import type { BatchSink, Model, OnBatchPrediction, OnPrediction, ReportingOutput, ResultStage, SchedulingMode, Sink, VideoFrame, VideoSource } from '../types/index.js';
import type { PipelineWatchdog } from './pipeline-watchdog.js';

/**
 * Turns frames into results: a model's `infer`, or the user's own logic. One result per frame.
 * A Promise, or an Observable (which runs on a `TestScheduler`'s virtual time in marble tests).
 */
export type FrameProcessor<R> = (frames: readonly VideoFrame[]) => Promise<R[]> | Observable<R[]>;

/**
 * `sequential`: `onPrediction(result, frame)` once per frame. `batch`: `onPrediction(results,
 * frames)` once per model run, one slot per source.
 */
export type SinkMode = 'sequential' | 'batch';

/** What every pipeline takes, whichever way its results are delivered. */
export interface CommonPipelineOptions<R> {
  sources: readonly VideoSource[];
  process: FrameProcessor<R>;
  /** Per source id: override the source's default scheduling. */
  modes?: Readonly<Record<number, SchedulingMode>>;
  /**
   * Frame-by-frame mode: how many frames a source may have decoded beyond those finished (in
   * `process`, waiting for it, or waiting for the sink). Default 2, or `framesInFlight + 1` when
   * that is larger.
   */
  lookahead?: number;
  /**
   * When every source is frame by frame (files): how many frames may be in `process` at once,
   * i.e. the next frame is handed over while `process` still works on the current one. Default
   * 1. Use 2 only with a `process` that queues overlapping calls and resolves them in order (a
   * model whose `runsInFlight` is 2); results and sink calls stay in frame order either way.
   */
  framesInFlight?: number;
  /**
   * Run the model at most this often per source. When every source is a file (frame by frame)
   * it waits and keeps every frame; otherwise it drops the surplus (FRAME_DROPPED, `max-fps`).
   */
  maxFps?: number;
  /** How long a batch waits for the other sources after its first frame, ms. Default 50. */
  batchCollectionTimeoutMs?: number;
  /**
   * How long delivery waits for one `onPrediction` call, ms. Past it, SINK_TIMEOUT is reported
   * and delivery goes on with the next result (the late call is not waited for any more), so a
   * handler that never settles cannot silently stop a stream. Default 10 000 when a source is
   * live; when every source is a file, as long as it takes (a video writer may need its time).
   * `Infinity`: always as long as it takes.
   */
  sinkTimeoutMs?: number;
  /** Reports on the pipeline periodically while it runs. */
  watchdog?: PipelineWatchdog;
  /**
   * Outputs fed outside `onPrediction` (events to MQTT, a webhook, clips): their counters go in
   * `report().outputs` and their status events in `status$`. An `onPrediction` that reports on
   * itself is included without being listed.
   */
  outputs?: readonly ReportingOutput[];
  /** The model behind `process`, when there is one: `start()` says where it runs (MODEL_DEVICE). */
  model?: Pick<Model, 'id' | 'executionProvider'>;
  /** Runs on every result before delivery (tracking, lines, zones); see `ResultStage`. */
  resultStage?: ResultStage;
}

/** Results per frame (the default): `onPrediction(result, frame)`, in frame order per source. */
export interface SequentialPipelineOptions<R> extends CommonPipelineOptions<R> {
  sinkMode?: 'sequential';
  onPrediction: OnPrediction<R> | Sink<R>;
}

/** Results per model run: `onPrediction(results, frames)`, one slot per source (null where none). */
export interface BatchPipelineOptions<R> extends CommonPipelineOptions<R> {
  sinkMode: 'batch';
  onPrediction: OnBatchPrediction<R> | BatchSink<R>;
}

/** Split by `sinkMode`, so the handler's type always matches how it is called. */
export type PipelineOptions<R> = SequentialPipelineOptions<R> | BatchPipelineOptions<R>;
