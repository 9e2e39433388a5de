// Issue 17 part 6: references cannot smuggle FFmpeg protocols in, malformed URLs are refused,
// and no password reaches a message, whatever its characters.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SourceError } from '@rxcv/core';
import { hasSharedAssets, ffmpegBackendsUnderTest } from '@rxcv/testing';
import { loadFfmpegBackend, openVideoSource, type VideoSourceOptions } from '../src/index.js';
import { VideoReader } from '../src/video-reader.js';
import { HIGHWAY, makeScratchDir } from './helpers/media-fixtures.js';

describe.each(ffmpegBackendsUnderTest())('references (FFmpeg backend %s)', (ffmpegBackend) => {
  async function openError(reference: string, options: VideoSourceOptions = {}): Promise<SourceError> {
    const error = await openVideoSource(reference, { ffmpeg: ffmpegBackend, reconnect: false, timeoutMs: 1000, ...options }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SourceError);
    return error as SourceError;
  }

  /** Everything an error exposes, as a log line or a status event would carry it. */
  function everything(error: SourceError): string {
    const cause = error.cause instanceof Error ? `${error.cause.message} ${error.cause.stack}` : String(error.cause);
    return [error.message, error.reference, error.stack, JSON.stringify(error), cause].join('\n');
  }

  describe.skipIf(!hasSharedAssets())('video references (issue 17, part 6)', () => {
    const scratch = makeScratchDir();
    afterAll(() => scratch.remove());

    it.each([
      ['concat: reading another file', `concat:${HIGHWAY}|/etc/passwd`, 'concat'],
      ['subfile:', `subfile:,,start,0,end,0,,:${HIGHWAY}`, 'subfile'],
      ['data:', 'data:video/mp4;base64,AAAA', 'data'],
      ['pipe:', 'pipe:0', 'pipe'],
      ['crypto:', `crypto:${HIGHWAY}`, 'crypto'],
      ['concat:// as a "URL"', `concat://${HIGHWAY}|/etc/passwd`, 'concat'],
    ])('%s is refused: INVALID_REFERENCE naming the protocol and allowProtocols', async (_name, reference, protocol) => {
      const error = await openError(reference);
      expect(error.code).toBe('INVALID_REFERENCE');
      expect(error.message).toContain(`"${protocol}:"`);
      expect(error.message).toContain('allowProtocols');
      expect(error.message).not.toContain('/etc/passwd');
    });

    it('an FFmpeg protocol named in allowProtocols is read (through FFmpeg protocol_whitelist file,concat)', async () => {
      const source = await openVideoSource(`concat:${HIGHWAY}`, { ffmpeg: ffmpegBackend, allowProtocols: ['concat'] });
      expect(source.describe()).toMatchObject({ kind: 'file', width: 960, height: 540 });
    });

    it('FFmpeg itself enforces the whitelist: a concat: URL opened with protocol_whitelist=file fails', async () => {
      const error = await VideoReader.open(
        { kind: 'file', url: `concat:${HIGHWAY}`, display: 'concat:...', protocolWhitelist: 'file' },
        { backend: await loadFfmpegBackend(ffmpegBackend), pixelFormat: 'rgb24', corruptData: 'fail', flushAtEnd: true },
      ).then(
        (reader) => {
          reader.close();
          return null;
        },
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(SourceError);
    });

    it('a file really named "concat:..." is read as a file with a path', async () => {
      const odd = join(scratch.dir, 'concat:clip.mp4');
      copyFileSync(HIGHWAY, odd);
      const source = await openVideoSource(odd, { ffmpeg: ffmpegBackend });
      expect(source.describe()).toMatchObject({ kind: 'file', width: 960 });
    });

    it.each([
      ['one slash', 'rtsp:/admin:hunter22@127.0.0.1/cam', 'hunter22'],
      ['no slash', 'rtsp:admin:hunter22@127.0.0.1/cam', 'hunter22'],
      ['unencoded / in the password', 'rtsp://admin:hunt/er22@127.0.0.1/cam', 'hunt/er22'],
      ['unencoded / in a numeric password (parses as a port)', 'rtsp://admin:1234/5678@127.0.0.1/cam', '5678'],
      ['unencoded # in the password', 'rtsp://admin:hunt#er22@127.0.0.1/cam', 'hunt#er22'],
      ['unencoded ? in the password', 'rtsp://admin:hunt?er22@127.0.0.1/cam', 'hunt?er22'],
      ['unencoded ? in a user-only credential', 'rtsp://hunt?er22@127.0.0.1/cam', 'hunt?er22'],
    ])('a malformed URL (%s) is INVALID_REFERENCE, the password nowhere', async (_name, reference, secret) => {
      const error = await openError(reference);
      expect(error.code).toBe('INVALID_REFERENCE');
      expect(everything(error)).not.toContain(secret);
      expect(error.message).toContain('127.0.0.1');
    });

    it('a URL without a host is INVALID_REFERENCE, the password nowhere', async () => {
      const error = await openError('rtsp://admin:hunter22@/cam');
      expect(error.code).toBe('INVALID_REFERENCE');
      expect(everything(error)).not.toContain('hunter22');
    });

    it('a leading space before a camera URL: read as the URL, the password nowhere', async () => {
      // Port 1 on loopback: nothing listens, so the connection is refused at once.
      const error = await openError(' rtsp://admin:hunter22@127.0.0.1:1/cam');
      expect(error.code).toBe('CONNECTION_REFUSED');
      expect(everything(error)).not.toContain('hunter22');
    });

    it.each([
      [';password= parameters', 'rtsp://127.0.0.1:1/cam;user=admin;password=hunter22', 'hunter22'],
      ['a 2-character password', 'rtsp://admin:q7@127.0.0.1:1/cam', ':q7@'],
      ['an @ in the password', 'rtsp://admin:hunt@er22@127.0.0.1:1/cam', 'hunt@er22'],
    ])('an error on a stream with %s never shows the secret', async (_name, reference, secret) => {
      const error = await openError(reference);
      expect(error.code).toBe('CONNECTION_REFUSED');
      expect(everything(error)).not.toContain(secret);
    });
  });
});
