// JPEG encoding of annotated frames for the preview, with FFmpeg's MJPEG encoder.
import { SerialQueue, type FrameImage } from '@rxcv/core';
import { loadFfmpegBackend, type FfmpegBackend, type FfmpegBackendName, type FilterGraph, type VideoEncoder, type VideoFrame as FfmpegFrame } from '@rxcv/ffmpeg';

/**
 * Encodes frames to JPEG with FFmpeg's MJPEG encoder through the FFmpeg backend (already a
 * dependency, so the preview needs no image library). Full-range yuv420p, as JPEG expects.
 * Converter and encoder are rebuilt when the frame size or pixel format changes. Calls are
 * queued, one encode at a time: a preview stream whose last viewer left may still be encoding
 * when the next viewer (or a snapshot) starts the next encode, and FFmpeg's filter graph and
 * encoder take one frame at a time.
 */
export class JpegEncoder {
  private key: string | undefined;
  private graph: FilterGraph | undefined;
  private encoder: VideoEncoder | undefined;
  private backend: FfmpegBackend | undefined;
  private pts = 0;
  private readonly queue = new SerialQueue();

  /**
   * @param quality FFmpeg's `qscale`, 2 (best) to 31 (smallest). Default 5.
   * @param ffmpeg the FFmpeg backend; default `RXCV_FFMPEG`, else beamcoder.
   */
  constructor(
    private readonly quality = 5,
    private readonly ffmpeg?: FfmpegBackendName,
  ) {}

  encode(image: FrameImage): Promise<Buffer> {
    return this.queue.enqueue(() => this.encodeNow(image));
  }

  private async encodeNow(image: FrameImage): Promise<Buffer> {
    const backend = (this.backend ??= await loadFfmpegBackend(this.ffmpeg));
    const { width, height, format } = image;
    const key = `${width}x${height}/${format}`;
    if (this.key !== key) {
      this.graph = await backend.createFilterGraph({
        input: { width, height, pixelFormat: format, timeBase: [1, 25], sampleAspectRatio: [1, 1] },
        // yuv420p needs even sizes; JPEG wants full range.
        spec: '[in]pad=ceil(iw/2)*2:ceil(ih/2)*2,scale=out_range=pc,format=yuv420p[out0]',
        outputPixelFormats: ['yuv420p'],
      });
      this.encoder = backend.createEncoder({
        codec: 'mjpeg',
        width: width + (width % 2),
        height: height + (height % 2),
        pixelFormat: 'yuv420p',
        colorRange: 'pc',
        timeBase: [1, 25],
        qscale: this.quality,
      });
      this.key = key;
    }
    const frame = backend.frameFromPacked({ width, height, pixelFormat: format, data: image.data }, this.pts++);
    let filteredFrames: FfmpegFrame[] = [];
    try {
      filteredFrames = (await this.graph!.filter(frame))[0] ?? [];
      const packets = await this.encoder!.encode(filteredFrames);
      const packet = packets[0];
      if (packet === undefined) throw new Error('the MJPEG encoder returned no picture');
      return packet.data;
    } finally {
      // Give FFmpeg's buffers back now rather than when the garbage collector finalises them.
      frame.release();
      for (const f of filteredFrames) f.release();
    }
  }
}
