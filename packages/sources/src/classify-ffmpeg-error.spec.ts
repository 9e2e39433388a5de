import { describe, expect, it } from 'vitest';
import { SourceError } from '@rxcv/core';
import { FfmpegError } from '@rxcv/ffmpeg';
import { classifyFfmpegError } from './classify-ffmpeg-error.js';
import { resolveVideoReference } from './video-reference.js';

/** A failure as every FFmpeg backend reports it: FFmpeg's own message. */
const ffmpegError = (message: string) => new FfmpegError(message);

const stream = resolveVideoReference('rtsp://admin:hunter22@10.0.0.5:554/live?token=s3cr3t');
const file = resolveVideoReference('/videos/clip.mp4');
const webcam = resolveVideoReference(0);

describe('classifyFfmpegError', () => {
  it.each([
    ['Server returned 401 Unauthorized (authorization failed)', 'AUTHENTICATION_FAILED'],
    ['Server returned 403 Forbidden (access denied)', 'AUTHENTICATION_FAILED'],
    ['Server returned 404 Not Found', 'STREAM_NOT_FOUND'],
    ['Connection refused', 'CONNECTION_REFUSED'],
    ['Connection timed out', 'TIMEOUT'],
    ['Network is unreachable', 'CONNECTION_FAILED'],
    ['No route to host', 'CONNECTION_FAILED'],
    ['Name or service not known', 'CONNECTION_FAILED'],
    ['Server returned 5XX Server Error reply', 'CONNECTION_FAILED'],
    ['Decoder not found', 'UNSUPPORTED_CODEC'],
    ['Invalid data found when processing input', 'CONNECTION_FAILED'],
  ] as const)('stream: "%s" -> %s', (message, code) => {
    expect(classifyFfmpegError(ffmpegError(message), { reference: stream, phase: 'open' }).code).toBe(code);
  });

  it('an open that ran into the time-out is TIMEOUT even though FFmpeg 5.1 says "Invalid data"', () => {
    const error = classifyFfmpegError(ffmpegError('Invalid data found when processing input'), {
      reference: stream,
      phase: 'open',
      elapsedMs: 2050,
      timeoutMs: 2000,
    });
    expect(error.code).toBe('TIMEOUT');
  });

  it.each([
    ['No such file or directory', 'SOURCE_NOT_FOUND'],
    ['Invalid data found when processing input', 'SOURCE_UNREADABLE'],
    ['Permission denied', 'SOURCE_UNREADABLE'],
  ] as const)('file: "%s" -> %s', (message, code) => {
    expect(classifyFfmpegError(ffmpegError(message), { reference: file, phase: 'open' }).code).toBe(code);
  });

  it('webcam: a missing device node is DEVICE_NOT_FOUND', () => {
    expect(classifyFfmpegError(ffmpegError('No such file or directory'), { reference: webcam, phase: 'open' }).code).toBe('DEVICE_NOT_FOUND');
  });

  it('names the redacted reference and quotes FFmpeg without the credentials it may echo', () => {
    const error = classifyFfmpegError(
      ffmpegError('rtsp://admin:hunter22@10.0.0.5:554/live?token=s3cr3t: Server returned 401 Unauthorized (authorization failed)'),
      { reference: stream, phase: 'open' },
    );
    expect(error).toBeInstanceOf(SourceError);
    expect(error.reference).toBe('rtsp://10.0.0.5:554/live');
    expect(error.message).toContain('rtsp://10.0.0.5:554/live');
    expect(error.message).toContain('authentication failed');
    for (const secret of ['hunter22', 's3cr3t', 'admin']) {
      expect(error.message).not.toContain(secret);
      expect((error.cause as Error).message).not.toContain(secret);
    }
  });

  it('passes a SourceError through unchanged', () => {
    const original = new SourceError('TIMEOUT', 'x', 'y');
    expect(classifyFfmpegError(original, { reference: stream, phase: 'read' })).toBe(original);
  });
});
