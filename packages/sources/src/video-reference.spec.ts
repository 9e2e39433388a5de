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

describe('resolveVideoReference: protocols and malformed URLs (issue 17, part 6)', () => {
  const code = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return (error as SourceError).code;
    }
    return 'resolved';
  };

  it('a plain path or file: is read with protocol_whitelist=file', () => {
    expect(resolveVideoReference('/v/clip.mp4')).toMatchObject({ kind: 'file', protocolWhitelist: 'file' });
    expect(resolveVideoReference('file:clip.mp4')).toMatchObject({ kind: 'file', url: 'clip.mp4', protocolWhitelist: 'file' });
    expect(resolveVideoReference('/tmp/loop.mp4', 'stream')).toMatchObject({ kind: 'stream', protocolWhitelist: 'file' });
  });

  it.each([['concat:a.mp4|/etc/passwd'], ['subfile:,,start,0,end,0,,:a.mp4'], ['data:video/mp4;base64,AA'], ['pipe:0'], ['gopher://host/x']])(
    '%s is refused unless allowed',
    (reference) => {
      expect(code(() => resolveVideoReference(reference))).toBe('INVALID_REFERENCE');
    },
  );

  it('allowProtocols lets one protocol through, with a whitelist of file and it', () => {
    expect(resolveVideoReference('concat:a.mp4|b.mp4', undefined, { allowProtocols: ['concat'] })).toMatchObject({
      kind: 'file',
      protocolWhitelist: 'file,concat',
    });
    expect(code(() => resolveVideoReference('subfile:x', undefined, { allowProtocols: ['concat'] }))).toBe('INVALID_REFERENCE');
  });

  it.each([['rtsp:/admin:pw@host/cam'], ['rtsp:host/cam'], ['http:/x'], ['rtsp://admin:a/b@host/cam'], ['rtsp://admin:12/34@host/cam'], ['rtsp://']])(
    '%s is a malformed URL: INVALID_REFERENCE',
    (reference) => {
      expect(code(() => resolveVideoReference(reference))).toBe('INVALID_REFERENCE');
    },
  );

  it('a drive-letter-like single-letter prefix is still a file path', () => {
    expect(resolveVideoReference('c:clip.mp4')).toMatchObject({ kind: 'file', url: 'c:clip.mp4' });
  });
});
