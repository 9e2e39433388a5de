// The preview page in a real browser: Debian's headless Chromium, driven from its command line
// (--dump-dom / --screenshot), against a preview fed with real frames.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ObjectDetectionResult } from '@rxcv/core';
import { hasSharedAssets, sharedAsset } from '@rxcv/testing';
import { renderBoxes } from '../src/index.js';
import { decodeFrames } from './media.js';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

function hasChromium(): boolean {
  if (CHROMIUM !== undefined) return true;
  const message = 'rxcv: chromium not found (apt-get install chromium); the browser test of the preview is skipped';
  if (process.env.CI === 'true') throw new Error(message.replace('is skipped', 'must not be skipped in CI: scripts/setup.sh --test installs it'));
  console.warn(message);
  return false;
}

const dir = mkdtempSync(join(tmpdir(), 'rxcv-sinks-browser-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs headless Chromium on `url` for about `budgetMs` of page time; resolves with its stdout. */
function chromium(url: string, args: string[], budgetMs = 2000): Promise<string> {
  // Asynchronous, so this process keeps serving the page while the browser loads it.
  return new Promise((resolve, reject) => {
    execFile(
      CHROMIUM!,
      ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', `--user-data-dir=${mkdtempSync(join(dir, 'profile-'))}`,
        '--window-size=1400,800', `--virtual-time-budget=${budgetMs}`, ...args, url],
      { timeout: 60_000, maxBuffer: 1 << 24 },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    );
  });
}

/** Screenshot pixels (rgb24) of the rectangle where the first source's video is shown. */
function videoArea(png: string): Uint8Array {
  return new Uint8Array(
    execFileSync('ffmpeg', ['-v', 'error', '-i', png, '-vf', 'crop=640:340:30:100', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-']),
  );
}

describe.skipIf(!hasSharedAssets() || !hasChromium())('the preview page in headless Chromium', () => {
  it('shows the live picture changing and a frame count that grows', async () => {
    const frames = decodeFrames(sharedAsset('media', 'highway_960x540_25fps.mp4'), { frames: 100 });
    const result: ObjectDetectionResult = {
      image: { width: 960, height: 540 },
      predictions: [{ x: 300, y: 300, width: 200, height: 120, confidence: 0.9, class: 'car', class_id: 1, detection_id: 'c' }],
    };
    const sink = renderBoxes({ preview: { maxFps: 25 } });
    const url = await sink.preview!.ready;
    // A pipeline's worth of frames: 25 a second, the clip playing on.
    let frameId = 0;
    const feeding = setInterval(() => {
      frameId += 1;
      const image = frames[frameId % frames.length];
      void sink(result, {
        image, frameId, sourceId: 0, fps: 25, frameTimestamp: Date.now(), presentationTime: null,
        measuredFps: null, comesFromVideoFile: true,
      });
    }, 40);
    try {
      const frameCount = (dom: string) => Number(/class="frames">(\d+)</.exec(dom)?.[1] ?? Number.NaN);
      const first = frameCount(await chromium(url, ['--dump-dom']));
      const shot1 = join(dir, 'one.png');
      await chromium(url, [`--screenshot=${shot1}`]);
      const shot2 = join(dir, 'two.png');
      await chromium(url, [`--screenshot=${shot2}`]);
      const second = frameCount(await chromium(url, ['--dump-dom']));

      expect(first).toBeGreaterThan(0);
      expect(second).toBeGreaterThan(first);
      const a = videoArea(shot1);
      const b = videoArea(shot2);
      // A real picture (not a blank or broken image) …
      const mean = a.reduce((s, v) => s + v, 0) / a.length;
      const spread = Math.sqrt(a.reduce((s, v) => s + (v - mean) ** 2, 0) / a.length);
      expect(spread).toBeGreaterThan(20);
      // … that changed between the two screenshots (the dashcam moves on).
      let diff = 0;
      for (let i = 0; i < a.length; i++) diff += Math.abs(a[i] - b[i]);
      console.info(`preview in Chromium: frames ${first} → ${second}, picture spread ${spread.toFixed(1)}, change ${(diff / a.length).toFixed(1)}`);
      expect(diff / a.length).toBeGreaterThan(2);
      expect(readFileSync(shot1).length).toBeGreaterThan(10_000);
    } finally {
      clearInterval(feeding);
      await sink.close();
    }
  });
});
