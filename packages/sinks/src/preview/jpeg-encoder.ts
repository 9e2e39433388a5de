// JPEG encoding of annotated frames for the preview, with FFmpeg's MJPEG encoder.
import type { Encoder, Filterer } from '@rxcv/beamcoder';
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
    for (let y = 0; y < height; y++) frame.data[0].set(image.data.subarray(y * rowBytes, (y + 1) * rowBytes), y * linesize);
    const filtered = await this.filterer!.filter([frame]);
    const encoded = await this.encoder!.encode(filtered[0].frames);
    const packet = encoded.packets[0];
    if (packet === undefined) throw new Error('the MJPEG encoder returned no picture');
    return Buffer.from(packet.data);
  }
}
