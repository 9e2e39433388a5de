// webhookSink against a real local node:http server that fails, stalls, refuses and recovers.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { StatusEvent } from '@rxcv/core';
import { webhookSink } from './webhook-sink.js';
import type { OutputEvent } from './event-sink.js';

const event = (n: number): OutputEvent & { n: number } => ({ type: 'line_crossed', sourceId: 0, frameId: n + 1, frameTimestamp: n, n });

/** What the server does with each request, in turn; 'ok' once the script runs out. */
type Behaviour = 'ok' | 'fail' | 'stall' | 'reject';

interface Hook {
  server: Server;
  port: number;
  /** Bodies of the requests answered 200, in arrival order. */
  accepted: unknown[];
  requests: number;
  authorization: Array<string | undefined>;
}

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
});

async function startHook(script: Behaviour[], port = 0): Promise<Hook> {
  const hook: Hook = { server: undefined as unknown as Server, port, accepted: [], requests: 0, authorization: [] };
  hook.server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      hook.requests += 1;
      hook.authorization.push(request.headers.authorization);
      const behaviour = script.shift() ?? 'ok';
      if (behaviour === 'stall') return; // never answers
      if (behaviour === 'fail') return void response.writeHead(503).end('busy');
      if (behaviour === 'reject') return void response.writeHead(400).end('bad');
      hook.accepted.push(JSON.parse(body));
      response.writeHead(200).end('{}');
    });
  });
  servers.push(hook.server);
  await new Promise<void>((r) => hook.server.listen(port, '127.0.0.1', r));
  hook.port = (hook.server.address() as AddressInfo).port;
  return hook;
}

const fast = { retries: 8, minDelayMs: 20, maxDelayMs: 200 };

describe('webhookSink', () => {
  it('retries 5xx and a stalled request with back-off, then delivers every event in order', async () => {
    const hook = await startHook(['fail', 'fail', 'stall', 'ok', 'fail']);
    const sink = webhookSink({ url: `http://127.0.0.1:${hook.port}/hook`, retry: fast, timeoutMs: 300 });
    const statuses: StatusEvent[] = [];
    sink.status$.subscribe((s) => statuses.push(s));
    for (let n = 0; n < 10; n++) sink.sendEvent(event(n));
    await sink.drained();
    expect(hook.accepted.map((b) => (b as { n: number }).n)).toEqual([...Array(10).keys()]);
    expect(hook.requests).toBe(14); // 10 + 2 failures + 1 stall + 1 failure
    expect(sink.stats()).toMatchObject({ delivered: 10, failed: 0, queued: 0, overflow: 0 });
    expect(statuses.map((s) => s.type)).toEqual(['OUTPUT_DISCONNECTED', 'OUTPUT_CONNECTED', 'OUTPUT_DISCONNECTED', 'OUTPUT_CONNECTED']);
    expect(JSON.stringify(statuses[0]!.payload)).toMatch(/HTTP 503/);
    await sink.close();
  });

  it('does not retry a 4xx: a typed error and a status event, and the next messages still go', async () => {
    const hook = await startHook(['reject']);
    const sink = webhookSink({ url: `http://127.0.0.1:${hook.port}/hook`, retry: fast });
    const statuses: StatusEvent[] = [];
    sink.status$.subscribe((s) => statuses.push(s));
    sink.sendEvent(event(0));
    sink.sendEvent(event(1));
    await sink.drained();
    expect(hook.requests).toBe(2);
    expect(hook.accepted).toEqual([event(1)]);
    expect(sink.lastError).toMatchObject({ name: 'SinkError', code: 'SINK_REJECTED' });
    expect(sink.lastError!.message).toMatch(/HTTP 400/);
    expect(statuses.find((s) => s.type === 'OUTPUT_ERROR')?.payload).toMatchObject({ code: 'SINK_REJECTED' });
    expect(sink.stats()).toMatchObject({ delivered: 1, failed: 1 });
    await sink.close();
  });

  it('holds a bounded queue while the server is down, counts the overflow, and delivers in order (batched) when it is back', async () => {
    const probe = await startHook([]);
    const port = probe.port;
    await new Promise((r) => probe.server.close(r)); // the port is now refused
    const sink = webhookSink({ url: `http://127.0.0.1:${port}/hook`, queueSize: 5, batchSize: 4, retry: { retries: 50, minDelayMs: 50, maxDelayMs: 100 } });
    const statuses: StatusEvent[] = [];
    sink.status$.subscribe((s) => statuses.push(s));
    for (let n = 0; n < 12; n++) sink.sendEvent(event(n));
    // 0 went out at once (a batch never waits to fill) and is retried; 1-11 compete for 5
    // places: the oldest six are dropped (drop-oldest), 7-11 wait.
    expect(sink.stats()).toMatchObject({ queued: 6, overflow: 6 });
    expect(statuses.find((s) => s.type === 'OUTPUT_OVERFLOW')?.payload).toMatchObject({ dropped: 1, queueSize: 5 });
    await new Promise((r) => setTimeout(r, 300));
    expect(statuses.some((s) => s.type === 'OUTPUT_DISCONNECTED')).toBe(true);
    const hook = await startHook([], port);
    await sink.drained();
    expect(hook.accepted).toEqual([[event(0)], [7, 8, 9, 10].map(event), [event(11)]]);
    expect(sink.stats()).toMatchObject({ delivered: 6, overflow: 6, failed: 0, connected: true });
    await sink.close();
    // close() reports the final overflow total (the first report said 1; later ones are rate-limited).
    expect(statuses.filter((s) => s.type === 'OUTPUT_OVERFLOW').at(-1)?.payload).toMatchObject({ dropped: 6 });
  });

  it('turns user:pass in the url into Basic authentication and never shows it', async () => {
    const hook = await startHook(['reject']);
    const sink = webhookSink({ url: `http://bob:hunter2@127.0.0.1:${hook.port}/hook`, headers: { 'x-token': 'tok-secret' }, retry: fast });
    const statuses: StatusEvent[] = [];
    sink.status$.subscribe((s) => statuses.push(s));
    sink.sendEvent(event(0));
    await sink.drained();
    expect(hook.authorization[0]).toBe(`Basic ${Buffer.from('bob:hunter2').toString('base64')}`);
    const shown = JSON.stringify([statuses, sink.stats(), sink.lastError?.message]);
    expect(shown).toContain(`127.0.0.1:${hook.port}/hook`);
    expect(shown).not.toMatch(/hunter2|bob|tok-secret/);
    await sink.close();
  });

  it('gives up a batch after the last retry with SINK_UNREACHABLE', async () => {
    const hook = await startHook(['fail', 'fail', 'fail']);
    const sink = webhookSink({ url: `http://127.0.0.1:${hook.port}/`, retry: { retries: 2, minDelayMs: 10 } });
    sink.sendEvent(event(0));
    await sink.drained();
    expect(hook.requests).toBe(3);
    expect(sink.lastError?.code).toBe('SINK_UNREACHABLE');
    expect(sink.stats()).toMatchObject({ delivered: 0, failed: 1 });
    await sink.close();
  });

  it('rejects bad options with SINK_INVALID_OPTIONS', () => {
    expect(() => webhookSink({ url: 'ftp://x' })).toThrow(/http/);
    expect(() => webhookSink({ url: 'http://x', batchSize: 0 })).toThrow(/batchSize/);
  });
});
