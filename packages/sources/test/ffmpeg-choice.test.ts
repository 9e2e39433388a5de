// The ffmpeg and hwDecode options of openVideoSource: the backend chosen, hardware decoding's fallback and errors.
import { firstValueFrom, take, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { OptionError, type StatusEvent } from '@rxcv/core';
import { ffmpegBackendsUnderTest, hasSharedAssets } from '@rxcv/testing';
import { FfmpegBackendError, openVideoSource } from '../src/index.js';
import { HIGHWAY } from './helpers/media-fixtures.js';

describe('ffmpeg and hwDecode options', () => {
  it('a name that is no backend or no hardware choice is an OptionError naming the option', async () => {
    const bad = await openVideoSource(HIGHWAY, { ffmpeg: 'ffmpeg-cli' as never }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(OptionError);
    expect((bad as OptionError).message).toMatch(/`ffmpeg`.*"beamcoder", "node-av".*"ffmpeg-cli"/);
    const hw = await openVideoSource(HIGHWAY, { hwDecode: 'gpu' as never }).catch((e: unknown) => e);
    expect(hw).toBeInstanceOf(OptionError);
    expect((hw as OptionError).option).toBe('hwDecode');
  });

  it('RXCV_FFMPEG naming no backend: FfmpegBackendError FFMPEG_BACKEND_UNKNOWN at open', async () => {
    const saved = process.env.RXCV_FFMPEG;
    process.env.RXCV_FFMPEG = 'gstreamer';
    try {
      const error = await openVideoSource(HIGHWAY).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FfmpegBackendError);
      expect((error as FfmpegBackendError).code).toBe('FFMPEG_BACKEND_UNKNOWN');
      expect((error as Error).message).toContain('RXCV_FFMPEG is "gstreamer"');
    } finally {
      if (saved === undefined) delete process.env.RXCV_FFMPEG;
      else process.env.RXCV_FFMPEG = saved;
    }
  });
});

// This machine has no GPU and no /dev/dri: 'auto' falls back under both backends, a named device fails.
describe.skipIf(!hasSharedAssets()).each(ffmpegBackendsUnderTest())('hwDecode on a machine without a GPU (FFmpeg backend %s)', (ffmpeg) => {
  it("'auto' decodes in software and says so once per source, however often it is read", async () => {
    const source = await openVideoSource(HIGHWAY, { ffmpeg, hwDecode: 'auto' });
    const events: StatusEvent[] = [];
    const subscription = source.events$.subscribe((event) => events.push(event));
    const first = await firstValueFrom(source.frames().pipe(take(3), toArray()));
    const again = await firstValueFrom(source.frames().pipe(take(3), toArray()));
    subscription.unsubscribe();
    expect(first.map((f) => f.frameId)).toEqual([1, 2, 3]);
    expect(again.map((f) => f.frameId)).toEqual([4, 5, 6]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'HARDWARE_DECODING_FALLBACK', severity: 'warning', sourceId: 0, payload: { backend: ffmpeg, codec: 'h264' } });
    expect((events[0].payload as { reason: string }).reason).toMatch(/software/);
  });

  it('without hwDecode: no event', async () => {
    const source = await openVideoSource(HIGHWAY, { ffmpeg });
    const events: StatusEvent[] = [];
    const subscription = source.events$.subscribe((event) => events.push(event));
    await firstValueFrom(source.frames().pipe(take(2), toArray()));
    subscription.unsubscribe();
    expect(events).toEqual([]);
  });

  it('a named device that is not there: FfmpegBackendError HARDWARE_DECODING_UNAVAILABLE at open', async () => {
    const error = await openVideoSource(HIGHWAY, { ffmpeg, hwDecode: 'cuda' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FfmpegBackendError);
    expect((error as FfmpegBackendError).code).toBe('HARDWARE_DECODING_UNAVAILABLE');
    expect((error as Error).message).toMatch(/cuda/);
  });
});
