// eventClips on real video: line crossings on the highway clip (real tracks from the shared
// detections), a live RTSP stream from the harness, and a folder that cannot be written.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { concatMap, count, firstValueFrom, ignoreElements, lastValueFrom, merge, of, share, take, toArray } from 'rxjs';
import { frameByFrame, toSink, type ObjectDetectionResult, type StatusEvent } from '@rxcv/core';
import { hasRtspServer, hasSharedAssets, sharedAsset, startRtspServer, ffmpegBackendsUnderTest } from '@rxcv/testing';
import { openVideoSource } from '@rxcv/sources';
import { LineZone, countLine, track } from '@rxcv/analytics';
import { eventClips, type ClipRecord } from '../src/clips/event-clips.js';
import { toEventSink } from '../src/outputs/event-sink.js';
import { probeVideo } from './media.js';

describe.each(ffmpegBackendsUnderTest())('event clips (FFmpeg backend %s)', (ffmpegBackend) => {
  const HIGHWAY = sharedAsset('media', 'highway_960x540_25fps.mp4');
  const DETECTIONS = sharedAsset('analytics', 'highway_yolox_nano.jsonl');
  const VEHICLES = new Set(['car', 'truck', 'bus', 'motorcycle']);
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'rxcv-clips-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  /** Every frame of a video as small grey pictures (ffmpeg CLI), to tell which frame is which. */
  function thumbnails(path: string): Buffer[] {
    const raw = execFileSync('ffmpeg', ['-v', 'error', '-i', path, '-vf', 'scale=96:54,format=gray', '-f', 'rawvideo', '-'], { maxBuffer: 1 << 28 });
    const size = 96 * 54;
    return Array.from({ length: raw.length / size }, (_, i) => raw.subarray(i * size, (i + 1) * size));
  }

  /** The index of the source picture most like `picture`. */
  function closest(picture: Buffer, source: readonly Buffer[]): number {
    let best = -1;
    let bestDiff = Number.POSITIVE_INFINITY;
    source.forEach((candidate, i) => {
      let diff = 0;
      for (let p = 0; p < picture.length; p++) diff += Math.abs(picture[p]! - candidate[p]!);
      if (diff < bestDiff) [best, bestDiff] = [i, diff];
    });
    return best;
  }

  /**
   * The highway clip with the shared YOLOX-Nano detections of each frame (no model run), tracked,
   * and a line across the overtaking lane: vehicles cross it at frames 85 (two) and 172.
   */
  async function runHighway(clips: ReturnType<typeof eventClips>): Promise<number> {
    const detections = readFileSync(DETECTIONS, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ObjectDetectionResult);
    const source = await openVideoSource(HIGHWAY, { ffmpeg: ffmpegBackend });
    const line = new LineZone({ start: { x: 120, y: 250 }, end: { x: 120, y: 450 } });
    const tracked$ = frameByFrame(
      (demand$) => source.frames(demand$),
      (frame) => {
        const found = detections[frame.frameId - 1]!;
        return of({ frame, predictions: { ...found, predictions: found.predictions.filter((p) => VEHICLES.has(p.class)) } });
      },
    ).pipe(track({ frameRate: 25 }), share());
    // Events first, so a frame's crossings are marked before the frame reaches the clips.
    const passed = await lastValueFrom(
      merge(tracked$.pipe(countLine(line), toEventSink(clips), ignoreElements()), tracked$.pipe(toSink(clips))).pipe(count()),
    );
    return passed;
  }

  describe.skipIf(!hasSharedAssets())('eventClips on a file', () => {
    it('cuts a clip from 1 s before to 1 s after each crossing, exact to the frame (ffprobe and pixels agree)', async () => {
      const dir = tempDir();
      const clips = eventClips({ ffmpeg: ffmpegBackend, dir, preSeconds: 1, postSeconds: 1, on: ['line_crossed'] });
      const records = firstValueFrom(clips.clips$.pipe(toArray()));
      await runHighway(clips);
      await clips.close();
      const written = await records;

      expect(written.map((r) => [r.event.frameId, r.events.length, r.frames.first, r.frames.last, r.frames.count, r.truncated])).toEqual([
        [85, 2, 60, 110, 51, false], // the two cars crossing at frame 85 share one clip
        [172, 1, 147, 197, 51, false],
      ]);
      const source = thumbnails(HIGHWAY);
      for (const record of written) {
        const probe = probeVideo(record.clip);
        expect(probe.frames).toBe(record.frames.count);
        expect(probe.rFrameRate).toBe('25/1');
        // The clip's first and last pictures are the source frames the record names (± one frame).
        const pictures = thumbnails(record.clip);
        expect(Math.abs(closest(pictures[0]!, source) + 1 - record.frames.first)).toBeLessThanOrEqual(1);
        expect(Math.abs(closest(pictures.at(-1)!, source) + 1 - record.frames.last)).toBeLessThanOrEqual(1);
        // Beside it: the annotated snapshot (a JPEG) and the sidecar.
        expect(readFileSync(record.snapshot!).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
        const sidecar = JSON.parse(readFileSync(record.sidecar, 'utf8')) as ClipRecord;
        expect(sidecar).toMatchObject({ sourceId: 0, frames: record.frames, fps: 25, event: { type: 'line_crossed', frameId: record.event.frameId } });
        expect(existsSync(join(dir, sidecar.clip))).toBe(true);
      }
      // The snapshot is of the event frame with boxes drawn: it differs from the plain frame.
      const snapshot = execFileSync('ffmpeg', ['-v', 'error', '-i', written[0]!.snapshot!, '-vf', 'scale=96:54,format=gray', '-f', 'rawvideo', '-']);
      expect(Math.abs(closest(snapshot, source) + 1 - 85)).toBeLessThanOrEqual(1);
    });

    it('extends one clip for overlapping events, to the end of the file', async () => {
      const dir = tempDir();
      const clips = eventClips({ ffmpeg: ffmpegBackend, dir, preSeconds: 2, postSeconds: 2, preset: 'ultrafast' });
      const records = firstValueFrom(clips.clips$.pipe(toArray()));
      await runHighway(clips);
      await clips.close();
      const written = await records;
      expect(written).toHaveLength(1);
      expect(written[0]).toMatchObject({ frames: { first: 35, last: 221, count: 187 }, truncated: true });
      expect(written[0]!.events.map((e) => e.frameId)).toEqual([85, 85, 172]);
      expect(probeVideo(written[0]!.clip).frames).toBe(187);
    });

    it('reports a folder it cannot write as a typed error event, and the stream goes on to the end', async () => {
      const blocker = join(tempDir(), 'a-file');
      writeFileSync(blocker, 'not a folder');
      const clips = eventClips({ ffmpeg: ffmpegBackend, dir: join(blocker, 'clips'), preSeconds: 1, postSeconds: 1, preset: 'ultrafast' });
      const statuses: StatusEvent[] = [];
      clips.status$.subscribe((s) => statuses.push(s));
      clips.clips$.subscribe(() => expect.fail('no clip can be written'));
      const frames = await runHighway(clips);
      await clips.close();
      expect(frames).toBe(221);
      const errors = statuses.filter((s) => s.type === 'OUTPUT_ERROR');
      expect(errors.length).toBeGreaterThanOrEqual(1);
      expect(errors[0]!.payload).toMatchObject({ code: 'SINK_OUTPUT_FAILED' });
      expect((errors[0]!.payload as { message: string }).message).toContain('a-file');
      expect(clips.stats().failed).toBeGreaterThanOrEqual(1);
    });
  });

  describe.skipIf(!hasSharedAssets() || !existsSync('/dev/full'))('eventClips on a full disk', () => {
    it('reports the clip that hit a full disk (ENOSPC) as a typed error event and writes the next one', async () => {
      const dir = tempDir();
      // /dev/full fails every write with ENOSPC: the first clip's MP4 lands on it.
      symlinkSync('/dev/full', join(dir, 'source0_frame85_line_crossed.mp4'));
      const clips = eventClips({ ffmpeg: ffmpegBackend, dir, preSeconds: 1, postSeconds: 1, preset: 'ultrafast' });
      const statuses: StatusEvent[] = [];
      clips.status$.subscribe((s) => statuses.push(s));
      const records = firstValueFrom(clips.clips$.pipe(toArray()));
      expect(await runHighway(clips)).toBe(221);
      await clips.close();
      const errors = statuses.filter((s) => s.type === 'OUTPUT_ERROR').map((s) => s.payload as { code: string; message: string });
      expect(errors.length).toBeGreaterThanOrEqual(1);
      expect(errors[0]).toMatchObject({ code: 'SINK_OUTPUT_FAILED', message: expect.stringContaining('source0_frame85_line_crossed') });
      expect(errors[0]!.message).toMatch(/space|ENOSPC|-28/i);
      expect((await records).map((r) => r.event.frameId)).toEqual([172]);
    });
  });

  describe.skipIf(!hasSharedAssets() || !hasRtspServer())('eventClips on a live RTSP stream', () => {
    it('holds frames from before the event', async () => {
      const server = await startRtspServer({ files: { '/cam': HIGHWAY } });
      try {
        const dir = tempDir();
        const clips = eventClips({ ffmpeg: ffmpegBackend, dir, preSeconds: 1.5, postSeconds: 0.5 });
        const record = firstValueFrom(clips.clips$);
        const source = await openVideoSource(server.url('/cam'), { ffmpeg: ffmpegBackend });
        const empty = { image: { width: 960, height: 540 }, predictions: [] } as ObjectDetectionResult;
        let eventFrameId = 0;
        // 3 s of stream (75 frames), the event at frame 50: the ring holds 1.5 s before it.
        await lastValueFrom(
          source.frames().pipe(
            take(75),
            concatMap(async (frame) => {
              await clips(empty, frame);
              if (frame.frameId === 50) {
                eventFrameId = frame.frameId;
                clips.sendEvent({ type: 'zone_entered', sourceId: frame.sourceId, frameId: frame.frameId, frameTimestamp: frame.frameTimestamp });
              }
            }),
          ),
          { defaultValue: null },
        );
        await clips.close();
        const clip = await record;
        expect(eventFrameId).toBe(50);
        expect(clip.frames.first).toBeLessThan(eventFrameId - 20); // ≈ 1.5 s × 25 fps before it
        expect(clip.frames.last).toBeGreaterThan(eventFrameId);
        expect(clip.times.start).toBeLessThan(clip.times.event - 1000);
        expect(probeVideo(clip.clip).frames).toBe(clip.frames.count);
      } finally {
        await server.stop();
      }
    });
  });
});
