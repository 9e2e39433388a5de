// The RTSP test server: launches the shared tools' GStreamer script and restarts it should it crash.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DIR } from './shared-assets.js';
import { stopChild } from './stop-child.js';

/** The verified GStreamer RTSP server script of the shared tools. */
export const RTSP_SERVER_SCRIPT = process.env.RXCV_RTSP_SERVER ?? join(SHARED_DIR, 'tools', 'rtsp_server.py');
/** Debian's python: the first python3 on PATH may be a build without `gi`. */
const PYTHON = '/usr/bin/python3';

let available: boolean | null = null;

/**
 * True when the RTSP server can run here (the script, python3-gi and GstRtspServer).
 * In CI (`CI=true`) its absence is an error, not a skip.
 */
export function hasRtspServer(): boolean {
  if (available !== null) return available;
  const probe = existsSync(PYTHON) && existsSync(RTSP_SERVER_SCRIPT)
    ? spawnSync(PYTHON, ['-c', "import gi; gi.require_version('Gst', '1.0'); gi.require_version('GstRtspServer', '1.0')"], { timeout: 10_000 })
    : null;
  available = probe?.status === 0;
  if (!available) {
    const message = `rxcv: RTSP test server unavailable (${RTSP_SERVER_SCRIPT} with ${PYTHON}, python3-gi, gir1.2-gst-rtsp-server-1.0, gstreamer1.0-plugins-{base,good,bad,ugly}); RTSP tests are skipped`;
    if (process.env.CI === 'true') throw new Error(message.replace('are skipped', 'must not be skipped in CI'));
    console.warn(message);
  }
  return available;
}

export interface RtspServerOptions {
  /** Mount -> H.264 MP4 looped at real-time pace, e.g. `{ '/cam': clip }`. */
  readonly files?: Readonly<Record<string, string>>;
  /** Mount -> live synthetic source `WxH@FPS`, e.g. `{ '/live': '640x360@25' }`. */
  readonly tests?: Readonly<Record<string, string>>;
  /** `user:pass` required by every mount. */
  readonly auth?: string;
  /** 0 (default) picks a free port. */
  readonly port?: number;
}

/** A running RTSP server started by a test. */
export interface RtspServer {
  readonly port: number;
  /** `rtsp://127.0.0.1:<port><mount>`, with `user:pass@` when given. */
  url(mount: string, credentials?: string): string;
  /** Kills the server (SIGTERM, SIGKILL after 3 s) and waits for it to exit. */
  stop(): Promise<void>;
  /** Starts it again on the same port (after `stop()`). */
  restart(): Promise<void>;
  /** Freezes the server (SIGSTOP): connections stay open, nothing is sent: a hung camera. */
  freeze(): void;
  /** Lets a frozen server go on (SIGCONT). */
  thaw(): void;
  /** Times the server died by itself (and was started again on the same port). */
  readonly crashes: number;
  /** Resolves once a server that died by itself is back (at once when it runs). */
  whenUp(): Promise<void>;
}

const running = new Set<ChildProcess>();
/** Servers being stopped on purpose (their exit is expected). */
const stopping = new WeakSet<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

interface Launched {
  readonly child: ChildProcess;
  readonly port: number;
  /** What the server wrote, for diagnosing a crash. */
  readonly output: () => string;
}

function launch(options: RtspServerOptions, port: number): Promise<Launched> {
  const args = [RTSP_SERVER_SCRIPT, '--port', String(port)];
  for (const [mount, path] of Object.entries(options.files ?? {})) args.push('--file', `${mount}=${path}`);
  for (const [mount, spec] of Object.entries(options.tests ?? {})) args.push('--test', `${mount}:${spec}`);
  if (options.auth) args.push('--auth', options.auth);
  const child = spawn(PYTHON, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => fail(`exited with ${code}`);
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`RTSP server did not start: ${why}\n${output}`));
    };
    const timer = setTimeout(() => fail('no READY within 15 s'), 15_000);
    let stdout = '';
    const onData = (chunk: Buffer) => {
      stdout += chunk.toString();
      const ready = /READY port=(\d+)/.exec(stdout);
      if (!ready) return;
      clearTimeout(timer);
      child.off('exit', onExit);
      child.stdout?.off('data', onData);
      child.stdout?.resume(); // keep draining: a full pipe would block the server
      resolve({ child, port: Number(ready[1]), output: () => output });
    };
    child.stdout?.on('data', onData);
    child.once('exit', onExit);
  });
}

/** Stops a server the harness meant to stop (its exit is not reported as a crash). */
function terminate(child: ChildProcess): Promise<void> {
  stopping.add(child);
  return stopChild(child);
}

/** Launches on `port`, retrying briefly should the OS still hold a port just released. */
async function launchOnPort(options: RtspServerOptions, port: number): Promise<Launched> {
  for (let tries = 0; ; tries += 1) {
    try {
      return await launch(options, port);
    } catch (error) {
      if (tries >= 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/**
 * Starts `rtsp_server.py` and waits for READY. Stop it in `afterAll`.
 *
 * GStreamer's RTSP server 1.22 sometimes aborts by itself (`gst_rtsp_media_get_rates: assertion
 * failed`), mostly when clients come and go quickly on a loaded machine. Such a crash is logged
 * and the server is started again on the same port, as a camera would come back; `crashes`
 * counts them so that tests can tell a server fault from a source fault.
 */
export async function startRtspServer(options: RtspServerOptions): Promise<RtspServer> {
  let current = await launch(options, options.port ?? 0);
  const port = current.port;
  let crashes = 0;
  let relaunching: Promise<void> = Promise.resolve();

  const supervise = (launched: Launched): void => {
    launched.child.once('exit', (code, signal) => {
      if (stopping.has(launched.child)) return;
      crashes += 1;
      console.warn(`RTSP test server on port ${port} died by itself (${signal ?? `code ${code}`}); starting it again. Its last words:\n${launched.output().slice(-600)}`);
      relaunching = launchOnPort(options, port).then((next) => {
        current = next;
        supervise(next);
      });
    });
  };
  supervise(current);

  return {
    port,
    url: (mount, credentials) => `rtsp://${credentials ? `${credentials}@` : ''}127.0.0.1:${port}${mount}`,
    stop: async () => {
      await relaunching.catch(() => undefined);
      await terminate(current.child);
    },
    freeze: () => void current.child.kill('SIGSTOP'),
    thaw: () => void current.child.kill('SIGCONT'),
    get crashes() {
      return crashes;
    },
    whenUp: () => relaunching,
    async restart() {
      await relaunching.catch(() => undefined);
      await terminate(current.child);
      current = await launchOnPort(options, port);
      supervise(current);
    },
  };
}
