import type { FrameImage, InferenceResult, VideoFrame } from '@rxcv/core';
import { BLACK, WHITE, type Rgb } from '../color/color.js';
import { fillRect } from '../raster/fill-rect.js';
import { drawText, measureText } from '../text/bitmap-font.js';

export interface StatisticsOverlayOptions {
  /** Corner of the frame. Default `'bottom-left'` (the labels of boxes are drawn above boxes). */
  position?: 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';
  /** Integer multiple of the 16 px font. Default 1. */
  textScale?: number;
  /** Opacity of the dark background. Default 0.6. */
  backgroundOpacity?: number;
  /** Throughput is measured over this many milliseconds. Default 1000. */
  windowMs?: number;
}

/** What the overlay shows for one frame. */
export interface FrameStatistics {
  /** Frames of this source drawn per second, over the last window. */
  throughput: number;
  /** From the frame's decode/receive time to now (end-to-end latency), ms. */
  latencyMs: number;
  /** The model's own time for this frame (`result.time`), ms; null when the model gives none. */
  inferenceMs: number | null;
}

/**
 * Roboflow's `display_statistics`: throughput and latency written on the frame. It keeps a short
 * history per source, so one overlay serves every source of a pipeline.
 */
export class StatisticsOverlay {
  private readonly position: NonNullable<StatisticsOverlayOptions['position']>;
  private readonly textScale: number;
  private readonly opacity: number;
  private readonly windowMs: number;
  private readonly history = new Map<number, number[]>();

  constructor(options: StatisticsOverlayOptions = {}) {
    this.position = options.position ?? 'bottom-left';
    this.textScale = Math.max(1, Math.round(options.textScale ?? 1));
    this.opacity = options.backgroundOpacity ?? 0.6;
    this.windowMs = Math.max(1, options.windowMs ?? 1000);
  }

  /** Records that a frame of this source is being drawn now, and returns its statistics. */
  measure(videoFrame: VideoFrame, result: InferenceResult | null, now: number = Date.now()): FrameStatistics {
    const times = this.history.get(videoFrame.sourceId) ?? [];
    this.history.set(videoFrame.sourceId, times);
    times.push(now);
    while (times.length > 0 && times[0] <= now - this.windowMs) times.shift();
    // Until a full window has passed, rate over the time actually covered.
    const span = times.length > 1 ? Math.min(this.windowMs, now - times[0]) : 0;
    const throughput = span > 0 ? ((times.length - 1) * 1000) / span : 0;
    const time = result?.time;
    return {
      throughput,
      latencyMs: Math.max(0, now - videoFrame.frameTimestamp),
      inferenceMs: typeof time === 'number' && Number.isFinite(time) ? time * 1000 : null,
    };
  }

  /** The overlay's lines for these statistics. */
  lines(videoFrame: VideoFrame, stats: FrameStatistics): string[] {
    const lines = [
      `source ${videoFrame.sourceId}  frame ${videoFrame.frameId}`,
      `throughput ${stats.throughput.toFixed(1)} fps`,
      `latency ${Math.round(stats.latencyMs)} ms`,
    ];
    if (stats.inferenceMs !== null) lines.push(`inference ${stats.inferenceMs.toFixed(1)} ms`);
    return lines;
  }

  /** Measures and draws the statistics onto `image` (in place) and returns it. */
  draw(image: FrameImage, videoFrame: VideoFrame, result: InferenceResult | null, now: number = Date.now()): FrameImage {
    const lines = this.lines(videoFrame, this.measure(videoFrame, result, now));
    const pad = 4 * this.textScale;
    const lineH = measureText('', this.textScale).height;
    const w = Math.max(...lines.map((l) => measureText(l, this.textScale).width)) + 2 * pad;
    const h = lines.length * lineH + 2 * pad;
    const x = this.position.endsWith('left') ? 0 : Math.max(0, image.width - w);
    const y = this.position.startsWith('top') ? 0 : Math.max(0, image.height - h);
    fillRect(image, x, y, x + w, y + h, BLACK, this.opacity);
    const text: Rgb = WHITE;
    lines.forEach((line, i) => drawText(image, line, x + pad, y + pad + i * lineH, text, this.textScale));
    return image;
  }
}
