// The fleet with real servers: nats-server (one, and a 3-node cluster), the GStreamer RTSP server
// with several camera mounts, and workers as child processes running the CLI. Kills are real
// SIGKILLs; drains are real SIGTERMs.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { CameraRegistry } from '../src/index.js';
import {
  hasNatsServer,
  hasRtspServer,
  SHARED_DIR,
  startNatsCluster,
  startNatsServer,
  startRtspServer,
  startTcpProxy,
  type NatsCluster,
  type NatsServer,
  type RtspServer,
  type TcpProxy,
} from '@rxcv/testing';
import { FleetObserver, runCli, startWorker, waitFor, type WorkerProcess } from './fleet-processes.js';

const CLIP = join(SHARED_DIR, 'media', 'parking_topdown_768x432.mp4');
const MODELS = join(SHARED_DIR, 'models');
const PASSWORD = 'Pa55word-xyz';
/** Lease of these tests: the default, 6 s. */
const LEASE_MS = 6000;

describe.skipIf(!hasNatsServer() || !hasRtspServer())('fleet: 1 NATS server, 3 worker processes, 4 RTSP cameras', () => {
  let nats: NatsServer;
  let rtsp: RtspServer;
  let nc: NatsConnection;
  let registry: CameraRegistry;
  let observer: FleetObserver;
  const workers = new Map<string, WorkerProcess>();
  const cameras = ['cam1', 'cam2', 'cam3', 'cam4'];

  /** Live workers' heartbeats; every one within its capacity. */
  async function liveWorkers() {
    const records = await registry.workers();
    for (const r of records) expect(r.held, `${r.name} holds ${r.cameras.join(',')}`).toBeLessThanOrEqual(r.capacity);
    return records;
  }

  /**
   * Waits (5 s at most) until the workers' records together hold `count` cameras. The records are
   * heartbeats, renewed every lease/3: while a camera moves, the worker that lost it may list it a
   * moment longer. A camera run twice for longer than that would not settle (and publishing from
   * two workers is checked on the messages themselves: `longestOverlapMs`).
   */
  async function heldInAll(count: number) {
    let records = await liveWorkers();
    const settled = Date.now() + 5000;
    while (records.reduce((sum, w) => sum + w.held, 0) !== count && Date.now() < settled) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      records = await liveWorkers();
    }
    expect(records.reduce((sum, w) => sum + w.held, 0), records.map((w) => `${w.name}: ${w.cameras.join(',')}`).join('; ')).toBe(count);
    return records;
  }

  beforeAll(async () => {
    [nats, rtsp] = await Promise.all([
      startNatsServer(),
      startRtspServer({ files: { '/c1': CLIP, '/c2': CLIP, '/c3': CLIP, '/c4': CLIP, '/c5': CLIP }, auth: `cam:${PASSWORD}` }),
    ]);
    nc = await connect({ servers: nats.url() });
    registry = await CameraRegistry.open(nc, { leaseMs: LEASE_MS });
    observer = new FleetObserver(nc);
    const started = await Promise.all(
      ['w1', 'w2', 'w3'].map((name) => startWorker(name, ['--nats', nats.url(), '--capacity', '4', '--models-dir', MODELS])),
    );
    for (const w of started) workers.set(w.name, w);
    await waitFor('3 live workers', 10_000, async () => (await liveWorkers()).length === 3);
  }, 60_000);

  afterAll(async () => {
    observer?.stop();
    for (const w of workers.values()) w.child.kill('SIGKILL');
    await nc?.close();
    await Promise.all([nats?.dispose(), rtsp?.stop()]);
  });

  it('runs every camera on exactly one worker within capacity, publishing Roboflow JSON with inference_metadata', async () => {
    // cam1 runs a real model; the others publish frames only (no model) to spare the CPU.
    await registry.add('cam1', { source: rtsp.url('/c1', `cam:${PASSWORD}`), model: 'yolox-nano', maxFps: 2 });
    for (const n of [2, 3, 4]) await registry.add(`cam${n}`, { source: rtsp.url(`/c${n}`, `cam:${PASSWORD}`), maxFps: 5 });
    const t0 = Date.now();
    await waitFor('every camera publishing', 20_000, () => cameras.every((c) => observer.since(c, t0).length >= 3));
    const spread = await heldInAll(4);
    expect(spread.filter((w) => w.held > 0).length, 'cameras spread over the workers').toBeGreaterThanOrEqual(2);

    const message = observer.since('cam1', t0).find((p) => (p.body.predictions as unknown[]).length > 0)?.body
      ?? (await waitFor('a cam1 frame with detections', 15_000, () => observer.since('cam1', t0).find((p) => (p.body.predictions as unknown[]).length > 0)))?.body;
    expect(message).toMatchObject({
      image: { width: 768, height: 432 },
      inference_metadata: { camera_id: 'cam1', worker: expect.stringMatching(/^w[123]$/), frame_id: expect.any(Number) },
    });
    const [prediction] = message!.predictions as Array<Record<string, unknown>>;
    expect(prediction).toMatchObject({ x: expect.any(Number), y: expect.any(Number), width: expect.any(Number), class: expect.any(String), confidence: expect.any(Number) });
    expect(Number.isNaN(Date.parse((message!.inference_metadata as { frame_timestamp: string }).frame_timestamp))).toBe(false);

    const listing = await runCli(['cameras', 'ls', '--nats', nats.url()]);
    expect(listing.code).toBe(0);
    for (const c of cameras) expect(listing.stdout).toMatch(new RegExp(`^${c}\\s+RUNNING\\s+w[123]`, 'm'));
  }, 60_000);

  it('after a SIGKILL of the busiest worker its cameras publish again from others within 10 s, never from two workers longer than the lease', async () => {
    const holders = await liveWorkers();
    const busiest = holders.sort((a, b) => b.held - a.held)[0];
    const moved = [...busiest.cameras];
    const before = new Map(moved.map((c) => [c, Math.max(...observer.since(c, 0).map((p) => p.frameId))]));
    const killedAt = Date.now();
    workers.get(busiest.name)!.child.kill('SIGKILL');
    workers.delete(busiest.name);
    const back = await waitFor(`${moved.join(',')} back on another worker`, 12_000, () =>
      moved.every((c) => observer.since(c, killedAt).some((p) => p.worker !== busiest.name)) && Date.now(),
    );
    const takeoverMs = Math.max(...moved.map((c) => observer.since(c, killedAt).find((p) => p.worker !== busiest.name)!.at)) - killedAt;
    console.log(`fleet: killed ${busiest.name} holding ${moved.join(',')}; all back after ${takeoverMs} ms (${back - killedAt} ms polled)`);
    expect(takeoverMs).toBeLessThan(10_000);
    for (const c of moved) {
      const first = observer.since(c, killedAt).find((p) => p.worker !== busiest.name)!;
      expect(first.frameId, `${c}: frame ids carry on across the move`).toBeGreaterThan(before.get(c)!);
      expect(first.frameId - before.get(c)!).toBeLessThan(500);
    }
    for (const c of cameras) expect(observer.longestOverlapMs(c), c).toBeLessThan(LEASE_MS);
    await heldInAll(4);
  }, 30_000);

  it('starts an added camera within 5 s and stops a removed one within 5 s, while running', async () => {
    const addedAt = Date.now();
    const add = await runCli(['cameras', 'add', 'cam5', '--source', rtsp.url('/c5', `cam:${PASSWORD}`), '--max-fps', '5', '--nats', nats.url()]);
    expect(add.code, add.stderr).toBe(0);
    await waitFor('cam5 publishing', 5000, () => observer.since('cam5', addedAt).length > 0);
    console.log(`fleet: cam5 added, first prediction after ${observer.since('cam5', addedAt)[0].at - addedAt} ms`);

    const removedAt = Date.now();
    const rm = await runCli(['cameras', 'rm', 'cam4', '--nats', nats.url()]);
    expect(rm.code, rm.stderr).toBe(0);
    await new Promise((r) => setTimeout(r, 6000));
    const last = observer.since('cam4', removedAt).at(-1)?.at ?? removedAt;
    console.log(`fleet: cam4 removed, last prediction ${last - removedAt} ms after`);
    expect(last - removedAt).toBeLessThan(5000);
    expect(observer.since('cam4', Date.now() - 1000)).toEqual([]);
    const cam4Status = observer.statusText.filter((t) => t.includes('"camera_id":"cam4"'));
    expect(cam4Status.some((t) => t.includes('"CAMERA_STOPPED"') && t.includes('"reason":"removed"')), cam4Status.slice(-3).join('\n')).toBe(true);
    const again = await runCli(['cameras', 'rm', 'cam4', '--nats', nats.url()]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/CAMERA_NOT_FOUND/);
  }, 30_000);

  it('publishes a camera\'s line crossings on rxcv.cameras.<id>.events (rxcv cameras add --line)', async () => {
    const crossings: Array<Record<string, unknown>> = [];
    const sub = nc.subscribe('rxcv.cameras.cam6.events', { callback: (_error, msg) => void crossings.push(msg.json()) });
    try {
      // The highway clip read once, YOLOX-Nano at a low confidence: 3 vehicles cross this line, all 'in'.
      const highway = join(SHARED_DIR, 'media', 'highway_960x540_25fps.mp4');
      const add = await runCli(['cameras', 'add', 'cam6', '--source', highway, '--kind', 'file', '--model', 'yolox-nano', '--confidence', '0.1', '--line', '120,250,120,450', '--nats', nats.url()]);
      expect(add.code, add.stderr).toBe(0);
      await waitFor('3 line crossings of cam6', 60_000, () => crossings.filter((e) => e.type === 'line_crossed').length >= 3);
      const lines = crossings.filter((e) => e.type === 'line_crossed');
      expect(lines.map((e) => e.direction)).toEqual(['in', 'in', 'in']);
      for (const e of lines) expect(e).toMatchObject({ camera_id: 'cam6', worker: expect.stringMatching(/^w[123]$/), line: 'line1', trackerId: expect.any(Number), frameId: expect.any(Number) });
      expect(observer.statusText.some((t) => t.includes('"camera_id":"cam6"') && t.includes('ANALYTICS_EVENT'))).toBe(false);
    } finally {
      sub.unsubscribe();
      await runCli(['cameras', 'rm', 'cam6', '--nats', nats.url()]);
    }
  }, 90_000);

  it('hands cameras over at once when a worker gets SIGTERM (drain), frame ids carrying on', async () => {
    const holders = (await liveWorkers()).filter((w) => w.held > 0);
    const leaving = holders[0];
    const handed = [...leaving.cameras];
    expect(handed.length).toBeGreaterThan(0);
    const process = workers.get(leaving.name)!;
    const termAt = Date.now();
    process.child.kill('SIGTERM');
    expect(await process.exited).toBe(0);
    const exitMs = Date.now() - termAt;
    workers.delete(leaving.name);
    const lastIds = new Map(handed.map((c) => [c, Math.max(...observer.since(c, 0).filter((p) => p.worker === leaving.name).map((p) => p.frameId))]));
    await waitFor('drained cameras on the other worker', 5000, () => handed.every((c) => observer.since(c, termAt).some((p) => p.worker !== leaving.name)));
    const takeoverMs = Math.max(...handed.map((c) => observer.since(c, termAt).find((p) => p.worker !== leaving.name)!.at)) - termAt;
    console.log(`fleet: SIGTERM ${leaving.name} (${handed.join(',')}): exited after ${exitMs} ms, cameras back after ${takeoverMs} ms`);
    expect(takeoverMs, 'no waiting out the lease').toBeLessThan(LEASE_MS * 0.6);
    for (const c of handed) {
      const first = observer.since(c, termAt).find((p) => p.worker !== leaving.name)!;
      expect(first.frameId).toBeGreaterThan(lastIds.get(c)!);
      expect(first.frameId - lastIds.get(c)!, 'a drain records the exact last id').toBeLessThan(60);
    }
    for (const c of handed) expect(observer.longestOverlapMs(c), c).toBeLessThan(LEASE_MS);
  }, 30_000);

  it('restarts a camera whose config changes, on the same worker, frame ids carrying on', async () => {
    const before = observer.since('cam5', 0).at(-1)!;
    const changedAt = Date.now();
    const replace = await runCli(['cameras', 'add', 'cam5', '--replace', '--source', rtsp.url('/c5', `cam:${PASSWORD}`), '--max-fps', '2', '--nats', nats.url()]);
    expect(replace.code, replace.stderr).toBe(0);
    await waitFor('cam5 restarted', 8000, () =>
      observer.statusText.some((t) => t.includes('"camera_id":"cam5"') && t.includes('"reason":"config changed"')) &&
      observer.statusText.some((t) => t.includes('"camera_id":"cam5"') && t.includes('"CAMERA_STARTED"') && JSON.parse(t).timestamp >= changedAt) &&
      observer.since('cam5', changedAt + 1500).length > 0,
    );
    const after = observer.since('cam5', changedAt + 1500)[0];
    expect(after.worker).toBe(before.worker);
    expect(after.frameId).toBeGreaterThan(before.frameId);
  }, 20_000);

  it('never shows the camera password: messages, cameras ls, worker logs, metrics', async () => {
    const survivor = [...workers.values()][0];
    const metrics = await (await fetch(`http://127.0.0.1:${survivor.metricsPort}/metrics`)).text();
    expect(metrics).toMatch(/rxcv_camera_fps\{camera="cam\d",worker="w\d"\}/);
    expect(metrics).toMatch(/rxcv_worker_capacity\{worker="w\d"\} 4/);
    expect(metrics).toMatch(/nodejs_eventloop_lag_seconds/);
    expect(await (await fetch(`http://127.0.0.1:${survivor.metricsPort}/healthz`)).text()).toBe('ok\n');
    const listing = await runCli(['cameras', 'ls', '--json', '--nats', nats.url()]);
    expect(observer.statusText.filter((t) => t.includes('"CAMERA_STARTED"')).length).toBeGreaterThanOrEqual(5);
    const everything = [
      metrics,
      listing.stdout,
      listing.stderr,
      survivor.log(),
      ...observer.statusText,
      ...[...observer.predictions.values()].flat().slice(-50).map((p) => JSON.stringify(p.body)),
    ].join('\n');
    expect(everything).toContain('rtsp://127.0.0.1:');
    expect(everything).not.toContain(PASSWORD);
    // ...while the bucket keeps it as given, for the workers.
    expect((await registry.config('cam1'))?.source).toContain(PASSWORD);
  });
});

describe.skipIf(!hasNatsServer())('fleet CLI errors', () => {
  let nats: NatsServer;
  beforeAll(async () => {
    nats = await startNatsServer({ auth: 'fleet:right-pass' });
  });
  afterAll(async () => nats?.dispose());

  it('a refused NATS URL gives NATS_UNREACHABLE and exit 1, quickly', async () => {
    const startedAt = Date.now();
    const run = await runCli(['worker', '--name', 'x', '--nats', 'nats://127.0.0.1:9']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/NATS_UNREACHABLE: Cannot connect to NATS at nats:\/\/127\.0\.0\.1:9/);
    expect(Date.now() - startedAt).toBeLessThan(10_000);
  });

  it('wrong credentials give NATS_AUTH and exit 1 without echoing the password', async () => {
    const run = await runCli(['cameras', 'ls'], { RXCV_NATS_URL: `nats://fleet:wrong-secret@127.0.0.1:${nats.port}` });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/NATS_AUTH: NATS at nats:\/\/127\.0\.0\.1:\d+ refused the credentials/);
    expect(run.stderr).not.toContain('wrong-secret');
    const ok = await runCli(['cameras', 'ls'], { RXCV_NATS_URL: `nats://fleet:right-pass@127.0.0.1:${nats.port}` });
    expect(ok.code, ok.stderr).toBe(0);
  });

  it('bad usage exits 2 naming the problem', async () => {
    const run = await runCli(['cameras', 'add', 'door', '--nats', nats.url()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/needs --source/);
    const bad = await runCli(['cameras', 'add', 'no spaces', '--source', 'x.mp4'], { RXCV_NATS_URL: `nats://fleet:right-pass@127.0.0.1:${nats.port}` });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/INVALID_CAMERA: Invalid camera id "no spaces"/);
  });
});

describe.skipIf(!hasNatsServer())('fleet on a 3-node NATS cluster with R3 buckets', () => {
  let cluster: NatsCluster;
  let nc: NatsConnection;
  let observer: FleetObserver;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    cluster = await startNatsCluster(3);
    const urls = cluster.urls.join(',');
    nc = await connect({ servers: [...cluster.urls] });
    observer = new FleetObserver(nc);
    const registry = await CameraRegistry.open(nc, { replicas: 3 });
    for (const n of [1, 2, 3]) {
      await registry.add(`syn${n}`, { source: `testsrc2=size=160x90:rate=4,realtime`, inputFormat: 'lavfi' });
    }
    workers.push(...(await Promise.all(['c1', 'c2'].map((name) => startWorker(name, ['--nats', urls, '--capacity', '3', '--replicas', '3'])))));
  }, 60_000);

  afterAll(async () => {
    observer?.stop();
    for (const w of workers) w.child.kill('SIGKILL');
    await nc?.close();
    await cluster?.dispose();
  });

  it('loses no camera when one NATS node is killed', async () => {
    const t0 = Date.now();
    const ids = ['syn1', 'syn2', 'syn3'];
    await waitFor('every camera publishing', 20_000, () => ids.every((c) => observer.since(c, t0).length >= 2));
    const status = await (await new CameraRegistryProbe(nc).status());
    expect(status).toBe(3);
    const killedAt = Date.now();
    await cluster.servers[0].kill();
    await new Promise((r) => setTimeout(r, 10_000));
    const end = Date.now();
    for (const c of ids) {
      expect(observer.since(c, end - 2000).length, `${c} still publishing 10 s after a node died`).toBeGreaterThan(0);
      // At 4 fps a camera that kept running has no gap longer than the lease.
      const list = observer.since(c, killedAt);
      let gap = 0;
      for (let i = 1; i < list.length; i += 1) gap = Math.max(gap, list[i].at - list[i - 1].at);
      console.log(`fleet: cluster node killed; ${c} longest gap ${gap} ms, ${list.length} messages`);
      expect(gap).toBeLessThan(LEASE_MS);
      expect(observer.longestOverlapMs(c)).toBeLessThan(LEASE_MS);
    }
  }, 60_000);
});

describe.skipIf(!hasNatsServer())('fleet: a worker alive but cut off from NATS', () => {
  let nats: NatsServer;
  let proxy: TcpProxy;
  let nc: NatsConnection;
  let observer: FleetObserver;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    nats = await startNatsServer();
    proxy = await startTcpProxy(nats.port);
    nc = await connect({ servers: nats.url() });
    observer = new FleetObserver(nc);
    const registry = await CameraRegistry.open(nc);
    // The cut-off worker starts alone, so that it holds both cameras.
    workers.push(await startWorker('cutoff', ['--nats', `nats://127.0.0.1:${proxy.port}`, '--capacity', '2']));
    for (const n of [1, 2]) await registry.add(`far${n}`, { source: 'testsrc2=size=160x90:rate=5,realtime', inputFormat: 'lavfi' });
    const t0 = Date.now();
    await waitFor('both cameras on the cut-off worker', 20_000, () => ['far1', 'far2'].every((c) => observer.since(c, t0).some((p) => p.worker === 'cutoff')));
    workers.push(await startWorker('healthy', ['--nats', nats.url(), '--capacity', '2']));
  }, 60_000);

  afterAll(async () => {
    observer?.stop();
    for (const w of workers) w.child.kill('SIGKILL');
    await nc?.close();
    await proxy?.close();
    await nats?.dispose();
  });

  it('holds its output back before its leases can expire, so the worker that takes over never overlaps with it', async () => {
    const ids = ['far1', 'far2'];
    const cutAt = Date.now();
    proxy.cut();
    await waitFor('the healthy worker publishing both cameras', 12_000, () => ids.every((c) => observer.since(c, cutAt).some((p) => p.worker === 'healthy')));
    const takeoverMs = Math.max(...ids.map((c) => observer.since(c, cutAt).find((p) => p.worker === 'healthy')!.at)) - cutAt;
    // Heal before the client's own ping time-out (~15 s), so what the cut-off worker sent during
    // the cut is delivered late, as TCP would: only frames from before its fence may be in it.
    await new Promise((r) => setTimeout(r, Math.max(0, 10_000 - (Date.now() - cutAt))));
    proxy.heal();
    await new Promise((r) => setTimeout(r, 4000));
    const cutoff = workers[0];
    const fencedAt = cutAt + LEASE_MS;
    for (const c of ids) {
      const late = observer.since(c, cutAt).filter((p) => p.worker === 'cutoff');
      const newest = Math.max(0, ...late.map((p) => Date.parse((p.body.inference_metadata as { frame_timestamp: string }).frame_timestamp)));
      console.log(`fleet: cut-off worker: ${c} taken over after ${takeoverMs} ms; ${late.length} late messages, newest frame ${newest ? newest - cutAt : '-'} ms after the cut`);
      expect(newest, `${c}: nothing from after the fence`).toBeLessThan(fencedAt);
      const taken = observer.since(c, cutAt).find((p) => p.worker === 'healthy')!;
      const takenFrame = Date.parse((taken.body.inference_metadata as { frame_timestamp: string }).frame_timestamp);
      expect(newest, `${c}: the cut-off worker's frames all precede the new holder's`).toBeLessThan(takenFrame);
      expect(observer.since(c, Date.now() - 2000).every((p) => p.worker === 'healthy')).toBe(true);
    }
    expect(takeoverMs).toBeLessThan(10_000);
    expect(cutoff.log()).toMatch(/holding its output back/);
    expect(cutoff.log()).toMatch(/stopped camera far\d: (lease taken over by another worker|lease not renewed in time)/);
  }, 40_000);
});

/** Reads the replica count of the cameras bucket. */
class CameraRegistryProbe {
  constructor(private readonly nc: NatsConnection) {}
  async status(): Promise<number> {
    const registry = await CameraRegistry.open(this.nc);
    return (await registry.buckets.cameras.status()).replicas;
  }
}
