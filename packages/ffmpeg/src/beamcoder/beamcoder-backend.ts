// The beamcoder FFmpeg backend: @rxcv/beamcoder (FFmpeg 5.1 from the system) behind FfmpegBackend.
import type { InputFormat } from '@rxcv/beamcoder';
import { loadBeamcoder } from '@rxcv/beamcoder/load';
import type { FfmpegBackend, VideoFrame } from '../backend.js';
import { ffmpegCall, ffmpegCallSync } from './beamcoder-error.js';
import { createBeamcoderEncoder } from './beamcoder-encoder.js';
import { createBeamcoderFilterGraph } from './beamcoder-filter-graph.js';
import { BeamcoderVideoFrame, fillPackedRows } from './beamcoder-frame.js';
import { BeamcoderDecoder } from './beamcoder-decoder.js';
import { BeamcoderInput } from './beamcoder-input.js';
import { openBeamcoderOutputFile } from './beamcoder-output-file.js';
import { inputFormats } from './demuxer-table.js';
import { FfmpegError } from '../ffmpeg-error.js';

/**
 * The beamcoder backend. Loading it loads the binding (quietly: see `loadBeamcoder`), which
 * throws when @rxcv/beamcoder is not installed or did not build; `loadFfmpegBackend` turns that
 * into FFMPEG_BACKEND_UNAVAILABLE. Every FFmpeg call runs on the libuv threadpool.
 */
export function createBeamcoderBackend(): FfmpegBackend {
  const beamcoder = loadBeamcoder();
  return {
    name: 'beamcoder',
    ffmpegVersion: beamcoder.avVersionInfo(),

    hasInputFormat: (name) => Object.hasOwn(inputFormats(beamcoder), name),

    async openInput(url, options = {}) {
      let iformat: InputFormat | undefined;
      if (options.inputFormat !== undefined) {
        iformat = inputFormats(beamcoder)[options.inputFormat];
        if (iformat === undefined) throw new FfmpegError(`this FFmpeg has no "${options.inputFormat}" input format`);
      }
      const demuxer =
        iformat || options.options
          ? await ffmpegCall(() => beamcoder.demuxer({ url, iformat, options: { ...options.options } }))
          : await ffmpegCall(() => beamcoder.demuxer(url));
      return new BeamcoderInput(beamcoder, demuxer);
    },

    createPacketDecoder(codec, options = {}) {
      const decoder = ffmpegCallSync(() => beamcoder.decoder({ name: codec, ...(options.threads ? { thread_count: options.threads } : {}) }));
      return new BeamcoderDecoder(beamcoder, decoder);
    },

    frameFromPacked(image, pts): VideoFrame {
      const frame = ffmpegCallSync(() => beamcoder.frame({ width: image.width, height: image.height, format: image.pixelFormat, pts }).alloc());
      try {
        fillPackedRows(frame, image.data, image.width, image.height);
      } catch (error) {
        frame.release();
        throw error;
      }
      return new BeamcoderVideoFrame(frame);
    },

    createFilterGraph: (options) => createBeamcoderFilterGraph(beamcoder, options),
    createEncoder: (options) => createBeamcoderEncoder(beamcoder, options),
    openOutputFile: (path, format) => openBeamcoderOutputFile(beamcoder, path, format),
    logLevel: () => beamcoder.logging() ?? 'fatal',
    setLogLevel: (level) => void beamcoder.logging(level),
  };
}
