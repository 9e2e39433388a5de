// Simulation benchmark of issue 15: 200 light cameras (lavfi testsrc2 at 1 fps, 64x36, no model)
// over 8 worker processes on one nats-server; kill 3 workers (SIGKILL) and time until all 200
// publish again. Prints the NATS message rate (from the server's /varz) and worker memory.
//   node bench/fleet-simulation.mjs [--cameras 200] [--workers 8] [--kill 3]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { connect } from '@nats-io/transport-node';
import { CameraRegistry } from '../dist/index.js';

const { values } = parseArgs({ options: { cameras: { type: 'string' }, workers: { type: 'string' }, kill: { type: 'string' } } });
const CAMERAS = Number(values.cameras ?? 200);
const WORKERS = Number(values.workers ?? 8);
const KILL = Number(values.kill ?? 3);
const CAPACITY = Math.ceil(CAMERAS / (WORKERS - KILL));
const BIN = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'rxcv-fleet.cjs');
const children = new Set();
process.once('exit', () => children.forEach((c) => c.kill('SIGKILL')));

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const rssMb = (pid) => {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
  } catch {
    return NaN;
  }
};
const cpuSeconds = (pid) => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
};

async function startNats() {
  const [port, monitor] = [await freePort(), await freePort()];
  const store = mkdtempSync(join(tmpdir(), 'rxcv-sim-'));
  const child = spawn('nats-server', ['-a', '127.0.0.1', '-p', String(port), '-m', String(monitor), '-js', '-sd', store], { stdio: 'ignore' });
  children.add(child);
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${monitor}/healthz`)).ok) break;
    } catch {}
    await sleep(100);
  }
  return { url: `nats://127.0.0.1:${port}`, monitor, child, store };
}

function startWorker(name, url) {
  const child = spawn(process.execPath, [BIN, 'worker', '--nats', url, '--name', name, '--capacity', String(CAPACITY)], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let log = '';
  child.stderr.on('data', (c) => (log = (log + c).slice(-20000)));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (c) => String(c).includes('READY') && resolve({ name, child, log: () => log }));
    child.once('exit', (code) => reject(new Error(`${name} exited ${code}: ${log}`)));
  });
}

const varz = async (monitor) => (await fetch(`http://127.0.0.1:${monitor}/varz`)).json();

const nats = await startNats();
const nc = await connect({ servers: nats.url });
const lastSeen = new Map(); // camera -> { at, worker }
let predictions = 0;
nc.subscribe('rxcv.cameras.*.predictions', {
  callback: (_e, msg) => {
    const meta = msg.json().inference_metadata;
    predictions += 1;
    lastSeen.set(meta.camera_id, { at: Date.now(), worker: meta.worker });
  },
});
const registry = await CameraRegistry.open(nc);
const workers = await Promise.all(Array.from({ length: WORKERS }, (_, i) => startWorker(`sim${i + 1}`, nats.url)));
const t0 = Date.now();
for (let i = 0; i < CAMERAS; i += 1) {
  await registry.add(`sim${String(i).padStart(4, '0')}`, { source: 'testsrc2=size=64x36:rate=1,realtime', inputFormat: 'lavfi' }, true);
}
const ids = (await registry.list()).map((r) => r.id);
const allSince = (since) => ids.every((id) => (lastSeen.get(id)?.at ?? 0) > since);
while (!allSince(t0)) {
  if (Date.now() - t0 > (Number(process.env.SIM_STARTUP_LIMIT_MS) || 45_000)) {
    const states = {};
    for (const row of await registry.list()) states[row.state] = (states[row.state] ?? 0) + 1;
    const beats = (await registry.workers()).map((w) => `${w.name}:${w.held}`).join(' ');
    console.log(workers.map((w) => w.log()).join("\n---\n"));
    throw new Error(`only ${ids.filter((id) => (lastSeen.get(id)?.at ?? 0) > t0).length}/${CAMERAS} cameras publish after the limit; states ${JSON.stringify(states)}; workers ${beats}\n${workers[0].log()}`);
  }
  await sleep(100);
}
const startupMs = Date.now() - t0;

// Steady state: 10 s of message rates and worker CPU.
const v1 = await varz(nats.monitor);
const cpu1 = workers.map((w) => cpuSeconds(w.child.pid));
const p1 = predictions;
await sleep(10_000);
const v2 = await varz(nats.monitor);
const cpu2 = workers.map((w) => cpuSeconds(w.child.pid));
const seconds = (Date.parse(v2.now) - Date.parse(v1.now)) / 1000;
const inRate = (v2.in_msgs - v1.in_msgs) / seconds;
const outRate = (v2.out_msgs - v1.out_msgs) / seconds;
const inBytes = (v2.in_bytes - v1.in_bytes) / seconds;
const predRate = (predictions - p1) / seconds;
const cpuPerWorker = cpu2.map((c, i) => (c - cpu1[i]) / seconds);
const rss = workers.map((w) => rssMb(w.child.pid));

// Kill the 3 busiest workers.
const held = new Map();
for (const id of ids) held.set(lastSeen.get(id).worker, (held.get(lastSeen.get(id).worker) ?? 0) + 1);
const victims = [...workers].sort((a, b) => (held.get(b.name) ?? 0) - (held.get(a.name) ?? 0)).slice(0, KILL);
const orphaned = ids.filter((id) => victims.some((v) => v.name === lastSeen.get(id).worker));
const killedAt = Date.now();
for (const v of victims) v.child.kill('SIGKILL');
const victimNames = new Set(victims.map((v) => v.name));
const recovered = () => ids.every((id) => lastSeen.get(id).at > killedAt && !victimNames.has(lastSeen.get(id).worker));
while (!recovered()) {
  if (Date.now() - killedAt > 60_000) break;
  await sleep(50);
}
const recoveryMs = Date.now() - killedAt;
const stillDown = ids.filter((id) => !(lastSeen.get(id).at > killedAt && !victimNames.has(lastSeen.get(id).worker))).length;

const fmt = (n, d = 1) => n.toFixed(d);
console.log(`machine: ${(await import("node:os")).cpus().length} cores, load average ${(await import("node:os")).loadavg().map((l) => l.toFixed(1)).join(" ")} at the end`);
console.log(`fleet simulation: ${CAMERAS} lavfi cameras (64x36 @ 1 fps, no model), ${WORKERS} workers (capacity ${CAPACITY}), 1 nats-server ${v2.version}`);
console.log(`  all ${CAMERAS} cameras publishing ${fmt(startupMs / 1000)} s after the adds began`);
console.log(`  steady state: ${fmt(predRate)} predictions/s; NATS in ${fmt(inRate)} msg/s (${fmt(inBytes / 1024)} KiB/s), out ${fmt(outRate)} msg/s`);
console.log(`  NATS messages in per camera: ${fmt(inRate / CAMERAS, 2)}/s (${fmt(inBytes / CAMERAS)} B/s)`);
console.log(`  worker CPU: ${cpuPerWorker.map((c) => `${fmt(c * 100, 0)}%`).join(' ')} of a core; RSS ${rss.map((r) => fmt(r, 0)).join(' ')} MB`);
console.log(`  nats-server RSS ${fmt(rssMb(nats.child.pid), 0)} MB`);
console.log(`  killed ${victims.map((v) => `${v.name}(${held.get(v.name) ?? 0})`).join(' ')}: ${orphaned.length} cameras orphaned`);
console.log(stillDown === 0 ? `  all ${CAMERAS} cameras publishing again ${fmt(recoveryMs / 1000)} s after the kill` : `  ${stillDown} cameras still down after 60 s`);

if (process.env.SIM_LOGS) {
  const { writeFileSync } = await import('node:fs');
  writeFileSync(process.env.SIM_LOGS, workers.map((w) => w.log()).join(''));
  console.log(`  worker logs (last 3000 chars each) in ${process.env.SIM_LOGS}`);
}
await nc.close();
for (const w of workers) w.child.kill('SIGTERM');
await sleep(1500);
for (const c of children) c.kill('SIGKILL');
rmSync(nats.store, { recursive: true, force: true });
process.exit(stillDown === 0 ? 0 : 1);
