import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import type { InferenceResult, Sink, VideoFrame } from '@rxcv/core';
import { messageOf, SinkError } from '../sink-error.js';
import { inferenceMetadata } from './prediction-record.js';

export interface JsonlSinkOptions {
  /** Keep what the file holds and append (default), or start it empty. */
  append?: boolean;
  /**
   * Also `fsync` after every line, so that a power loss or kernel crash (not only a crash of
   * this process) loses at most the line being written. Costs a disk flush a frame. Default false.
   */
  fsync?: boolean;
}

/**
 * Appends one JSON line per prediction to a file: the result as the model gave it (Roboflow's
 * JSON) with `inference_metadata` (source id, frame id, frame timestamp, emission time) — the
 * same record `udpSink` sends.
 *
 * Each line goes to the kernel with one synchronous `write` before the sink returns: nothing
 * waits in a user-space buffer, so if the process crashes, every earlier line is in the file
 * and at most the line being written is lost.
 */
export function jsonlSink(path: string, options: JsonlSinkOptions = {}): Sink<InferenceResult> {
  if (typeof path !== 'string' || path.length === 0) {
    throw new SinkError('SINK_INVALID_OPTIONS', 'jsonlSink: `path` must be a non-empty file path');
  }
  const file = resolve(path);
  let fd: number | undefined;
  try {
    fd = openSync(file, options.append === false ? 'w' : 'a');
  } catch (error) {
    throw new SinkError('SINK_OUTPUT_FAILED', `jsonlSink: cannot open ${file} for writing: ${messageOf(error)}`, {
      cause: error,
    });
  }

  const sink = (predictions: InferenceResult, videoFrame: VideoFrame): void => {
    if (fd === undefined) throw new SinkError('SINK_CLOSED', `jsonlSink: ${file} is closed`);
    const record = { inference_metadata: inferenceMetadata(videoFrame), ...predictions };
    const line = Buffer.from(`${JSON.stringify(record)}\n`);
    try {
      for (let written = 0; written < line.length; ) written += writeSync(fd, line, written);
      if (options.fsync === true) fsyncSync(fd);
    } catch (error) {
      throw new SinkError('SINK_OUTPUT_FAILED', `jsonlSink: writing ${file} failed: ${messageOf(error)}`, { cause: error });
    }
  };

  return Object.assign(sink, {
    /** Flushes the file to disk and closes it. Idempotent. */
    async close(): Promise<void> {
      if (fd === undefined) return;
      const open = fd;
      fd = undefined;
      try {
        fsyncSync(open);
      } finally {
        closeSync(open);
      }
    },
  });
}
