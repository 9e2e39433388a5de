import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasSharedAssets } from '@rxcv/testing';
import { ModelError, SourceError, type VideoFrame } from '@rxcv/core';
import { InferencePipeline } from '../src/index.js';
import { HIGHWAY, YOLOX, tempDir } from './helpers.js';

describe.skipIf(!hasSharedAssets())('InferencePipeline: bad input gives typed errors, never a hang', () => {
  const dir = tempDir();
  const notAVideo = join(dir, 'notes.mp4');
  const notAModel = join(dir, 'model.onnx');
  const headerCut = join(dir, 'header-cut.mp4');
  const midCut = join(dir, 'mid-cut.mp4');

  beforeAll(() => {
    writeFileSync(notAVideo, 'this is a text file, not a video\n'.repeat(100));
    writeFileSync(notAModel, 'not an onnx model\n');
    // The header (moov) first, then cut the media data in half: frames before the cut decode.
    const faststart = join(dir, 'faststart.mp4');
    execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', HIGHWAY, '-c', 'copy', '-movflags', '+faststart', faststart]);
    const bytes = readFileSync(faststart);
    writeFileSync(midCut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    // Only the first 2 kB: no readable header at all.
    writeFileSync(headerCut, bytes.subarray(0, 2048));
  });

  const init = (videoReference: string, modelId = YOLOX) =>
    InferencePipeline.init({ modelId, videoReference, onPrediction: () => undefined });

  it('a missing file', async () => {
    const error = await init(join(dir, 'missing.mp4')).catch((e) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect(error).toMatchObject({ code: 'SOURCE_NOT_FOUND' });
    expect(error.message).toContain('missing.mp4');
  });

  it('a file that is not a video', async () => {
    const error = await init(notAVideo).catch((e) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect(error.code).toBe('SOURCE_UNREADABLE');
    expect(error.message).toContain('notes.mp4');
  });

  it('an MP4 truncated inside its header', async () => {
    const error = await init(headerCut).catch((e) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect(error.code).toBe('SOURCE_UNREADABLE');
  });

  it('an MP4 truncated mid-data: frames before the cut are delivered, then the error', async () => {
    const frames: number[] = [];
    const pipeline = await InferencePipeline.init({
      modelId: YOLOX,
      videoReference: midCut,
      onPrediction: (_: unknown, frame: VideoFrame) => void frames.push(frame.frameId),
    });
    pipeline.start();
    const outcome = await pipeline.join().then(() => null, (e: unknown) => e);
    // FFmpeg may report the cut as an error or just as the end of the data: either way the
    // frames before it arrive, in order, with no gap.
    expect(frames.length).toBeGreaterThan(50);
    expect(frames.length).toBeLessThan(221);
    expect(frames).toEqual(Array.from({ length: frames.length }, (_, i) => i + 1));
    if (outcome !== null) {
      expect(outcome).toBeInstanceOf(SourceError);
      expect((outcome as SourceError).code).toBe('SOURCE_DECODE_FAILED');
    }
  });

  it('a model file that is not ONNX', async () => {
    const error = await init(HIGHWAY, notAModel).catch((e) => e);
    expect(error).toBeInstanceOf(ModelError);
    expect(error.code).toBe('MODEL_INVALID');
    expect(error.message).toContain('model.onnx');
  });

  it('a model file that does not exist', async () => {
    const error = await init(HIGHWAY, join(dir, 'nope.onnx')).catch((e) => e);
    expect(error).toBeInstanceOf(ModelError);
    expect(error.code).toBe('MODEL_NOT_FOUND');
  });
});
