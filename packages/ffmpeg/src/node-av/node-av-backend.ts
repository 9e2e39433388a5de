// The node-av FFmpeg backend: rxcv's FfmpegBackend on node-av's prebuilt FFmpeg (low-level API).
import { InputFormat, getFFmpegInfo } from 'node-av/lib';
import type { FfmpegBackend } from '../backend.js';
import { asFfmpegError } from './node-av-error.js';
import { createNodeAvEncoder } from './node-av-encoder.js';
import { createNodeAvFilterGraph } from './node-av-filter-graph.js';
import { frameFromPackedImage } from './node-av-frame.js';
import { createPacketDecoder } from './node-av-decoder.js';
import { openNodeAvInput } from './node-av-input.js';
import { applyLogLevelFromEnvironment, logLevel, setLogLevel } from './node-av-log-level.js';
import { openNodeAvOutputFile } from './node-av-output-file.js';

/**
 * Creates the backend (the binding is already loaded by this module's imports). Sets FFmpeg's log
 * level from `RXCV_FFMPEG_LOGLEVEL` (default `fatal`), like the beamcoder backend.
 */
export async function createNodeAvBackend(): Promise<FfmpegBackend> {
  applyLogLevelFromEnvironment();
  const ffmpegVersion = getFFmpegInfo().version;
  return {
    name: 'node-av',
    ffmpegVersion,
    hasInputFormat: (name) => InputFormat.findInputFormat(name) !== null,
    openInput: (url, options) => rethrown(openNodeAvInput(url, options)),
    createPacketDecoder,
    frameFromPacked: frameFromPackedImage,
    createFilterGraph: (options) => rethrown(createNodeAvFilterGraph(options)),
    createEncoder: createNodeAvEncoder,
    openOutputFile: (path, format) => rethrown(openNodeAvOutputFile(path, format)),
    logLevel,
    setLogLevel,
  };
}

/** node-av's own thrown errors (with an FFmpeg code) become `FfmpegError`s. */
async function rethrown<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    throw asFfmpegError(error);
  }
}
