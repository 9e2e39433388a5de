import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SourceError } from '@rxcv/core';
import { ffmpegBackendsUnderTest } from '@rxcv/testing';
import { V4L2_INPUT_FORMAT, classifyFfmpegError, loadFfmpegBackend, openVideoSource, resolveVideoReference } from '../src/index.js';

const hasCamera = existsSync('/dev/video0');

describe('webcam (V4L2)', () => {
  it('resolves 0, "0" and /dev/video0 to the device node', () => {
    for (const reference of [0, '0', '/dev/video0']) expect(resolveVideoReference(reference)).toMatchObject({ kind: 'webcam', url: '/dev/video0' });
  });

  it.each(ffmpegBackendsUnderTest())('this FFmpeg (%s) has the video4linux2 input', async (ffmpeg) => {
    expect((await loadFfmpegBackend(ffmpeg)).hasInputFormat(V4L2_INPUT_FORMAT)).toBe(true);
  });

  it.skipIf(hasCamera)('a missing device: DEVICE_NOT_FOUND naming it, at once', async () => {
    const error = await openVideoSource(0, { width: 640, height: 480, fps: 30, inputPixelFormat: 'mjpeg' }).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).code).toBe('DEVICE_NOT_FOUND');
    expect((error as SourceError).message).toContain('/dev/video0');
    expect((error as SourceError).message).toContain('does not exist');
  });

  it.skipIf(hasCamera).each(ffmpegBackendsUnderTest())('FFmpeg\'s own failure (%s) on a missing device is classified DEVICE_NOT_FOUND too', async (ffmpeg) => {
    const backend = await loadFfmpegBackend(ffmpeg);
    const failure = await backend
      .openInput('/dev/video0', { inputFormat: V4L2_INPUT_FORMAT, options: { video_size: '640x480' } })
      .then(() => null, (e: unknown) => e);
    expect(failure).not.toBeNull();
    expect(classifyFfmpegError(failure, { reference: resolveVideoReference(0), phase: 'open' }).code).toBe('DEVICE_NOT_FOUND');
  });

  it('rejects half a size with INVALID_REFERENCE before touching the device', async () => {
    const error = await openVideoSource('/dev/video0', { width: 640 }).then(() => null, (e: unknown) => e);
    expect((error as SourceError).code).toBe('INVALID_REFERENCE');
  });

  // Reading a real camera needs /dev/video0: these machines have no V4L2 in the kernel.
  it.skipIf(!hasCamera)('reads frames from /dev/video0 (skipped when the machine has no camera)', async () => {
    const source = await openVideoSource(0, { width: 640, height: 480 });
    expect(source.kind).toBe('webcam');
    const frame = await new Promise<{ width: number; comesFromVideoFile: boolean }>((resolve, reject) => {
      const subscription = source.frames().subscribe({
        next: (f) => {
          subscription.unsubscribe();
          resolve({ width: f.image.width, comesFromVideoFile: f.comesFromVideoFile });
        },
        error: reject,
      });
    });
    expect(frame).toEqual({ width: 640, comesFromVideoFile: false });
  });
  if (!hasCamera) console.info('webcam: no /dev/video0 on this machine (no V4L2 in the kernel): the real-camera test is skipped');

  it('a stand-in camera (NOT a webcam: FFmpeg\'s lavfi test source at real-time pace) runs as a live webcam source', async () => {
    const source = await openVideoSource('testsrc2=size=320x240:rate=30,realtime', { kind: 'webcam', inputFormat: 'lavfi', sourceId: 9 });
    expect(source.kind).toBe('webcam');
    expect(source.defaultMode).toBe('latest-frame');
    expect(source.describe()).toMatchObject({ kind: 'webcam', width: 320, height: 240, fps: 30, totalFrames: null });
    const frames: Array<{ id: number; at: number; file: boolean }> = [];
    const subscription = source.frames().subscribe((f) => frames.push({ id: f.frameId, at: f.frameTimestamp, file: f.comesFromVideoFile }));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    subscription.unsubscribe();
    const span = (frames.at(-1)!.at - frames[0].at) / 1000;
    const rate = (frames.length - 1) / span;
    expect(rate).toBeGreaterThan(24);
    expect(rate).toBeLessThan(36);
    expect(frames.every((f) => !f.file)).toBe(true);
  });
});
