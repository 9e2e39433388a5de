// JPEG encoding of annotated frames for the preview, with FFmpeg's MJPEG encoder.
import type { Encoder, Filterer, Frame } from '@rxcv/beamcoder';
import type { FrameImage } from '@rxcv/core';
import { loadBeamcoder } from '@rxcv/beamcoder/load';

/**
 * Encodes frames to JPEG with FFmpeg's MJPEG encoder through beamcoder (already a dependency,
 * so the preview needs no image library). Full-range yuv420p, as JPEG expects. Converter and
 * encoder are rebuilt when the frame size or pixel format changes. Calls must not overlap.
 */
export class JpegEncoder {
  private key: string | undefined;
  private filterer: Filterer | undefined;
  private encoder: Encoder | undefined;
  private pts = 0;

  /** @param quality FFmpeg's `qscale`, 2 (best) to 31 (smallest). Default 5. */
  constructor(private readonly quality = 5) {}

  async encode(image: FrameImage): Promise<Buffer> {
    const beamcoder = loadBeamcoder();
    const { width, height, format } = image;
    const key = `${width}x${height}/${format}`;
    if (this.key !== key) {
      this.filterer = await beamcoder.filterer({
        filterType: 'video',
        inputParams: [{ width, height, pixelFormat: format, timeBase: [1, 25], pixelAspect: [1, 1] }],
        outputParams: [{ pixelFormat: 'yuv420p' }],
        // yuv420p needs even sizes; JPEG wants full range.
        filterSpec: `pad=ceil(iw/2)*2:ceil(ih/2)*2,scale=out_range=pc,format=yuv420p`,
      });
      this.encoder = beamcoder.encoder({
        name: 'mjpeg',
        width: width + (width % 2),
        height: height + (height % 2),
        pix_fmt: 'yuv420p',
        color_range: 'pc',
        time_base: [1, 25],
        flags: { QSCALE: true },
        global_quality: this.quality * 118, // FF_QP2LAMBDA
      });
      this.key = key;
    }
    const frame = beamcoder.frame({ width, height, format, pts: this.pts++ }).alloc();
    const linesize = frame.linesize[0];
    const rowBytes = width * 3;
    // `frame.data` builds new external Buffers (a reference to the whole picture each) on every
    // read: read once. Read per row, V8 counted ~2 GB of "external" memory per 1280x720 JPEG
    // (720 x 2.7 MB), which made `process.memoryUsage().external` swing to 3.7 GB in the soak.
    const plane = frame.data[0];
    for (let y = 0; y < height; y++) plane.set(image.data.subarray(y * rowBytes, (y + 1) * rowBytes), y * linesize);
    let filteredFrames: Frame[] = [];
    try {
      const filtered = await this.filterer!.filter([frame]);
      filteredFrames = filtered[0]?.frames ?? [];
      const encoded = await this.encoder!.encode(filteredFrames);
      const packet = encoded.packets[0];
      if (packet === undefined) throw new Error('the MJPEG encoder returned no picture');
      return Buffer.from(packet.data);
    } finally {
      // Give FFmpeg's buffers back now rather than when the garbage collector finalises them.
      frame.release();
      for (const f of filteredFrames) f.release();
    }
  }
}
