import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DIR } from '@rxcv/core/testing';

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
  /** False once the server process has exited (stopped, or died by itself). */
  readonly alive: boolean;
  /** How the last server process ended, e.g. `signal SIGSEGV`; null while it runs. */
  readonly exit: string | null;
}

const running = new Set<ChildProcess>();
/** Servers being stopped on purpose (their exit is expected). */
const stopping = new WeakSet<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

function launch(options: RtspServerOptions, port: number): Promise<{ child: ChildProcess; port: number }> {
  const args = [RTSP_SERVER_SCRIPT, '--port', String(port)];
  for (const [mount, path] of Object.entries(options.files ?? {})) args.push('--file', `${mount}=${path}`);
  for (const [mount, spec] of Object.entries(options.tests ?? {})) args.push('--test', `${mount}:${spec}`);
  if (options.auth) args.push('--auth', options.auth);
  const child = spawn(PYTHON, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.once('exit', () => running.delete(child));
  return new Promise((resolve, reject) => {
    let output = '';
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`RTSP server did not start: ${why}\n${output}`));
    };
    const timer = setTimeout(() => fail('no READY within 15 s'), 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /READY port=(\d+)/.exec(output);
      if (ready) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        child.removeAllListeners('exit');
        running.delete(child);
        running.add(child);
        child.once('exit', (code, signal) => {
          running.delete(child);
          if (!stopping.has(child)) console.warn(`RTSP test server on port ${ready[1]} died by itself (${signal ?? `code ${code}`}):\n${output.slice(-1500)}`);
        });
        resolve({ child, port: Number(ready[1]) });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => fail(`exited with ${code}`));
  });
}

function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    stopping.add(child);
    child.kill('SIGCONT'); // a frozen server cannot handle SIGTERM
    child.kill('SIGTERM');
  });
}

/** Starts `rtsp_server.py` and waits for READY. Stop it in `afterAll`. */
export async function startRtspServer(options: RtspServerOptions): Promise<RtspServer> {
  let { child, port } = await launch(options, options.port ?? 0);
  return {
    get port() {
      return port;
    },
    url: (mount, credentials) => `rtsp://${credentials ? `${credentials}@` : ''}127.0.0.1:${port}${mount}`,
    stop: () => terminate(child),
    get alive() {
      return child.exitCode === null && child.signalCode === null;
    },
    get exit() {
      if (child.exitCode !== null) return `code ${child.exitCode}`;
      return child.signalCode ? `signal ${child.signalCode}` : null;
    },
    freeze: () => void child.kill('SIGSTOP'),
    thaw: () => void child.kill('SIGCONT'),
    async restart() {
      await terminate(child);
      // The port was just released; retry briefly should the OS still hold it.
      for (let tries = 0; ; tries += 1) {
        try {
          ({ child, port } = await launch(options, port));
          return;
        } catch (error) {
          if (tries >= 10) throw error;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }
    },
  };
}
