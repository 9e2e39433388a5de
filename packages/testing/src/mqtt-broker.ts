// Test harness: a real Mosquitto broker on a free 127.0.0.1 port, with optional passwords,
// that a test can kill and start again on the same port (a broker going down and coming back).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.js';
import { stopChild } from './stop-child.js';

/** Debian's `mosquitto` (2.0) and its password tool; `$RXCV_MOSQUITTO` overrides the broker. */
const MOSQUITTO = process.env.RXCV_MOSQUITTO ?? (existsSync('/usr/sbin/mosquitto') ? '/usr/sbin/mosquitto' : 'mosquitto');
const MOSQUITTO_PASSWD = existsSync('/usr/bin/mosquitto_passwd') ? '/usr/bin/mosquitto_passwd' : 'mosquitto_passwd';

let available: boolean | null = null;

/**
 * True when Mosquitto can run here. In CI (`CI=true`) its absence is an error, not a skip
 * (`.ci/run` installs it).
 */
export function hasMqttBroker(): boolean {
  if (available !== null) return available;
  const probe = spawnSync(MOSQUITTO, ['-h'], { timeout: 10_000 });
  // `mosquitto -h` prints its usage and exits with 3; a missing binary gives an error instead.
  available = probe.error === undefined && /mosquitto version/.test(String(probe.stdout) + String(probe.stderr));
  if (!available) {
    const message = 'rxcv: Mosquitto not found (apt-get install mosquitto); MQTT tests are skipped';
    if (process.env.CI === 'true') throw new Error(message.replace('are skipped', 'must not be skipped in CI'));
    console.warn(message);
  }
  return available;
}

export interface MqttBrokerOptions {
  /** `user -> password`: the broker then refuses anonymous clients and wrong passwords. */
  readonly users?: Readonly<Record<string, string>>;
  /** 0 (default) picks a free port. */
  readonly port?: number;
  /**
   * Keep sessions and their queued messages across `stop()`/`restart()` (saved on SIGTERM), as a
   * production broker does. Default false.
   */
  readonly persistence?: boolean;
}

/** A running Mosquitto started by a test. */
export interface MqttBroker {
  readonly port: number;
  /** `mqtt://127.0.0.1:<port>`, with `user:pass@` when given. */
  url(credentials?: string): string;
  /** Kills the broker (SIGTERM, SIGKILL after 3 s) and waits for it to exit. Idempotent. */
  stop(): Promise<void>;
  /** Kills it at once (SIGKILL), as a crash would. */
  kill(): Promise<void>;
  /** Freezes it (SIGSTOP): connections stay open, nothing is answered or acknowledged. */
  freeze(): void;
  /** Lets a frozen broker go on (SIGCONT). */
  thaw(): void;
  /** Starts it again on the same port (after `stop()` or `kill()`). */
  restart(): Promise<void>;
  /** Stops it and removes its config and password files. */
  dispose(): Promise<void>;
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function launch(config: string, port: number): Promise<ChildProcess> {
  const child = spawn(MOSQUITTO, ['-c', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  return new Promise((resolve, reject) => {
    let exited = false;
    child.once('exit', (code) => {
      exited = true;
      reject(new Error(`Mosquitto did not start on port ${port}: exited with ${code}\n${output}`));
    });
    const deadline = Date.now() + 10_000;
    const poll = async (): Promise<void> => {
      while (!exited && Date.now() < deadline) {
        if (await canConnect(port)) return resolve(child);
        await new Promise((r) => setTimeout(r, 50));
      }
      if (!exited) {
        child.kill('SIGKILL');
        reject(new Error(`Mosquitto did not listen on port ${port} within 10 s\n${output}`));
      }
    };
    void poll();
  });
}

/** Starts Mosquitto and waits until it accepts connections. Dispose of it in `afterAll`. */
export async function startMqttBroker(options: MqttBrokerOptions = {}): Promise<MqttBroker> {
  const dir = mkdtempSync(join(tmpdir(), 'rxcv-mosquitto-'));
  const lines = [
    `listener ${options.port ?? 0} 127.0.0.1`, // rewritten below with the chosen port
    ...(options.persistence === true ? ['persistence true', `persistence_location ${dir}/`] : ['persistence false']),
    'log_dest stderr',
    'log_type error',
    'log_type warning',
    // Run as whoever runs the tests: as root, Mosquitto would otherwise switch to the `mosquitto`
    // user, which cannot read the private temp folder holding the password file.
    `user ${userInfo().username}`,
  ];
  const users = Object.entries(options.users ?? {});
  if (users.length > 0) {
    const passwords = join(dir, 'passwords');
    writeFileSync(passwords, '', { mode: 0o600 });
    for (const [user, password] of users) {
      const made = spawnSync(MOSQUITTO_PASSWD, ['-b', passwords, user, password], { timeout: 10_000 });
      if (made.status !== 0) throw new Error(`mosquitto_passwd failed: ${String(made.stderr)}`);
    }
    lines.push(`password_file ${passwords}`, 'allow_anonymous false');
  } else {
    lines.push('allow_anonymous true');
  }
  const config = join(dir, 'mosquitto.conf');

  const startOn = async (port: number): Promise<ChildProcess> => {
    lines[0] = `listener ${port} 127.0.0.1`;
    writeFileSync(config, `${lines.join('\n')}\n`);
    return launch(config, port);
  };

  let port = options.port ?? 0;
  let child: ChildProcess | undefined;
  for (let tries = 0; child === undefined; tries += 1) {
    try {
      child = await startOn(port === 0 ? await freePort() : port);
    } catch (error) {
      if (tries >= 5) throw error; // another process took the port between the probe and the bind
    }
  }
  port = Number(/listener (\d+)/.exec(lines[0]!)![1]);
  let current: ChildProcess = child;

  return {
    port,
    url: (credentials) => `mqtt://${credentials ? `${credentials}@` : ''}127.0.0.1:${port}`,
    stop: () => stopChild(current, 'SIGTERM'),
    kill: () => stopChild(current, 'SIGKILL'),
    freeze: () => void current.kill('SIGSTOP'),
    thaw: () => void current.kill('SIGCONT'),
    async restart() {
      await stopChild(current, 'SIGTERM');
      // The port was just released; retry briefly should the OS still hold it.
      for (let tries = 0; ; tries += 1) {
        try {
          current = await startOn(port);
          return;
        } catch (error) {
          if (tries >= 10) throw error;
          await new Promise((r) => setTimeout(r, 200));
        }
      }
    },
    async dispose() {
      await stopChild(current, 'SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
