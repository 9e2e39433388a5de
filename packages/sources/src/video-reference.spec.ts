import { describe, expect, it } from 'vitest';
import { SourceError } from '@rxcv/core';
import { resolveVideoReference } from './video-reference.js';

describe('resolveVideoReference', () => {
  it.each([
    ['clip.mp4', 'file', 'clip.mp4'],
    ['/abs/path/clip.mkv', 'file', '/abs/path/clip.mkv'],
    ['file:///abs/my%20clip.mp4', 'file', '/abs/my clip.mp4'],
    ['rtsp://cam.local:554/stream1', 'stream', 'rtsp://cam.local:554/stream1'],
    ['rtmp://live.example/app/key', 'stream', 'rtmp://live.example/app/key'],
    ['https://example.com/live/index.m3u8', 'stream', 'https://example.com/live/index.m3u8'],
    ['udp://127.0.0.1:1234', 'stream', 'udp://127.0.0.1:1234'],
    ['srt://127.0.0.1:9000', 'stream', 'srt://127.0.0.1:9000'],
    ['/dev/video2', 'webcam', '/dev/video2'],
    ['/dev/v4l/by-id/usb-cam-video-index0', 'webcam', '/dev/v4l/by-id/usb-cam-video-index0'],
    ['0', 'webcam', '/dev/video0'],
  ] as const)('%s is a %s opened as %s', (reference, kind, url) => {
    expect(resolveVideoReference(reference)).toMatchObject({ kind, url });
  });

  it('takes a number as a webcam index', () => {
    expect(resolveVideoReference(1)).toEqual({ kind: 'webcam', url: '/dev/video1', display: '/dev/video1' });
  });

  it('lets the kind be forced', () => {
    expect(resolveVideoReference('https://example.com/clip.mp4', 'file')).toMatchObject({ kind: 'file', url: 'https://example.com/clip.mp4' });
    expect(resolveVideoReference('/tmp/loop.mp4', 'stream')).toMatchObject({ kind: 'stream' });
    expect(resolveVideoReference(3, 'webcam')).toMatchObject({ kind: 'webcam', url: '/dev/video3' });
  });

  it('keeps credentials in the url for FFmpeg and out of the display form', () => {
    const resolved = resolveVideoReference('rtsp://admin:hunter22@10.0.0.5:554/live?token=abc#x');
    expect(resolved.url).toBe('rtsp://admin:hunter22@10.0.0.5:554/live?token=abc#x');
    expect(resolved.display).toBe('rtsp://10.0.0.5:554/live');
  });

  it.each([[''], ['   '], [-1], [1.5]])('rejects %j with INVALID_REFERENCE', (reference) => {
    expect(() => resolveVideoReference(reference)).toThrow(SourceError);
    try {
      resolveVideoReference(reference);
    } catch (error) {
      expect((error as SourceError).code).toBe('INVALID_REFERENCE');
    }
  });
});
