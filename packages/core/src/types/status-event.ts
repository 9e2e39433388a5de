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
  | 'terminated';

export interface StatusPayloads {
  PIPELINE_STARTED: { sources: number };
  PIPELINE_FINISHED: { reason: 'completed' | 'terminated' | 'error' };
  SOURCE_STATE_CHANGED: { from: SourceState; to: SourceState };
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

/** One thing that happened in a pipeline. Never carries credentials. */
export interface StatusEvent<T extends StatusEventType = StatusEventType> {
  readonly type: T;
  /** ms since the epoch */
  readonly timestamp: number;
  readonly severity: Severity;
  readonly sourceId: number | null;
  readonly payload: StatusPayloads[T];
}

/** Builds a status event stamped with the current time. */
export function statusEvent<T extends StatusEventType>(
  type: T,
  severity: Severity,
  sourceId: number | null,
  payload: StatusPayloads[T],
  timestamp: number = Date.now(),
): StatusEvent<T> {
  return { type, timestamp, severity, sourceId, payload };
}
