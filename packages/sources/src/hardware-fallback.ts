// The one HARDWARE_DECODING_FALLBACK event of a source whose `hwDecode: 'auto'` found no hardware decoder.
import { statusEvent, type StatusEvent } from '@rxcv/core';
import type { VideoReader } from './video-reader.js';

/**
 * Watches the readers a source opens (a live source opens one per connection) and gives the
 * fallback event for the first one that decodes in software although `hwDecode` was `'auto'`:
 * once per source, not once per reconnect.
 */
export class HardwareFallbackNotice {
  private reported = false;

  constructor(private readonly sourceId: number) {}

  /** The event to emit for this newly opened reader, or null. */
  check(reader: VideoReader): StatusEvent | null {
    if (this.reported || reader.hardwareRequested !== 'auto' || reader.hardware !== null) return null;
    this.reported = true;
    const backend = reader.backendName;
    const reason =
      backend === 'beamcoder'
        ? 'beamcoder has no hardware decoding (choose ffmpeg: "node-av" for it); decoding in software'
        : `no hardware decoder of this machine (VAAPI, CUDA, QSV, VideoToolbox) could decode ${reader.info.codec}; decoding in software`;
    return statusEvent('HARDWARE_DECODING_FALLBACK', 'warning', this.sourceId, { backend, codec: reader.info.codec, reason });
  }
}
