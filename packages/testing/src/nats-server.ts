// Test harness: real `nats-server -js` processes on 127.0.0.1 (one server or a loopback cluster),
// each with its own temporary store directory, that tests can kill (SIGKILL) and start again.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.js';
import { stopChild } from './stop-child.js';

/** The nats-server binary: `RXCV_NATS_SERVER`, else the first on PATH or Debian's /usr/sbin. */
export const NATS_SERVER_BIN = process.env.RXCV_NATS_SERVER ?? findBinary();

function findBinary(): string {
  for (const candidate of ['nats-server', '/usr/sbin/nats-server', '/usr/bin/nats-server']) {
    const probe = spawnSync(candidate, ['--version'], { timeout: 5000 });
    if (probe.status === 0) return candidate;
  }
  return 'nats-server';
}

let available: boolean | null = null;

/**
 * True when `nats-server` runs here. In CI (`CI=true`) its absence is an error, not a skip
 * (`bash scripts/setup.sh --test` installs Debian's `nats-server`).
 */
export function hasNatsServer(): boolean {
  if (available !== null) return available;
  available = spawnSync(NATS_SERVER_BIN, ['--version'], { timeout: 5000 }).status === 0;
  if (!available) {
    const message = 'rxcv: nats-server unavailable (apt-get install nats-server); NATS tests are skipped';
    if (process.env.CI === 'true') throw new Error(message.replace('are skipped', 'must not be skipped in CI'));
    console.warn(message);
  }
  return available;
}

export interface NatsServerOptions {
  /** Client port; 0 (default) picks a free one. Kept across `restart()`. */
  readonly port?: number;
  /** Server name (must differ within a cluster). */
  readonly name?: string;
  /** `user:pass` required from clients. */
  readonly auth?: string;
  /** Cluster membership: the cluster's name, this node's route port and every node's route port. */
  readonly cluster?: { readonly name: string; readonly routePort: number; readonly routePorts: readonly number[] };
}

/** A running `nats-server -js` started by a test. */
export interface NatsServer {
  readonly name: string;
  readonly port: number;
  /** `nats://127.0.0.1:<port>` (with `user:pass@` when given). */
  url(credentials?: string): string;
  /** SIGKILL: the machine is gone; its store directory is kept for `restart()`. */
  kill(): Promise<void>;
  /** SIGTERM and wait (SIGKILL after 3 s). */
  stop(): Promise<void>;
  /** Starts it again on the same ports with the same store. */
  restart(): Promise<void>;
  /** Freezes it (SIGSTOP): connections stay open but nothing answers, like a network cut. */
  freeze(): void;
  thaw(): void;
  readonly running: boolean;
  /** Stops it and removes its store directory. */
  dispose(): Promise<void>;
}

const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

interface Launch {
  readonly child: ChildProcess;
  readonly output: () => string;
}

async function waitForHealth(monitorPort: number, child: ChildProcess, deadline: number, output: () => string): Promise<void> {
  // /healthz answers 200 once the server (and JetStream, in a cluster: the meta leader) is ready.
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`nats-server exited (${child.exitCode ?? child.signalCode}):\n${output()}`);
    try {
      const response = await fetch(`http://127.0.0.1:${monitorPort}/healthz`, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`nats-server not healthy within the time limit:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function launch(args: string[]): Launch {
  const child = spawn(NATS_SERVER_BIN, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-6000)));
  return { child, output: () => output };
}

function ended(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/**
 * Starts `nats-server -js` on 127.0.0.1 with a fresh store directory and waits until `/healthz`
 * says it is ready (`waitHealthy: false` to skip, as cluster nodes must all be up first).
 */
export async function startNatsServer(options: NatsServerOptions = {}, waitHealthy = true): Promise<NatsServer> {
  const port = options.port || (await freePort());
  const monitorPort = await freePort();
  const storeDir = mkdtempSync(join(tmpdir(), 'rxcv-nats-'));
  const name = options.name ?? `n${port}`;
  const args = ['-a', '127.0.0.1', '-p', String(port), '-m', String(monitorPort), '-js', '-sd', storeDir, '-n', name];
  if (options.auth) {
    const [user, ...pass] = options.auth.split(':');
    args.push('--user', user, '--pass', pass.join(':'));
  }
  if (options.cluster) {
    const routes = options.cluster.routePorts.filter((p) => p !== options.cluster!.routePort).map((p) => `nats://127.0.0.1:${p}`);
    args.push('--cluster_name', options.cluster.name, '--cluster', `nats://127.0.0.1:${options.cluster.routePort}`, '--routes', routes.join(','));
  }
  let current = launch(args);
  const healthy = async () => waitForHealth(monitorPort, current.child, Date.now() + 20_000, current.output);
  if (waitHealthy) await healthy();
  const server: ClusterNode = {
    name,
    port,
    url: (credentials) => `nats://${credentials ? `${credentials}@` : ''}127.0.0.1:${port}`,
    kill: () => stopChild(current.child, 'SIGKILL'),
    stop: () => stopChild(current.child),
    async restart() {
      await stopChild(current.child);
      current = launch(args);
      await healthy();
    },
    freeze: () => void current.child.kill('SIGSTOP'),
    thaw: () => void current.child.kill('SIGCONT'),
    get running() {
      return !ended(current.child);
    },
    async dispose() {
      await stopChild(current.child);
      rmSync(storeDir, { recursive: true, force: true });
    },
    healthy,
    metaLeader: () => metaLeader(monitorPort),
  };
  return server;
}

/** A JetStream cluster of nats-server processes on loopback. */
export interface NatsCluster {
  readonly servers: readonly NatsServer[];
  /** Every node's client URL, for a client that should fail over: `nats://a,nats://b,...`. */
  readonly urls: readonly string[];
  dispose(): Promise<void>;
}

/** A started server, with what `startNatsCluster` waits on. */
interface ClusterNode extends NatsServer {
  healthy(): Promise<void>;
  /** The JetStream meta leader this node knows of (monitoring `/jsz`), or undefined. */
  metaLeader(): Promise<string | undefined>;
}

async function metaLeader(monitorPort: number): Promise<string | undefined> {
  try {
    const response = await fetch(`http://127.0.0.1:${monitorPort}/jsz`, { signal: AbortSignal.timeout(1000) });
    const body = (await response.json()) as { meta_cluster?: { leader?: string } };
    return body.meta_cluster?.leader || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts `size` (default 3) clustered JetStream nodes on 127.0.0.1 and waits until all are
 * healthy and agree on a JetStream meta leader: `/healthz` can answer before the leader is
 * elected, and a stream or KV bucket created before that times out (seen in CI).
 */
export async function startNatsCluster(size = 3): Promise<NatsCluster> {
  const routePorts: number[] = [];
  for (let i = 0; i < size; i += 1) routePorts.push(await freePort());
  const cluster = { name: `rxcv${routePorts[0]}`, routePorts };
  const servers = await Promise.all(
    routePorts.map((routePort, i) => startNatsServer({ name: `node${i + 1}`, cluster: { ...cluster, routePort } }, false)),
  );
  const nodes = servers as ClusterNode[];
  await Promise.all(nodes.map((node) => node.healthy()));
  const deadline = Date.now() + 20_000;
  for (;;) {
    const leaders = await Promise.all(nodes.map((node) => node.metaLeader()));
    if (leaders[0] !== undefined && leaders.every((leader) => leader === leaders[0])) break;
    if (Date.now() > deadline) throw new Error(`the NATS cluster elected no JetStream meta leader within 20 s (nodes say: ${leaders.join(', ')})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    servers,
    urls: servers.map((s) => s.url()),
    dispose: async () => void (await Promise.all(servers.map((s) => s.dispose()))),
  };
}
