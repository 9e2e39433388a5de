// Test helpers: fleet workers as real child processes (the CLI), and an observer that records
// every prediction message per camera with the worker that published it.
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NatsConnection, Subscription } from '@nats-io/transport-node';

export const FLEET_BIN = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'rxcv-fleet.cjs');

export interface WorkerProcess {
  readonly name: string;
  readonly child: ChildProcess;
  readonly metricsPort: number;
  /** Everything it wrote on stderr (its log). */
  log(): string;
  /** Resolves with the exit code (or signal) once it has exited. */
  readonly exited: Promise<number | string>;
}

const started = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of started) child.kill('SIGKILL');
});

/** Runs the fleet CLI to completion: exit code, stdout, stderr. */
export function runCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [FLEET_BIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Starts `rxcv-fleet worker` and waits for its READY line. */
export function startWorker(name: string, args: readonly string[]): Promise<WorkerProcess> {
  const child = spawn(process.execPath, [FLEET_BIN, 'worker', '--name', name, '--metrics-port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.add(child);
  let log = '';
  child.stderr!.on('data', (c: Buffer) => (log += c.toString()));
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => {
      started.delete(child);
      resolve(code ?? signal ?? -1);
    }),
  );
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`worker ${name} not ready in 20 s:\n${log}`)), 20_000);
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const ready = /READY worker=\S+ metrics=(\d+)/.exec(out);
      if (ready) {
        clearTimeout(timer);
        resolve({ name, child, metricsPort: Number(ready[1]), log: () => log, exited });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`worker ${name} exited (${code}) before READY:\n${log}`));
    });
  });
}

export interface Published {
  readonly at: number;
  readonly worker: string;
  readonly frameId: number;
  readonly body: Record<string, unknown>;
}

/** Records `rxcv.cameras.*.predictions` and `.status` messages as they arrive. */
export class FleetObserver {
  readonly predictions = new Map<string, Published[]>();
  readonly statusText: string[] = [];
  private readonly subs: Subscription[];

  constructor(nc: NatsConnection) {
    const predictions = nc.subscribe('rxcv.cameras.*.predictions', {
      callback: (_error, msg) => {
        const body = msg.json<Record<string, unknown> & { inference_metadata: { camera_id: string; worker: string; frame_id: number } }>();
        const meta = body.inference_metadata;
        const list = this.predictions.get(meta.camera_id) ?? [];
        list.push({ at: Date.now(), worker: meta.worker, frameId: meta.frame_id, body });
        this.predictions.set(meta.camera_id, list);
      },
    });
    const status = nc.subscribe('rxcv.cameras.*.status', { callback: (_error, msg) => void this.statusText.push(msg.string()) });
    this.subs = [predictions, status];
  }

  /** Messages of `camera` since `since` (ms epoch). */
  since(camera: string, since: number): Published[] {
    return (this.predictions.get(camera) ?? []).filter((p) => p.at >= since);
  }

  /** The worker that published `camera`'s latest message. */
  latestWorker(camera: string): string | null {
    const list = this.predictions.get(camera);
    return list?.length ? list[list.length - 1].worker : null;
  }

  /**
   * The longest time two workers both published `camera`. Each worker's messages are cut into
   * runs at gaps over `gapMs` (a camera can come back to a worker later); the answer is the
   * largest intersection of two runs of different workers (0 when none overlap).
   */
  longestOverlapMs(camera: string, gapMs = 3000): number {
    const runs: Array<{ worker: string; from: number; to: number }> = [];
    const open = new Map<string, { worker: string; from: number; to: number }>();
    for (const p of this.predictions.get(camera) ?? []) {
      const run = open.get(p.worker);
      if (run && p.at - run.to <= gapMs) run.to = p.at;
      else {
        const fresh = { worker: p.worker, from: p.at, to: p.at };
        runs.push(fresh);
        open.set(p.worker, fresh);
      }
    }
    let longest = 0;
    for (const a of runs) {
      for (const b of runs) {
        if (a.worker !== b.worker) longest = Math.max(longest, Math.min(a.to, b.to) - Math.max(a.from, b.from));
      }
    }
    return longest;
  }

  stop(): void {
    for (const sub of this.subs) sub.unsubscribe();
  }
}

/** Polls `check` every 100 ms until it returns a value (not undefined/false) or `ms` pass. */
export async function waitFor<T>(what: string, ms: number, check: () => T | undefined | false | Promise<T | undefined | false>): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
