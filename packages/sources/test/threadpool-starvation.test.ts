import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Subscription } from 'rxjs';
import { hasSharedAssets } from '@rxcv/core/testing';
import { recommendedThreadpoolSize, threadpoolSize } from '../src/index.js';
import { HIGHWAY } from './helpers/media-fixtures.js';
import { hasRtspServer, openFromServer, startRtspServer, type RtspServer } from './helpers/rtsp-server.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!hasSharedAssets() || !hasRtspServer())('stalled streams and the libuv threadpool', () => {
  let frozenServer: RtspServer;
  let healthyServer: RtspServer;
  beforeAll(async () => {
    [frozenServer, healthyServer] = await Promise.all([
      startRtspServer({ files: { '/cam': HIGHWAY } }),
      startRtspServer({ files: { '/cam': HIGHWAY } }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([frozenServer?.stop(), healthyServer?.stop()]);
  });

  it('four streams stalled on a frozen server do not stall a healthy fifth; unsubscribing them returns at once', async () => {
    // Node's default pool of 4 would be fully blocked by the four stalled reads (measured: the
    // healthy stream froze for ~5 s); the pool here is sized as recommended for 5 live sources.
    expect(threadpoolSize()).toBeGreaterThanOrEqual(recommendedThreadpoolSize(5));
    const stalled = await Promise.all([1, 2, 3, 4].map((sourceId) => openFromServer(frozenServer, frozenServer.url('/cam'), { sourceId, reconnect: false })));
    const healthy = await openFromServer(healthyServer, healthyServer.url('/cam'), { sourceId: 5 });
    const counts = [0, 0, 0, 0];
    const stalledSubscriptions: Subscription[] = stalled.map((source, i) =>
      source.frames().subscribe({ next: () => (counts[i] += 1), error: () => undefined }),
    );
    let healthyFrames = 0;
    const healthySubscription = healthy.frames().subscribe(() => (healthyFrames += 1));
    try {
      const deadline = Date.now() + 10_000;
      while ((counts.some((c) => c < 5) || healthyFrames < 5) && Date.now() < deadline) await sleep(20);
      expect(counts.every((c) => c >= 5)).toBe(true);

      frozenServer.freeze(); // four reads now block their threads until the time-out
      await sleep(300);
      const stalledCounts = [...counts];
      const startHealthy = healthyFrames;
      await sleep(3000);
      const perSecond = (healthyFrames - startHealthy) / 3;
      console.info(`healthy stream during the stall: ${perSecond.toFixed(1)} fps; stalled streams got ${counts.map((c, i) => c - stalledCounts[i]).join(', ')} frames`);
      expect(perSecond).toBeGreaterThan(20);
      // At most a frame or two still in flight when the server froze.
      expect(counts.every((c, i) => c - stalledCounts[i] <= 2)).toBe(true);

      const unsubscribing = performance.now();
      for (const subscription of stalledSubscriptions) subscription.unsubscribe();
      expect(performance.now() - unsubscribing).toBeLessThan(50);
    } finally {
      for (const subscription of stalledSubscriptions) subscription.unsubscribe();
      healthySubscription.unsubscribe();
      frozenServer.thaw();
    }
  });
});
