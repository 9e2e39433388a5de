// What the preview page shows, as a value folded (RxJS `scan`) from two inputs: the frames
// published to the preview and the pipeline's status events. Pure functions, no I/O.
import type { FrameImage, InferenceResult, SourceState, StatusEvent, VideoFrame } from '@rxcv/core';

/** One frame handed to `PreviewServer.publish`, with the time it arrived. */
export interface PublishedFrame {
  image: FrameImage;
  predictions: InferenceResult | null;
  videoFrame: VideoFrame;
  /** ms since the epoch */
  now: number;
}

/**
 * What the preview knows about one source while folding: `/api/state`'s view of it, with the
 * arrival times from which `fps` is computed in place of `fps`.
 */
export type SourceView = Omit<PreviewSourceState, 'fps' | 'predictions'> & {
  /** Arrival times (ms) of the frames of the last second, oldest first. */
  arrivals: readonly number[];
  predictions: readonly unknown[];
};

/** Per line: crossings in and out; per zone: objects inside now (entered minus left). */
export interface AnalyticsView {
  lines: Readonly<Record<string, { in: number; out: number }>>;
  zones: Readonly<Record<string, { inside: number }>>;
}

/** What the preview knows: the pipeline's state and each source it has heard of. */
export interface PreviewView {
  pipeline: { state: string; lastError: string | null };
  sources: ReadonlyMap<number, SourceView>;
}

export const EMPTY_VIEW: PreviewView = { pipeline: { state: 'RUNNING', lastError: null }, sources: new Map() };

/** The latest predictions kept per source. */
const MAX_PREDICTIONS = 100;
/** `fps` is measured over this window. */
const FPS_WINDOW_MS = 1000;

function emptySource(sourceId: number): SourceView {
  return {
    sourceId, frameId: 0, frames: 0, arrivals: [], latencyMs: 0, width: 0, height: 0,
    state: null, dropped: 0, lastError: null, predictions: [], counts: { lines: {}, zones: {} },
  };
}

function withSource(view: PreviewView, sourceId: number, change: (source: SourceView) => Partial<SourceView>): PreviewView {
  const source = view.sources.get(sourceId) ?? emptySource(sourceId);
  return { ...view, sources: new Map(view.sources).set(sourceId, { ...source, ...change(source) }) };
}

/** Folds one published frame into the view: counts, rate, latency, size, predictions. */
export function foldFrame(view: PreviewView, { image, predictions, videoFrame, now }: PublishedFrame): PreviewView {
  return withSource(view, videoFrame.sourceId, (source) => ({
    frameId: videoFrame.frameId,
    frames: source.frames + 1,
    arrivals: [...source.arrivals.filter((t) => t > now - FPS_WINDOW_MS), now],
    latencyMs: Math.max(0, now - videoFrame.frameTimestamp),
    width: image.width,
    height: image.height,
    // Frames arriving means the source runs, until the pipeline says otherwise.
    state: source.state === null || source.state === 'NOT_STARTED' || source.state === 'INITIALISING' ? 'RUNNING' : source.state,
    predictions: Array.isArray(predictions?.predictions) ? predictions.predictions.slice(0, MAX_PREDICTIONS) : [],
  }));
}

/** Folds one status event into the view: pipeline state, source states, drop counts, errors. */
export function foldStatus(view: PreviewView, event: StatusEvent): PreviewView {
  switch (event.type) {
    case 'PIPELINE_STARTED':
      return { ...view, pipeline: { ...view.pipeline, state: 'RUNNING' } };
    case 'PIPELINE_FINISHED':
      return { ...view, pipeline: { ...view.pipeline, state: `FINISHED (${event.payload.reason})` } };
    case 'SOURCE_STATE_CHANGED':
      return event.sourceId === null ? view : withSource(view, event.sourceId, () => ({ state: event.payload.to }));
    case 'FRAME_DROPPED':
      return event.sourceId === null
        ? view
        : withSource(view, event.sourceId, (source) => ({ dropped: Math.max(source.dropped, event.payload.dropped) }));
    case 'SOURCE_ERROR':
    case 'INFERENCE_ERROR':
    case 'SINK_ERROR':
      return event.sourceId === null
        ? { ...view, pipeline: { ...view.pipeline, lastError: event.payload.message } }
        : withSource(view, event.sourceId, () => ({ lastError: event.payload.message }));
    case 'ANALYTICS_EVENT':
      return event.sourceId === null ? view : withSource(view, event.sourceId, (source) => ({ counts: countEvent(source.counts, event.payload.event) }));
    default:
      return view;
  }
}

/** Adds one analytics event (`line_crossed`, `zone_entered`, `zone_left`) to a source's counts. */
function countEvent(counts: AnalyticsView, event: { readonly type: string; readonly [field: string]: unknown }): AnalyticsView {
  if (event.type === 'line_crossed' && typeof event.line === 'string') {
    const line = counts.lines[event.line] ?? { in: 0, out: 0 };
    const next = event.direction === 'in' ? { ...line, in: line.in + 1 } : { ...line, out: line.out + 1 };
    return { ...counts, lines: { ...counts.lines, [event.line]: next } };
  }
  if ((event.type === 'zone_entered' || event.type === 'zone_left') && typeof event.zone === 'string') {
    const inside = (counts.zones[event.zone]?.inside ?? 0) + (event.type === 'zone_entered' ? 1 : -1);
    return { ...counts, zones: { ...counts.zones, [event.zone]: { inside: Math.max(0, inside) } } };
  }
  return counts;
}

/** What `/api/state` says about one source. */
export interface PreviewSourceState {
  sourceId: number;
  frameId: number;
  /** Frames published to the preview so far. */
  frames: number;
  /** Frames published per second over the last second. */
  fps: number;
  /** From the frame's decode/receive time to its arrival here, ms. */
  latencyMs: number;
  width: number;
  height: number;
  /** Last state the pipeline reported for the source; null before any status event. */
  state: SourceState | null;
  /** Frames the pipeline reported dropped for this source. */
  dropped: number;
  lastError: string | null;
  /** The latest predictions (at most 100). */
  predictions: unknown[];
  /** Line crossings and zone occupancy of this source (empty without lines or zones). */
  counts: AnalyticsView;
}

/** What `/api/state` returns. */
export interface PreviewState {
  pipeline: { state: string; lastError: string | null };
  sources: PreviewSourceState[];
}

/** The view as `/api/state` shows it at time `now` (the rate counts arrivals of the second before `now`). */
export function stateAt(view: PreviewView, now: number): PreviewState {
  const sources = [...view.sources.values()]
    .sort((a, b) => a.sourceId - b.sourceId)
    .map(({ arrivals, ...source }): PreviewSourceState => {
      const recent = arrivals.filter((t) => t > now - FPS_WINDOW_MS && t <= now);
      const span = recent.length > 1 ? recent[recent.length - 1] - recent[0] : 0;
      return { ...source, fps: span > 0 ? ((recent.length - 1) * 1000) / span : 0, predictions: [...source.predictions] };
    });
  return { pipeline: { ...view.pipeline }, sources };
}
