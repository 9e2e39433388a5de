// The preview server attacked over raw TCP on 127.0.0.1 (issue 17, parts 1, 4, 5 and 11):
// malformed request lines and headers, foreign Host names, many unknown source ids, and a
// seeded fuzz of request lines and headers. No request may crash the process, hang, or
// allocate per-request state; every response carries nosniff and the CSP.
import { connect } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { Subject } from 'rxjs';
import { statusEvent, type FrameImage, type StatusEvent, type VideoFrame } from '@rxcv/core';
import { PreviewServer } from '../src/index.js';

interface RawResponse {
  status: number | null;
  head: string;
}

/** Sends `bytes` on a new connection and reads the response head (or what came before the server closed). */
function rawRequest(port: number, bytes: string | Buffer, timeoutMs = 5000): Promise<RawResponse> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      const status = /^HTTP\/1\.[01] (\d{3}) /.exec(received);
      resolve({ status: status === null ? null : Number(status[1]), head: received.split('\r\n\r\n')[0] });
    };
    const timer = setTimeout(done, timeoutMs);
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
      if (received.includes('\r\n\r\n')) done();
    });
    socket.on('close', done);
    socket.on('error', done);
    socket.write(bytes);
  });
}

function frame(sourceId: number, frameId: number): { image: FrameImage; videoFrame: VideoFrame } {
  const image: FrameImage = { width: 64, height: 48, format: 'rgb24', data: new Uint8Array(64 * 48 * 3).fill(frameId * 10) };
  return {
    image,
    videoFrame: { image, frameId, sourceId, fps: 25, frameTimestamp: Date.now(), presentationTime: null, measuredFps: null, comesFromVideoFile: false },
  };
}

/** A server with source 0 known (one frame published), and the status events it reports. */
async function startServer(options: ConstructorParameters<typeof PreviewServer>[0] = {}) {
  const server = new PreviewServer(options);
  servers.push(server);
  const events: StatusEvent[] = [];
  server.events$.subscribe((e) => events.push(e));
  const port = Number(new URL(await server.ready).port);
  const { image, videoFrame } = frame(0, 1);
  server.publish(image, { image: { width: 64, height: 48 }, predictions: [] }, videoFrame);
  return { server, port, events };
}

let servers: PreviewServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

const get = (target: string, host = '127.0.0.1') => `GET ${target} HTTP/1.1\r\nHost: ${host}\r\n\r\n`;

describe('preview server under hostile requests', () => {
  const table: Array<[what: string, request: string | Buffer, status: number]> = [
    ['the page', get('/'), 200],
    ['the state', get('/api/state'), 200],
    ['a known source stream', get('/stream/0.mjpg'), 200],
    ['a known source snapshot', get('/snapshot/0.jpg'), 200],
    ['issue 17.1: //[ (new URL threw, the process died)', get('//['), 400],
    ['a space-less garbage target', get('/a%'), 400],
    ['absolute-form target', get('http://127.0.0.1/'), 400],
    ['a raw byte above 0x7f in the target', Buffer.from('GET /\xff HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n', 'latin1'), 400],
    ['a request line the HTTP parser refuses', 'GARBAGE\r\n\r\n', 400],
    ['NUL bytes', Buffer.from([0, 1, 2, 13, 10, 13, 10]), 400],
    ['an HTTP/1.1 request without Host', 'GET / HTTP/1.1\r\n\r\n', 400],
    ['an HTTP/1.0 request without Host', 'GET / HTTP/1.0\r\n\r\n', 400],
    ['oversized headers', `GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431],
    ['issue 17.5: a foreign Host (DNS rebinding)', get('/', 'evil.example'), 403],
    ['issue 17.5: a foreign Host asking for the state', get('/api/state', 'attacker.test:8080'), 403],
    ['issue 17.5: a foreign Host asking for a stream', get('/stream/0.mjpg', 'rebind.example'), 403],
    ['localhost', get('/', 'localhost'), 200],
    ['POST', 'POST /api/state HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\n\r\nhello', 405],
    ['CONNECT (Node drops it unanswered without a listener)', 'CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n', 405],
    ['issue 17.4: an unknown stream id', get('/stream/9.mjpg'), 404],
    ['an unknown snapshot id', get('/snapshot/9.jpg'), 404],
    ['an unknown path', get('/etc/passwd'), 404],
  ];
  it.each(table)('%s → %s, with nosniff and CSP', async (_what, request, status) => {
    const { port, events } = await startServer();
    const response = await rawRequest(port, request);
    expect(response.status).toBe(status);
    expect(response.head).toMatch(/\r\nX-Content-Type-Options: nosniff(\r\n|$)/i);
    expect(response.head).toMatch(/\r\nContent-Security-Policy: default-src 'none'; script-src 'sha256-/i);
    // And the server goes on serving.
    expect((await rawRequest(port, get('/api/state'))).status).toBe(200);
    expect(events).toEqual([]);
  });

  it('answers a configured LAN name and refuses the others', async () => {
    const { port } = await startServer({ allowedHosts: ['camera-box.lan'] });
    expect((await rawRequest(port, get('/', 'camera-box.lan:8080'))).status).toBe(200);
    expect((await rawRequest(port, get('/', 'other-box.lan:8080'))).status).toBe(403);
  });

  it('a request whose answer throws gets 500 and becomes a SINK_ERROR status event, not a crash', async () => {
    const { server, port, events } = await startServer();
    const { image, videoFrame } = frame(0, 2);
    // A user's prediction that JSON cannot hold: /api/state cannot be written.
    server.publish(image, { image: { width: 64, height: 48 }, predictions: [{ big: 1n }] as never }, videoFrame);
    expect((await rawRequest(port, get('/api/state'))).status).toBe(500);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'SINK_ERROR', sourceId: null, payload: { frameId: 0, message: expect.stringContaining('BigInt') } });
    expect(server.state().pipeline.lastError).toContain('BigInt');
    expect((await rawRequest(port, get('/'))).status).toBe(200);
  });

  it('a malformed status event is reported and skipped, and the state goes on', async () => {
    const { server, events } = await startServer();
    const status = new Subject<StatusEvent>();
    server.observe(status);
    status.next({ type: 'PIPELINE_FINISHED', timestamp: 0, severity: 'info', sourceId: null, payload: undefined } as never);
    status.next(statusEvent('SOURCE_STATE_CHANGED', 'info', 0, { from: 'RUNNING', to: 'PAUSED' }));
    await new Promise((r) => setTimeout(r, 10));
    expect(events.map((e) => e.payload)).toEqual([{ frameId: 0, message: expect.stringContaining('cannot show a status event') }]);
    expect(server.state().sources[0].state).toBe('PAUSED');
  });

  it('issue 17.4: 10 000 unknown source ids (stream and snapshot) get 404 and allocate nothing', async () => {
    const { server, port } = await startServer();
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    /** Pipelines a stream and a snapshot request for each of `count` unknown ids on one connection; resolves with the 404s counted. */
    const unknownIds = (from: number, count: number) =>
      new Promise<number>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1');
        let text = '';
        let notFound = 0;
        socket.on('data', (chunk) => {
          text += chunk.toString('latin1');
          const lines = text.split('\r\n');
          text = lines.pop()!;
          notFound += lines.filter((l) => l === 'HTTP/1.1 404 Not Found').length;
          if (notFound === 2 * count) {
            socket.destroy();
            resolve(notFound);
          }
        });
        socket.on('error', reject);
        setTimeout(() => reject(new Error(`only ${notFound} of ${2 * count} answered`)), 60_000).unref();
        for (let id = from; id < from + count; id++) socket.write(get(`/stream/${id}.mjpg`) + get(`/snapshot/${id}.jpg`));
      });
    // Warm-up, so that the measurement sees no one-off allocation.
    expect(await unknownIds(100_000, 2_000)).toBe(4_000);
    gc();
    const before = process.memoryUsage().heapUsed;
    let answered = 0;
    for (let batch = 0; batch < 10; batch++) answered += await unknownIds(1_000 + batch * 1_000, 1_000);
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    console.info(`preview: ${answered} requests for 10 000 unknown ids (stream and snapshot) → 404; heap grew ${(grown / 1e6).toFixed(2)} MB`);
    expect(answered).toBe(20_000);
    // Before the fix every id kept an entry (~470 bytes: 28 MB for 60k ids), here 10 000 ids would be ~5 MB.
    expect(grown).toBeLessThan(2e6);
    expect(server.state().sources.map((s) => s.sourceId)).toEqual([0]);
  });
});
