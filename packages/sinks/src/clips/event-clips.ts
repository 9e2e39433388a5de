// eventClips: one MP4 per event window with pre-roll from an encoded ring, a snapshot and a sidecar.
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { Subject, type Observable } from 'rxjs';
import type { FrameImage, InferenceResult, Sink, VideoFrame } from '@rxcv/core';
import type { Annotator } from '../annotators/annotator.js';
import { annotateAll } from '../annotators/annotator.js';
import { JpegEncoder } from '../preview/jpeg-encoder.js';
import { messageOf, SinkError } from '../sink-error.js';
import { defaultAnnotators, FALLBACK_FPS } from '../sinks/render-boxes.js';
import { VideoFileWriter } from '../video/video-file-writer.js';
import { checkedFfmpegOption } from '../video/ffmpeg-option.js';
import type { FfmpegBackendName } from '@rxcv/ffmpeg';
import type { EventSink, OutputEvent } from '../outputs/event-sink.js';
import { OutputStatus, type OutputStats, type ReportingOutput } from '../outputs/output-status.js';
import { decodeEntries } from './decode-entries.js';
import { EncodedRing, type RingEntry } from './encoded-ring.js';

export interface EventClipsOptions {
  /** Folder for the clips (made when missing). */
  dir: string;
  /** Seconds before the event the clip starts. Default 5. */
  preSeconds?: number;
  /** Seconds after the (last) event the clip ends. Default 5. */
  postSeconds?: number;
  /** Event types that make a clip, e.g. `['line_crossed', 'zone_entered']`. Default: every event. */
  on?: readonly string[];
  /** What the snapshot draws. Default: boxes and labels (`defaultAnnotators()`). */
  annotators?: readonly Annotator[];
  /** libx264 preset of the ring and the clips. Default `veryfast`. */
  preset?: string;
  /** libx264 CRF of the ring and the clips. Default 23. */
  crf?: number;
  /** The FFmpeg backend that encodes and decodes: `beamcoder` or `node-av`; default `RXCV_FFMPEG`, else beamcoder. */
  ffmpeg?: FfmpegBackendName;
}

/** What a finished clip holds: also written beside it as `<name>.json`. */
export interface ClipRecord {
  /** The event that opened the clip. */
  readonly event: OutputEvent;
  /** Every event the clip covers (overlapping events extend one clip). */
  readonly events: readonly OutputEvent[];
  readonly sourceId: number;
  /** Absolute paths. */
  readonly clip: string;
  readonly snapshot: string | null;
  readonly sidecar: string;
  /** Frame timestamps (ms since the epoch) of the first and last frame, and of the event. */
  readonly times: { readonly start: number; readonly end: number; readonly event: number };
  /** Frame ids of the first and last frame in the clip, and how many frames it holds. */
  readonly frames: { readonly first: number; readonly last: number; readonly count: number };
  readonly fps: number;
  /** Closed early (the sink was closed or the source changed) before `postSeconds` had passed. */
  readonly truncated: boolean;
}

/** `eventClips(...)`: an `onPrediction` sink (the frames) and an event sink (the triggers). */
export interface EventClips extends Sink<InferenceResult>, EventSink, ReportingOutput {
  /** Every finished clip. */
  readonly clips$: Observable<ClipRecord>;
  /** Bytes of encoded pre-roll held, per source id. */
  ringBytes(): Map<number, number>;
  close(): Promise<void>;
}

interface OpenClip {
  readonly base: string;
  readonly events: OutputEvent[];
  readonly fps: number;
  endMs: number;
  writer: VideoFileWriter | null; // null once it failed: the window is skipped
  snapshot: string | null;
  first: { frameId: number; timestamp: number } | null;
  last: { frameId: number; timestamp: number; mediaMs: number } | null;
  count: number;
}

interface SourceState {
  readonly ring: EncodedRing;
  readonly fps: number;
  readonly fromFile: boolean;
  lastFrameId: number;
  lastMediaMs: number;
  clip: OpenClip | null;
}

function checkSeconds(name: string, value: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > max) {
    throw new SinkError('SINK_INVALID_OPTIONS', `eventClips: ${name} must be a number of seconds in [0, ${max}], got ${String(value)}`);
  }
  return value;
}

/**
 * Writes a clip for each event: an MP4 from `preSeconds` before the event to `postSeconds` after
 * it, a JPEG snapshot of the event frame with boxes drawn, and a JSON sidecar ({@link ClipRecord}).
 * An event within a clip's window (or its pre-roll) extends that clip instead of starting another.
 *
 * Feed it every frame (`toSink(clips)`, or as `onPrediction`) and the events (`sendEvent`, or
 * `toEventSink(clips)`). The pre-roll comes from a ring of *encoded* frames per source (H.264,
 * a keyframe a second, see `EncodedRing`): about 2 MB per camera at 720p30 with 5 s, instead of
 * 400 MB raw. A clip's frames before the event are decoded from the ring and encoded again, so
 * the clip starts at the exact frame, not at the keyframe before it. While a clip is open its
 * live frames are encoded twice (ring and clip).
 *
 * Times are the video's clock: `(frameId - 1) / fps` for files (so a file gives the same clips
 * however fast it runs), `frameTimestamp` for streams. A failure (folder not writable, disk
 * full) is an `OUTPUT_ERROR` status event with `SINK_OUTPUT_FAILED`; the sink never throws for
 * it, so the pipeline goes on, and the next event tries again.
 */
export function eventClips(options: EventClipsOptions): EventClips {
  const dir = options?.dir;
  if (typeof dir !== 'string' || dir.length === 0) throw new SinkError('SINK_INVALID_OPTIONS', 'eventClips: `dir` must be a non-empty folder path');
  const preMs = checkSeconds('preSeconds', options.preSeconds ?? 5, 60) * 1000;
  const postMs = checkSeconds('postSeconds', options.postSeconds ?? 5, 3600) * 1000;
  const on = options.on === undefined ? null : new Set(options.on);
  const annotators = options.annotators ?? defaultAnnotators();
  const folder = resolve(dir);
  const status = new OutputStatus(folder);
  const clips = new Subject<ClipRecord>();
  const ffmpeg = checkedFfmpegOption('eventClips', options.ffmpeg);
  const jpeg = new JpegEncoder(undefined, ffmpeg);
  const sources = new Map<number, SourceState>();
  const pending = new Map<number, OutputEvent[]>();
  let chain: Promise<void> = Promise.resolve();
  let written = 0;
  let failed = 0;
  let closing: Promise<void> | undefined;

  const inTurn = (work: () => Promise<void>): Promise<void> => {
    chain = chain.then(work).catch((error: unknown) => {
      // Only a bug gets here: every expected failure is reported where it happens.
      status.error(new SinkError('SINK_OUTPUT_FAILED', `eventClips: ${messageOf(error)}`, { cause: error }));
    });
    return chain;
  };

  const report = (clip: OpenClip | null, sourceId: number, error: unknown): void => {
    failed += 1;
    const sinkError =
      error instanceof SinkError && error.code === 'SINK_OUTPUT_FAILED'
        ? error
        : new SinkError('SINK_OUTPUT_FAILED', `eventClips: writing ${clip ? clip.base : folder} failed: ${messageOf(error)}`, { cause: error });
    status.error(sinkError, sourceId);
    if (clip) clip.writer = null;
  };

  const mediaMsOf = (state: Pick<SourceState, 'fps' | 'fromFile'>, frameId: number, frameTimestamp: number): number =>
    state.fromFile ? ((frameId - 1) * 1000) / state.fps : frameTimestamp;

  /** Frames a second of what this sink receives: the file's rate, or measured over the ring for streams. */
  const clipFps = (state: SourceState): number => {
    if (state.fromFile) return state.fps;
    const { first, last } = state.ring;
    if (first === undefined || last === undefined || last.mediaMs <= first.mediaMs) return state.fps;
    return Math.round(((state.ring.length - 1) * 1000 * 100) / (last.mediaMs - first.mediaMs)) / 100;
  };

  const writeFrame = async (clip: OpenClip, sourceId: number, image: FrameImage, frameId: number, timestamp: number, mediaMs: number): Promise<void> => {
    if (clip.writer === null) return;
    try {
      await clip.writer.write(image);
      clip.first ??= { frameId, timestamp };
      clip.last = { frameId, timestamp, mediaMs };
      clip.count += 1;
    } catch (error) {
      report(clip, sourceId, error);
    }
  };

  const writeSnapshot = async (clip: OpenClip, sourceId: number, image: FrameImage, predictions: InferenceResult): Promise<void> => {
    if (clip.writer === null || clip.snapshot !== null) return;
    const path = `${clip.base}.jpg`;
    try {
      await writeFile(path, await jpeg.encode(annotateAll(image, predictions, annotators)));
      clip.snapshot = path;
    } catch (error) {
      report(clip, sourceId, new SinkError('SINK_OUTPUT_FAILED', `eventClips: writing ${path} failed: ${messageOf(error)}`, { cause: error }));
    }
  };

  const finish = async (state: SourceState, sourceId: number, truncated: boolean): Promise<void> => {
    const clip = state.clip;
    state.clip = null;
    if (clip === null || clip.writer === null) return;
    const writer = clip.writer;
    try {
      await writer.close();
      if (clip.first === null || clip.last === null) return;
      const event = clip.events[0]!;
      const record: ClipRecord = {
        event,
        events: clip.events,
        sourceId,
        clip: writer.path,
        snapshot: clip.snapshot,
        sidecar: `${clip.base}.json`,
        times: { start: clip.first.timestamp, end: clip.last.timestamp, event: event.frameTimestamp },
        frames: { first: clip.first.frameId, last: clip.last.frameId, count: clip.count },
        fps: clip.fps,
        truncated,
      };
      const sidecar = { ...record, clip: basename(record.clip), snapshot: record.snapshot && basename(record.snapshot), sidecar: undefined };
      await writeFile(record.sidecar, `${JSON.stringify(sidecar, null, 2)}\n`);
      written += 1;
      clips.next(record);
    } catch (error) {
      report(clip, sourceId, error);
    }
  };

  /**
   * Starts a clip for `event` or extends the open one. `current`: the frame being handled (it is
   * written by the caller, so the pre-roll stops before it), or null at close.
   */
  const activate = async (
    state: SourceState,
    sourceId: number,
    event: OutputEvent,
    current: { frame: VideoFrame; predictions: InferenceResult } | null,
  ): Promise<void> => {
    const eventMs = mediaMsOf(state, event.frameId, event.frameTimestamp);
    const beforeFrameId = current?.frame.frameId ?? Number.POSITIVE_INFINITY;
    const open = state.clip;
    if (open !== null && eventMs - preMs <= open.endMs) {
      open.events.push(event);
      // Frames after the old end were held back in the ring: write them now, then go on live.
      const lastMs = open.last?.mediaMs ?? Number.NEGATIVE_INFINITY;
      if (open.writer !== null && open.endMs < eventMs + postMs) {
        const held = state.ring.from(lastMs).filter((e) => e.frameId < beforeFrameId);
        if (held.some((e) => e.mediaMs > lastMs)) {
          await decodeEntries(held, async (image, entry) => {
            if (entry.mediaMs > lastMs) await writeFrame(open, sourceId, image, entry.frameId, entry.frameTimestamp, entry.mediaMs);
          }, ffmpeg);
        }
      }
      open.endMs = Math.max(open.endMs, eventMs + postMs);
      return;
    }
    if (open !== null) await finish(state, sourceId, false);

    const base = join(folder, `source${sourceId}_frame${event.frameId}_${event.type}`);
    const clip: OpenClip = { base, events: [event], fps: clipFps(state), endMs: eventMs + postMs, writer: null, snapshot: null, first: null, last: null, count: 0 };
    state.clip = clip;
    try {
      await mkdir(folder, { recursive: true });
      clip.writer = new VideoFileWriter({ path: `${base}.mp4`, fps: clip.fps, preset: options.preset, crf: options.crf, ffmpeg });
    } catch (error) {
      return report(clip, sourceId, new SinkError('SINK_OUTPUT_FAILED', `eventClips: cannot write to ${folder}: ${messageOf(error)}`, { cause: error }));
    }
    const startMs = eventMs - preMs;
    const preRoll = state.ring.from(startMs).filter((e) => e.frameId < beforeFrameId);
    await decodeEntries(preRoll, async (image: FrameImage, entry: RingEntry) => {
      if (entry.frameId === event.frameId) await writeSnapshot(clip, sourceId, image, entry.predictions);
      if (entry.mediaMs >= startMs) await writeFrame(clip, sourceId, image, entry.frameId, entry.frameTimestamp, entry.mediaMs);
    }, ffmpeg);
    if (current !== null && current.frame.frameId === event.frameId) {
      await writeSnapshot(clip, sourceId, current.frame.image, current.predictions);
    }
  };

  const onFrame = async (predictions: InferenceResult, frame: VideoFrame): Promise<void> => {
    const sourceId = frame.sourceId;
    let state: SourceState | undefined = sources.get(sourceId);
    if (state === undefined) {
      const declared = frame.fps ?? frame.measuredFps ?? 0;
      const fps = declared > 0 && Number.isFinite(declared) ? declared : FALLBACK_FPS;
      state = { ring: new EncodedRing({ fps, preset: options.preset, crf: options.crf, ffmpeg }), fps, fromFile: frame.comesFromVideoFile, lastFrameId: 0, lastMediaMs: 0, clip: null };
      sources.set(sourceId, state);
    }
    const mediaMs = mediaMsOf(state, frame.frameId, frame.frameTimestamp);
    try {
      await state.ring.push(frame.image, frame.frameId, mediaMs, frame.frameTimestamp, predictions);
      state.ring.trim(mediaMs - preMs);
    } catch (error) {
      report(null, sourceId, new SinkError('SINK_OUTPUT_FAILED', `eventClips: encoding the pre-roll of source ${sourceId} failed: ${messageOf(error)}`, { cause: error }));
    }
    // A clip stays open `preSeconds` past its end, its frames held in the ring, so that an event
    // whose pre-roll reaches back into it extends it instead of starting a second, overlapping clip.
    if (state.clip !== null && mediaMs > state.clip.endMs + preMs) await finish(state, sourceId, false);
    const waiting = pending.get(sourceId) ?? [];
    while (waiting.length > 0 && waiting[0]!.frameId <= frame.frameId) {
      await activate(state, sourceId, waiting.shift()!, { frame, predictions });
    }
    if (state.clip !== null && mediaMs <= state.clip.endMs) {
      await writeFrame(state.clip, sourceId, frame.image, frame.frameId, frame.frameTimestamp, mediaMs);
    }
    state.lastFrameId = frame.frameId;
    state.lastMediaMs = mediaMs;
  };

  const sink = (predictions: InferenceResult, frame: VideoFrame): Promise<void> => {
    if (closing !== undefined) return Promise.reject(new SinkError('SINK_CLOSED', `eventClips: ${folder} is closed`));
    return inTurn(() => onFrame(predictions, frame));
  };

  return Object.assign(sink, {
    status$: status.status$,
    clips$: clips.asObservable(),
    /** Marks an event; its clip is cut when its frame (or the next one) reaches the sink. */
    sendEvent(event: OutputEvent): void {
      if (closing !== undefined) throw new SinkError('SINK_CLOSED', `eventClips: ${folder} is closed`);
      if (on !== null && !on.has(event.type)) return;
      const waiting = pending.get(event.sourceId) ?? [];
      waiting.push(event);
      waiting.sort((a, b) => a.frameId - b.frameId);
      pending.set(event.sourceId, waiting);
    },
    ringBytes: () => new Map([...sources].map(([id, s]) => [id, s.ring.bytes])),
    stats(): OutputStats {
      const queued = [...pending.values()].reduce((n, list) => n + list.length, 0);
      return { output: folder, connected: true, queued, delivered: written, overflow: 0, failed };
    },
    /** Cuts events still waiting from what the ring holds, finishes open clips (truncated). Idempotent. */
    close(): Promise<void> {
      closing ??= inTurn(async () => {
        for (const [sourceId, state] of sources) {
          const waiting = pending.get(sourceId) ?? [];
          while (waiting.length > 0 && waiting[0]!.frameId <= state.lastFrameId) await activate(state, sourceId, waiting.shift()!, null);
          if (state.clip !== null) await finish(state, sourceId, state.lastMediaMs < state.clip.endMs);
        }
        status.complete();
        clips.complete();
      });
      return closing;
    },
  });
}
