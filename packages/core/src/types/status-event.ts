// Status events: what a pipeline reports as it runs, one payload type per event type.
export type Severity = 'debug' | 'info' | 'warning' | 'error';

export type SourceState =
  | 'NOT_STARTED'
  | 'INITIALISING'
  | 'RUNNING'
  | 'PAUSED'
  | 'MUTED'
  | 'RESTARTING'
  | 'TERMINATING'
  | 'ENDED'
  | 'ERROR';

/** Why a frame never reached the model. */
export type DropCause =
  /** A newer frame arrived before the model was free (latest-frame mode). */
  | 'superseded'
  /** Over the `maxFps` rate on a stream. */
  | 'max-fps'
  /** The source was muted. */
  | 'muted'
  /** Received but not finished when the pipeline was terminated. */
  | 'terminated'
  /** Received but not finished when its source was removed (`removeSource`). */
  | 'removed';

export interface StatusPayloads {
  PIPELINE_STARTED: { sources: number };
  PIPELINE_FINISHED: { reason: 'completed' | 'terminated' | 'error' };
  SOURCE_STATE_CHANGED: { from: SourceState; to: SourceState };
  /** `addSource`: the source joined the pipeline (`sources`: how many it has now). */
  SOURCE_ADDED: { sources: number };
  /** `removeSource`: the source left the pipeline (`sources`: how many are left). */
  SOURCE_REMOVED: { sources: number };
  SOURCE_ERROR: { code: string; message: string };
  SOURCE_CONNECT_ATTEMPT: { attempt: number; delayMs: number };
  SOURCE_CONNECTED: { attempt: number };
  SOURCE_DISCONNECTED: { reason: string };
  FRAME_DROPPED: { frameId: number; cause: DropCause; dropped: number };
  /** `ageMs`: how long ago each frame was decoded or received, as the model starts on it. */
  INFERENCE_STARTED: { frameIds: number[]; ageMs: number[] };
  INFERENCE_COMPLETED: { frameIds: number[]; latencyMs: number };
  INFERENCE_ERROR: { frameIds: number[]; code: string; message: string };
  SINK_ERROR: { frameId: number; message: string };
  /** `onPrediction` did not settle within `sinkTimeoutMs`; delivery went on without it. */
  SINK_TIMEOUT: { frameId: number; timeoutMs: number };
  /** A user's callback threw (a status$ subscriber or status handler, a watchdog's `onReport`); the pipeline went on. */
  CALLBACK_ERROR: { callback: 'status$ subscriber' | 'watchdog onReport'; message: string };
  /**
   * Where the model runs, said once per `start()`: the execution provider (`cpu`, `cuda`, ...)
   * and those tried before it that could not load (`device: 'auto'` falling back).
   */
  /**
   * `hwDecode: 'auto'` found no hardware decoder for this source, which decodes in software;
   * said once per source. `backend`: the FFmpeg backend (`beamcoder` has no hardware decoding).
   */
  HARDWARE_DECODING_FALLBACK: { backend: string; codec: string; reason: string };
  MODEL_DEVICE: { model: string; provider: string; failures: ReadonlyArray<{ readonly provider: string; readonly reason: string }> };
  /**
   * An analytics event (`line_crossed`, `zone_entered`, `zone_left` from `@rxcv/analytics`), as
   * `InferencePipeline`'s `events$` carries it.
   */
  ANALYTICS_EVENT: { event: { readonly type: string; readonly trackerId: number; readonly frameId: number; readonly [field: string]: unknown } };
  /** An output (MQTT broker, webhook) is reachable: queued messages flow again. `output` is redacted. */
  OUTPUT_CONNECTED: { output: string };
  /** An output went away; messages wait in its bounded queue (`queued` of them now). */
  OUTPUT_DISCONNECTED: { output: string; reason: string; queued: number };
  /** An output's queue was full: `dropped` messages lost so far in all (never silently). */
  OUTPUT_OVERFLOW: { output: string; dropped: number; queueSize: number };
  /** An output failed (wrong password, 4xx, unwritable folder): a `SinkError` code and message. */
  OUTPUT_ERROR: { output: string; code: string; message: string };
}

export type StatusEventType = keyof StatusPayloads;

/** One event of type `T`: what every event has, and the payload of its type. */
export interface StatusEventOf<T extends StatusEventType> {
  readonly type: T;
  /** ms since the epoch */
  readonly timestamp: number;
  readonly severity: Severity;
  readonly sourceId: number | null;
  readonly payload: StatusPayloads[T];
}

/**
 * One thing that happened in a pipeline. Never carries credentials. A union discriminated by
 * `type`, so `switch (event.type)` narrows the payload without casts; `StatusEvent<'SINK_ERROR'>`
 * is the one member.
 *
 * @example
 * import type { StatusEvent } from '@rxcv/core';
 *
 * function describe(event: StatusEvent): string {
 *   switch (event.type) {
 *     case 'FRAME_DROPPED':
 *       return `frame ${event.payload.frameId} dropped (${event.payload.cause})`;
 *     case 'SINK_ERROR':
 *       return `sink failed on frame ${event.payload.frameId}: ${event.payload.message}`;
 *     default:
 *       return event.type;
 *   }
 * }
 */
export type StatusEvent<T extends StatusEventType = StatusEventType> = { [K in T]: StatusEventOf<K> }[T];

/**
 * Builds a status event stamped with the current time. Typed `StatusEvent<T> & StatusEvent` so
 * that it is a `StatusEvent` even where `T` is a type parameter (TypeScript cannot see that
 * `StatusEvent<T>` is one member of the union then); for a literal `T` the two are the same.
 */
export function statusEvent<T extends StatusEventType>(
  type: T,
  severity: Severity,
  sourceId: number | null,
  payload: StatusPayloads[T],
  timestamp: number = Date.now(),
): StatusEvent<T> & StatusEvent {
  const event: StatusEventOf<T> = { type, timestamp, severity, sourceId, payload };
  return event as StatusEvent<T> & StatusEvent;
}
