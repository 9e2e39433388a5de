import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SourceError } from '@rxcv/core';
import { hasSharedAssets, ffmpegBackendsUnderTest } from '@rxcv/testing';
import { openVideoSource } from '../src/index.js';
import { collect } from './helpers/collect.js';
import { HIGHWAY, ffmpeg, makeScratchDir, truncateTo } from './helpers/media-fixtures.js';

describe.each(ffmpegBackendsUnderTest())('file errors (FFmpeg backend %s)', (ffmpegBackend) => {
  async function openError(reference: string | number): Promise<SourceError> {
    const error = await openVideoSource(reference, { ffmpeg: ffmpegBackend }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SourceError);
    return error as SourceError;
  }

  describe('video file source: bad input gives a typed error', () => {
    it('a missing file: SOURCE_NOT_FOUND naming the file', async () => {
      const error = await openError('/nowhere/missing-clip.mp4');
      expect(error.code).toBe('SOURCE_NOT_FOUND');
      expect(error.reference).toBe('/nowhere/missing-clip.mp4');
      expect(error.message).toContain('/nowhere/missing-clip.mp4');
      expect(error.message).toContain('does not exist');
    });

    it('an empty reference: INVALID_REFERENCE', async () => {
      expect((await openError('')).code).toBe('INVALID_REFERENCE');
      expect((await openError(-1)).code).toBe('INVALID_REFERENCE');
    });

    describe('files made in test setup', () => {
      const scratch = makeScratchDir();
      afterAll(() => scratch.remove());

      it('a text file renamed .mp4: SOURCE_UNREADABLE', async () => {
        const path = join(scratch.dir, 'notes.mp4');
        writeFileSync(path, 'These are meeting notes, not a video.\n'.repeat(20));
        const error = await openError(path);
        expect(error.code).toBe('SOURCE_UNREADABLE');
        expect(error.message).toContain(path);
      });

      it('an empty file: SOURCE_UNREADABLE', async () => {
        const path = join(scratch.dir, 'empty.mp4');
        writeFileSync(path, '');
        expect((await openError(path)).code).toBe('SOURCE_UNREADABLE');
      });

      describe.skipIf(!hasSharedAssets())('cut from the highway clip', () => {
        let audioOnly: string;
        let moovAtEnd: string;
        let faststart: string;
        beforeAll(() => {
          audioOnly = ffmpeg(join(scratch.dir, 'audio-only.mp4'), ['-i', HIGHWAY, '-vn', '-c', 'copy']);
          moovAtEnd = ffmpeg(join(scratch.dir, 'moov-at-end.mp4'), ['-i', HIGHWAY, '-c', 'copy']);
          faststart = ffmpeg(join(scratch.dir, 'faststart.mp4'), ['-i', HIGHWAY, '-c', 'copy', '-movflags', '+faststart']);
        });

        it('a file without a video stream: SOURCE_NO_VIDEO_STREAM', async () => {
          const error = await openError(audioOnly);
          expect(error.code).toBe('SOURCE_NO_VIDEO_STREAM');
          expect(error.message).toContain('audio');
        });

        it('a truncated MP4 whose header (moov, at the end) is gone: SOURCE_UNREADABLE at open', async () => {
          const cut = truncateTo(moovAtEnd, join(scratch.dir, 'cut-moov-at-end.mp4'), Math.floor(statSync(moovAtEnd).size / 2));
          expect((await openError(cut)).code).toBe('SOURCE_UNREADABLE');
          const headerCut = truncateTo(faststart, join(scratch.dir, 'cut-in-header.mp4'), 3000);
          expect((await openError(headerCut)).code).toBe('SOURCE_UNREADABLE');
          // Cut at 2 kB: FFmpeg 5 (beamcoder) fails the open; FFmpeg 8 (node-av) opens it and finds no data.
          const earlyCut = truncateTo(faststart, join(scratch.dir, 'cut-at-2k.mp4'), 2048);
          expect((await openError(earlyCut)).code).toBe('SOURCE_UNREADABLE');
        });

        it('a faststart MP4 cut mid-data: every complete frame arrives, then SOURCE_DECODE_FAILED', async () => {
          // What FFmpeg 5.1 does: the demuxer hands out the packets before the cut, then one partial
          // packet flagged CORRUPT ("partial file"), then end of file; the decoder does not reject
          // the partial packet. Cutting at 2,000,000 bytes leaves 166 whole frames (ffprobe agrees).
          const cut = truncateTo(faststart, join(scratch.dir, 'cut-mid-data.mp4'), 2_000_000);
          const source = await openVideoSource(cut, { ffmpeg: ffmpegBackend });
          expect(source.describe().totalFrames).toBe(221); // the header still declares them all
          const { values, error } = await collect(source.frames(), (f) => f.frameId);
          expect(values).toEqual(Array.from({ length: 166 }, (_, i) => i + 1));
          expect(error).toBeInstanceOf(SourceError);
          expect((error as SourceError).code).toBe('SOURCE_DECODE_FAILED');
          expect((error as SourceError).message).toMatch(/truncated or corrupt.*166 frame\(s\) decoded of 221/);
        });
      });
    });
  });
});
