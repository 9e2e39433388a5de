// The pre-roll of one camera: its recent frames kept H.264-encoded, not raw, so memory stays small.
import type { FrameImage, InferenceResult } from '@rxcv/core';
import { loadFfmpegBackend, type FfmpegBackend, type FfmpegBackendName, type FilterGraph, type VideoEncoder, type VideoFrame as FfmpegFrame } from '@rxcv/ffmpeg';
import { withFfmpegInfoSilenced } from '../video/ffmpeg-info-silenced.js';

/** One encoded frame with what is needed to cut, decode and annotate it later. */
export interface RingEntry {
  readonly frameId: number;
  /** The frame's time on the video's clock, ms (see `eventClips`). */
  readonly mediaMs: number;
  /** The frame's `frameTimestamp` (ms since the epoch). */
  readonly frameTimestamp: number;
  /** Starts a group of pictures: decoding can begin here (SPS/PPS are repeated in it). */
  readonly key: boolean;
  /** Annex-B H.264 of this one frame. */
  readonly data: Buffer;
  /** The predictions of the frame, for an annotated snapshot. */
  readonly predictions: InferenceResult;
  readonly width: number;
  readonly height: number;
}

export interface EncodedRingOptions {
  /** Frames per second the camera delivers (sets the keyframe interval). */
  fps: number;
  /** A keyframe every this many seconds: the ring holds at most this much beyond the pre-roll. Default 1. */
  keyframeSeconds?: number;
  /** libx264 preset. Default `veryfast`. */
  preset?: string;
  /** libx264 CRF. Default 23. */
  crf?: number;
  /** The FFmpeg backend; default `RXCV_FFMPEG`, else beamcoder. */
  ffmpeg?: FfmpegBackendName;
}

/**
 * A ring buffer of encoded frames. Each frame is encoded as it arrives (libx264, `zerolatency`:
 * one packet a frame, no B-frames, no delay) and the oldest groups of pictures are dropped once
 * the ring covers more than the pre-roll. A keyframe every `keyframeSeconds` bounds the surplus.
 * Decoding a range starts at the keyframe before it (`from`).
 */
export class EncodedRing {
  private readonly entries: RingEntry[] = [];
  private encoder: VideoEncoder | undefined;
  private graph: FilterGraph | undefined;
  private backend: FfmpegBackend | undefined;
  private size: { width: number; height: number; format: string } | undefined;
  private pts = 0;
  private bytesHeld = 0;

  constructor(private readonly options: EncodedRingOptions) {}

  /** Bytes of encoded video held now. */
  get bytes(): number {
    return this.bytesHeld;
  }

  get length(): number {
    return this.entries.length;
  }

  get first(): RingEntry | undefined {
    return this.entries[0];
  }

  get last(): RingEntry | undefined {
    return this.entries[this.entries.length - 1];
  }

  /** Encodes `image` and keeps it. Calls must not overlap. */
  async push(image: FrameImage, frameId: number, mediaMs: number, frameTimestamp: number, predictions: InferenceResult): Promise<void> {
    const backend = (this.backend ??= await loadFfmpegBackend(this.options.ffmpeg));
    const { encoder, graph } = await this.codecFor(backend, image);
    const frame = backend.frameFromPacked({ width: image.width, height: image.height, pixelFormat: image.format, data: image.data }, this.pts);
    let frames: FfmpegFrame[] = [];
    try {
      frames = (await graph.filter(frame))[0] ?? [];
      for (const f of frames) f.pts = this.pts;
      this.pts += 1;
      const first = this.entries.length === 0 && this.pts === 1;
      const packets = first ? await withFfmpegInfoSilenced(backend, () => encoder.encode(frames)) : await encoder.encode(frames);
      for (const packet of packets) {
        // Packets come copied out of FFmpeg already (compact buffers; the AVPackets are freed).
        const data = packet.data;
        this.entries.push({ frameId, mediaMs, frameTimestamp, key: packet.key, data, predictions, width: image.width, height: image.height });
        this.bytesHeld += data.length;
      }
    } finally {
      frame.release();
      for (const f of frames) f.release();
    }
  }

  /**
   * Drops the oldest groups of pictures while the ring would still hold a keyframe at or before
   * `keepFromMs`, so that every frame from `keepFromMs` on can be decoded.
   */
  trim(keepFromMs: number): void {
    for (;;) {
      const nextKey = this.entries.findIndex((e, i) => i > 0 && e.key);
      if (nextKey === -1 || this.entries[nextKey]!.mediaMs > keepFromMs) return;
      for (const dropped of this.entries.splice(0, nextKey)) this.bytesHeld -= dropped.data.length;
    }
  }

  /** The entries from the last keyframe at or before `fromMs` to the newest, for decoding. */
  from(fromMs: number): RingEntry[] {
    let start = 0;
    for (let i = 0; i < this.entries.length; i++) {
      const entry = this.entries[i]!;
      if (entry.mediaMs > fromMs) break;
      if (entry.key) start = i;
    }
    return this.entries.slice(start);
  }

  /** The entry of a frame, if the ring still holds it. */
  find(frameId: number): RingEntry | undefined {
    return this.entries.find((e) => e.frameId === frameId);
  }

  private async codecFor(backend: FfmpegBackend, image: FrameImage): Promise<{ encoder: VideoEncoder; graph: FilterGraph }> {
    const { width, height, format } = image;
    if (this.encoder && this.graph && this.size?.width === width && this.size.height === height && this.size.format === format) {
      return { encoder: this.encoder, graph: this.graph };
    }
    // A new size (a camera that changed resolution) starts a new stream: what came before is dropped.
    this.entries.length = 0;
    this.bytesHeld = 0;
    this.pts = 0;
    const fps = Math.max(1, Math.round(this.options.fps));
    const w = width + (width % 2);
    const h = height + (height % 2);
    this.graph = await backend.createFilterGraph({
      input: { width, height, pixelFormat: format, timeBase: [1, fps], sampleAspectRatio: [1, 1] },
      spec: `[in]pad=${w}:${h}:0:0:black,format=yuv420p[out0]`,
      outputPixelFormats: ['yuv420p'],
    });
    this.encoder = backend.createEncoder({
      codec: 'libx264',
      width: w,
      height: h,
      pixelFormat: 'yuv420p',
      timeBase: [1, fps],
      frameRate: [fps, 1],
      gopSize: Math.max(1, Math.round(fps * (this.options.keyframeSeconds ?? 1))),
      colorRange: 'tv',
      colorspace: 'smpte170m',
      options: {
        preset: this.options.preset ?? 'veryfast',
        tune: 'zerolatency',
        crf: this.options.crf ?? 23,
        // No scene-cut keyframes: the interval stays fixed, so the ring's surplus is bounded.
        'x264-params': 'log=-1:scenecut=0:repeat-headers=1',
      },
    });
    this.size = { width, height, format };
    return { encoder: this.encoder, graph: this.graph };
  }
}
