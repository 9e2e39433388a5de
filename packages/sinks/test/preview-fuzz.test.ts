// A seeded fuzz of the preview's HTTP parsing and routing (issue 17.11): 2000 random request
// lines and headers sent over raw TCP to 127.0.0.1. Every request must get an HTTP answer
// (no hang, no crash, no 5xx), a foreign Host must never get a 200, and the server must
// allocate nothing for what it refused.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FrameImage, StatusEvent } from '@rxcv/core';
import { PreviewServer } from '../src/index.js';

/** mulberry32: a small deterministic PRNG, so a failing case can be replayed from its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED = 17;
const COUNT = 2000;
const PARALLEL = 8;

const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '127.0.0.1:8080', '[::1]', 'a.localhost'];
const FOREIGN_HOSTS = ['evil.example', 'evil.example:80', '127.0.0.1.nip.io', 'localhost.evil', '10.0.0.1', '[::2]', '0.0.0.0'];
const METHODS = ['GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'CONNECT', 'TRACE', 'PATCH', 'get', 'G\u00c9T', ''];
const PATHS = ['/', '/api/state', '/stream/0.mjpg', '/snapshot/0.jpg', '/stream/', '/snapshot/1.jpg', '//', '/..', '*', 'http://x/'];
const VERSIONS = ['HTTP/1.1', 'HTTP/1.1', 'HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'HTTP/1.2', 'HTTP/9', 'http/1.1', 'HTTP/', ''];
const NOISE = ['[', ']', '%', '%0', '%zz', '%00', ' ', '\t', '#', '?', '\u00ff', '\u0000', '\r', '\n', '"', '<', '>', '\\', '^', '`', '{', '|', '}', '~', '@', ':', '//', '..', '\u2028'];

/** One random request (latin1 string), and the Host it carries (undefined if none or several). */
function randomRequest(next: () => number): { bytes: string; host: string | undefined; foreign: boolean } {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  let target = pick(PATHS);
  const edits = Math.floor(next() * 4);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(next() * (target.length + 1));
    target = target.slice(0, at) + (next() < 0.5 ? pick(NOISE) : String(Math.floor(next() * 1e6))) + target.slice(at);
  }
  if (next() < 0.1) target = `/stream/${Math.floor(next() * 1e9)}.mjpg`;
  const foreign = next() < 0.4;
  const host = next() < 0.1 ? undefined : foreign ? pick(FOREIGN_HOSTS) : pick(LOOPBACK_HOSTS);
  const headers: string[] = [];
  if (host !== undefined) headers.push(`Host: ${host}`);
  if (next() < 0.1 && host !== undefined) headers.push(`Host: ${pick([...LOOPBACK_HOSTS, ...FOREIGN_HOSTS])}`); // a second Host
  const extra = Math.floor(next() * 4);
  for (let i = 0; i < extra; i++) {
    const name = pick(['Accept', 'X-Fuzz', 'Content-Length', 'Transfer-Encoding', 'Connection', 'Upgrade', 'Expect', 'Cookie', 'Bad Name', '', ':', 'X\u00ff']);
    const value = pick(['*/*', '0', '5', '-1', 'chunked', 'close', 'keep-alive', 'websocket', 'h2c', '100-continue', 'a'.repeat(Math.floor(next() * 9000)), pick(NOISE)]);
    headers.push(`${name}: ${value}`);
  }
  const line = `${pick(METHODS)} ${target} ${pick(VERSIONS)}`;
  return { bytes: `${line}\r\n${headers.map((h) => `${h}\r\n`).join('')}\r\n`, host, foreign };
}

/** Sends one request on a new connection; resolves with the status (null if the server closed without one). */
function send(port: number, bytes: string): Promise<number | null | 'timeout'> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    let settled = false;
    const done = (result: number | null | 'timeout') => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(() => done('timeout'), 10_000);
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
      // An interim answer (100 Continue to `Expect: 100-continue`) is followed by the real one.
      received = received.replace(/^HTTP\/1\.1 1\d\d [^\r]*\r\n\r\n/, '');
      const status = /^HTTP\/1\.[01] (\d{3}) /.exec(received);
      if (status !== null && !status[1].startsWith('1')) done(Number(status[1]));
      else if (status === null && received.length > 12) done(null);
    });
    socket.on('close', () => done(null));
    socket.on('error', () => done(null));
    socket.write(Buffer.from(bytes, 'latin1')); // not end(): Node drops the answers due to a client that half-closed
  });
}

describe('preview HTTP fuzz (seeded, loopback only)', () => {
  let server: PreviewServer;
  let port: number;
  const events: StatusEvent[] = [];
  beforeAll(async () => {
    server = new PreviewServer();
    server.events$.subscribe((e) => events.push(e));
    port = Number(new URL(await server.ready).port);
    const image: FrameImage = { width: 32, height: 24, format: 'rgb24', data: new Uint8Array(32 * 24 * 3).fill(90) };
    server.publish(image, null, {
      image, frameId: 1, sourceId: 0, fps: 25, frameTimestamp: Date.now(), presentationTime: null, measuredFps: null, comesFromVideoFile: false,
    });
  });
  afterAll(() => server.close());

  it(`${COUNT} random requests (seed ${SEED}): each answered, none 5xx, no 200 for a foreign Host`, async () => {
    const next = random(SEED);
    const requests = Array.from({ length: COUNT }, () => randomRequest(next));
    const statuses = new Map<string, number>();
    const problems: string[] = [];
    for (let i = 0; i < requests.length; i += PARALLEL) {
      const batch = requests.slice(i, i + PARALLEL);
      const results = await Promise.all(batch.map((r) => send(port, r.bytes)));
      results.forEach((status, j) => {
        const request = batch[j];
        statuses.set(String(status), (statuses.get(String(status)) ?? 0) + 1);
        const shown = JSON.stringify(request.bytes.slice(0, 200));
        if (status === 'timeout') problems.push(`no answer in 10 s: ${shown}`);
        else if (status === null) problems.push(`closed without an HTTP answer: ${shown}`);
        else if (status >= 500) problems.push(`${status}: ${shown}`);
        else if (status === 200 && request.foreign && request.host !== undefined) problems.push(`200 for a foreign Host: ${shown}`);
      });
    }
    console.info(`preview fuzz, seed ${SEED}: ${COUNT} requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect(problems).toEqual([]);
    // Each of the refusals was exercised, and some requests got through.
    for (const status of ['200', '400', '403', '404', '405']) expect(statuses.get(status) ?? 0).toBeGreaterThan(0);
    expect(events).toEqual([]);
    // Nothing was allocated for the refused ids; the server still serves.
    expect(server.state().sources.map((s) => s.sourceId)).toEqual([0]);
    expect(await send(port, 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n')).toBe(200);
  });
});
