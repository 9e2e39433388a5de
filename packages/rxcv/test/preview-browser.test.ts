// The live preview, seen as a person sees it: headless Chromium (Debian's `chromium`, driven by
// playwright-core) opens the page of a running pipeline; screenshots taken a second apart must
// show a different picture, and the frame count on the page must grow.
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { hasSharedAssets, sharedAsset } from '@rxcv/testing';
import { renderBoxes } from '@rxcv/sinks';
import { InferencePipeline } from '../src/index.js';
import { YOLOX } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  const message = `rxcv: ${CHROMIUM} not found (apt-get install chromium); the preview browser test is skipped`;
  if (process.env.CI === 'true') throw new Error(message.replace('is skipped', 'must run in CI'));
  console.warn(message);
}

describe.skipIf(!hasSharedAssets() || !hasChromium)('live preview in a real browser', () => {
  let browser: Browser | null = null;
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the annotated video moving and a frame count that grows', async () => {
    const sink = renderBoxes({ preview: { port: 0 } });
    const pipeline = await InferencePipeline.init({
      modelId: YOLOX,
      videoReference: sharedAsset('media', 'person_indoor_768x432_139s.mp4'),
      maxFps: 20,
      onPrediction: sink,
    });
    sink.preview!.observe(pipeline.status$);
    pipeline.start();
    try {
      const url = await sink.preview!.ready;
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      });
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(url);
      const picture = page.locator('img[alt="source 0 live"]');
      const frames = page.locator('.frames').first();
      await expect.poll(async () => Number(await frames.textContent().catch(() => '0')), { timeout: 20_000 }).toBeGreaterThan(0);
      await expect.poll(() => picture.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth), { timeout: 20_000 }).toBe(768);

      const firstShot = await picture.screenshot();
      const firstCount = Number(await frames.textContent());
      await page.waitForTimeout(1500);
      const secondShot = await picture.screenshot();
      const secondCount = Number(await frames.textContent());

      expect(secondCount).toBeGreaterThan(firstCount);
      expect(Buffer.compare(firstShot, secondShot)).not.toBe(0);
      await page.screenshot({ path: process.env.RXCV_PREVIEW_SCREENSHOT ?? '/tmp/rxcv-preview.png' });
    } finally {
      await pipeline.terminate();
    }
    // The page's server shut down with the pipeline: its port is free again.
    const url = sink.preview!.url!;
    await expect(fetch(url)).rejects.toThrow();
  }, 90_000);
});
