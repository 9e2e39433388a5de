import { basename, dirname, extname, join } from 'node:path';
import type { FfmpegBackendName } from '@rxcv/ffmpeg';
import { checkedFfmpegOption } from '../video/ffmpeg-option.js';
import type { FrameImage, InferenceResult, Sink, VideoFrame } from '@rxcv/core';
import { annotateAll, type Annotator } from '../annotators/annotator.js';
import { BoxAnnotator } from '../annotators/box-annotator.js';
import { ClassificationAnnotator } from '../annotators/classification-annotator.js';
import { KeypointAnnotator } from '../annotators/keypoint-annotator.js';
import { LabelAnnotator } from '../annotators/label-annotator.js';
import { StatisticsOverlay, type StatisticsOverlayOptions } from '../annotators/statistics-overlay.js';
import { PreviewServer, type PreviewOptions } from '../preview/preview-server.js';
import { letterboxImage, letterboxResult } from '../raster/letterbox.js';
import { SinkError } from '../sink-error.js';
import { VideoFileWriter } from '../video/video-file-writer.js';

/** Frame rate of the video file when neither the option nor the source gives one. */
export const FALLBACK_FPS = 25;

export interface RenderBoxesOptions {
  /**
   * Video file for the annotated frames (`.mp4`, `.mov`, `.mkv`). Source 0 writes to this path;
   * source k > 0 to the same name with `.k` before the extension (`annotated.mp4` →
   * `annotated.1.mp4`). A function chooses the path for each source id itself.
   */
  output?: string | ((sourceId: number) => string);
  /** Frame rate of the output files. Default: each source's declared fps (else its measured fps, else 25). */
  fps?: number;
  /** What to draw, in order. Default {@link defaultAnnotators}: boxes, labels, keypoints, classes. */
  annotators?: readonly Annotator[];
  /**
   * Write throughput and latency on each frame, as Roboflow's `display_statistics` does
   * (`true` for the defaults, or the overlay's options). Default false.
   */
  displayStatistics?: boolean | StatisticsOverlayOptions;
  /**
   * Serve a live preview page (see {@link PreviewServer}): `true` for 127.0.0.1 on a free port,
   * or its options (`{ port: 8080 }`). The sink's `preview` property is the server: await
   * `sink.preview.ready` for its URL. It closes with the sink.
   */
  preview?: boolean | PreviewOptions;
  /**
   * Show frames at this size: the frame is letterboxed into it (resized keeping its aspect
   * ratio, centred on black bars) before drawing, so labels keep their size on screen and
   * the files and the preview are this size. Default: the frame's own size.
   */
  displaySize?: { width: number; height: number };
  /** Called with every annotated frame (a copy: the source frame is never changed). */
  onFrame?: (annotated: FrameImage, videoFrame: VideoFrame) => void | Promise<void>;
  /** libx264 settings for the output files. */
  video?: { preset?: string; crf?: number; ffmpeg?: FfmpegBackendName };
  /**
   * The FFmpeg backend of the output files and the preview's JPEGs: `beamcoder` or `node-av`;
   * default `RXCV_FFMPEG`, else beamcoder. (`video.ffmpeg` and `preview.ffmpeg` win over it.)
   */
  ffmpeg?: FfmpegBackendName;
  /**
   * Frames a source may have queued in its video writer before the sink waits for the oldest
   * one: encoding runs on FFmpeg's threads while the model works on the next frame. Default 3.
   */
  maxQueuedFrames?: number;
}

function isUsableFps(fps: number | null | undefined): fps is number {
  return typeof fps === 'number' && Number.isFinite(fps) && fps > 0 && fps <= 1000;
}

/**
 * What renderBoxes draws unless told otherwise: boxes and `class confidence` labels, plus
 * keypoints and classification labels when a result carries them (no-ops otherwise).
 */
export function defaultAnnotators(): Annotator[] {
  return [new BoxAnnotator(), new LabelAnnotator(), new KeypointAnnotator(), new ClassificationAnnotator()];
}

/** The sink renderBoxes returns: a core `Sink`, plus its preview server when asked for one. */
export interface RenderBoxesSink extends Sink<InferenceResult> {
  close(): Promise<void>;
  readonly preview: PreviewServer | undefined;
}

/** The file source `sourceId` writes to, for an `output` option given as one path. */
export function outputPathForSource(output: string, sourceId: number): string {
  if (sourceId === 0) return output;
  const ext = extname(output);
  return join(dirname(output), `${basename(output, ext)}.${sourceId}${ext}`);
}

/**
 * The `renderBoxes` sink of Roboflow Inference: draws boxes and `class confidence` labels on
 * each frame and hands the annotated copy on — to an H.264 video file per source, to a live
 * preview page, and/or to `onFrame`. The pipeline awaits it, so a slow encoder slows the
 * pipeline (beyond a few queued frames) instead of piling frames up in memory. `close()`
 * finalises every file and stops the preview.
 */
export function renderBoxes(options: RenderBoxesOptions = {}): RenderBoxesSink {
  const { output, onFrame } = options;
  const wantsPreview = options.preview !== undefined && options.preview !== false;
  if (output === undefined && onFrame === undefined && !wantsPreview) {
    throw new SinkError(
      'SINK_INVALID_OPTIONS',
      'renderBoxes needs somewhere to show frames: an `output` video path, `preview`, or an `onFrame` callback',
    );
  }
  if (options.fps !== undefined && !isUsableFps(options.fps)) {
    throw new SinkError('SINK_INVALID_OPTIONS', `renderBoxes: fps must be a number in (0, 1000], got ${options.fps}`);
  }
  const ffmpeg = checkedFfmpegOption('renderBoxes', options.ffmpeg);
  if (typeof output === 'string') {
    // Fail now, not on the first frame, when the extension names no container we can write.
    new VideoFileWriter({ path: output, fps: FALLBACK_FPS });
  }
  const annotators = options.annotators ?? defaultAnnotators();
  const displaySize = options.displaySize;
  if (
    displaySize !== undefined &&
    !(Number.isInteger(displaySize.width) && Number.isInteger(displaySize.height) && displaySize.width > 0 && displaySize.height > 0)
  ) {
    throw new SinkError('SINK_INVALID_OPTIONS', `renderBoxes: displaySize must be positive integers, got ${JSON.stringify(displaySize)}`);
  }
  const preview = wantsPreview ? new PreviewServer({ ffmpeg, ...(options.preview === true ? {} : (options.preview as PreviewOptions)) }) : undefined;
  /** A preview that failed to start is reported once, then left out. */
  let previewFailed = false;
  const statistics =
    options.displayStatistics === undefined || options.displayStatistics === false
      ? undefined
      : new StatisticsOverlay(options.displayStatistics === true ? {} : options.displayStatistics);
  const maxQueued = Math.max(0, Math.floor(options.maxQueuedFrames ?? 3));
  const writers = new Map<number, VideoFileWriter>();
  /** Writes not yet awaited, per source, oldest first. */
  const queued = new Map<number, Promise<void>[]>();
  let closing: Promise<void> | undefined;

  const writerFor = (frame: VideoFrame): VideoFileWriter => {
    let writer = writers.get(frame.sourceId);
    if (writer === undefined) {
      const path = typeof output === 'function' ? output(frame.sourceId) : outputPathForSource(output!, frame.sourceId);
      const fps = [options.fps, frame.fps, frame.measuredFps].find(isUsableFps) ?? FALLBACK_FPS;
      writer = new VideoFileWriter({ path, fps, ffmpeg, ...options.video });
      writers.set(frame.sourceId, writer);
    }
    return writer;
  };

  /** Shows the frame on the preview page; throws once if the server could not start. */
  const showInPreview = async (annotated: FrameImage, predictions: InferenceResult, videoFrame: VideoFrame) => {
    if (preview === undefined || previewFailed) return;
    if (preview.url === undefined) {
      try {
        await preview.ready;
      } catch (error) {
        previewFailed = true;
        throw error;
      }
    }
    preview.publish(annotated, predictions, videoFrame);
  };

  const sink = async (predictions: InferenceResult, videoFrame: VideoFrame): Promise<void> => {
    if (closing !== undefined) throw new SinkError('SINK_CLOSED', 'renderBoxes: the sink is closed');
    let annotated: FrameImage;
    if (displaySize === undefined) {
      annotated = annotateAll(videoFrame.image, predictions, annotators);
    } else {
      const { width, height } = displaySize;
      const { image, placement } = letterboxImage(videoFrame.image, width, height);
      const moved = letterboxResult(predictions, placement, width, height);
      annotated = image;
      for (const annotator of annotators) annotated = annotator.annotateInPlace(annotated, moved);
    }
    statistics?.draw(annotated, videoFrame, predictions);
    let pending: Promise<void>[] | undefined;
    if (output !== undefined) {
      const written = writerFor(videoFrame).write(annotated);
      written.catch(() => undefined); // awaited below or at close; never unhandled
      pending = queued.get(videoFrame.sourceId) ?? [];
      queued.set(videoFrame.sourceId, pending);
      pending.push(written);
    }
    // Every outlet gets the frame even when another one fails; the first failure is thrown.
    const outlets = await Promise.allSettled([
      showInPreview(annotated, predictions, videoFrame),
      (async () => onFrame?.(annotated, videoFrame))(),
      (async () => {
        // A write error surfaces with the frame that makes the queue overflow (or at close).
        while (pending !== undefined && pending.length > maxQueued) await pending.shift();
      })(),
    ]);
    const failed = outlets.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed !== undefined) throw failed.reason;
  };

  const finish = async (): Promise<void> => {
    // Frames still queued: their errors have not been reported to anyone yet.
    const unreported = await Promise.allSettled([...queued.values()].flat());
    queued.clear();
    // Each writer finishes its queued frames before it closes.
    const closed = await Promise.allSettled([...[...writers.values()].map((w) => w.close()), preview?.close()]);
    const failed = [...unreported, ...closed].find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed !== undefined) throw failed.reason;
  };

  return Object.assign(sink, {
    preview,
    /** Finalises every video file. Idempotent. Rejects with the first write error nobody saw yet. */
    close(): Promise<void> {
      closing ??= finish();
      return closing;
    },
  });
}
