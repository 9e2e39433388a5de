import { createSocket, type Socket } from 'node:dgram';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_DATAGRAM_BYTES, udpSink } from '../src/index.js';
import { testFrame, testResult } from './frames.js';

/** A real UDP receiver on 127.0.0.1 with an OS-chosen port. */
async function receiver(): Promise<{ socket: Socket; port: number; messages: Buffer[]; next: (n: number) => Promise<Buffer[]> }> {
  const socket = createSocket('udp4');
  const messages: Buffer[] = [];
  const waiters: Array<() => void> = [];
  socket.on('message', (m) => {
    messages.push(m);
    waiters.splice(0).forEach((w) => w());
  });
  await new Promise<void>((r) => socket.bind(0, '127.0.0.1', r));
  const next = async (n: number) => {
    const deadline = Date.now() + 5000;
    while (messages.length < n && Date.now() < deadline) {
      await new Promise<void>((r) => {
        waiters.push(r);
        setTimeout(r, 100);
      });
    }
    return messages;
  };
  return { socket, port: socket.address().port, messages, next };
}

let open: Socket[] = [];
afterEach(() => {
  open.forEach((s) => s.close());
  open = [];
});

describe('udpSink', () => {
  it('sends one JSON datagram per prediction with the inference metadata', async () => {
    const rx = await receiver();
    open.push(rx.socket);
    const sink = udpSink({ host: '127.0.0.1', port: rx.port });
    const before = Date.now();
    for (let i = 1; i <= 5; i++) await sink(testResult(), testFrame(i, 1));
    const messages = await rx.next(5);
    await sink.close?.();
    await sink.close?.();
    expect(messages).toHaveLength(5);
    const records = messages.map((m) => JSON.parse(m.toString('utf8')));
    expect(records.map((r) => r.inference_metadata.frame_id)).toEqual([1, 2, 3, 4, 5]);
    const first = records[0];
    expect(first.inference_metadata).toMatchObject({ source_id: 1, frame_timestamp: '2025-01-02T03:04:05.001Z' });
    expect(Date.parse(first.inference_metadata.emission_time)).toBeGreaterThanOrEqual(before - 1);
    expect(first.predictions).toEqual(testResult().predictions);
    expect(first.image).toEqual({ width: 4, height: 2 });
    await expect(sink(testResult(), testFrame(6))).rejects.toMatchObject({ code: 'SINK_CLOSED' });
  });

  it('does not fail when nobody listens (UDP loses datagrams silently)', async () => {
    const rx = await receiver();
    const port = rx.port;
    await new Promise<void>((r) => rx.socket.close(r));
    const sink = udpSink({ port });
    for (let i = 1; i <= 3; i++) await sink(testResult(), testFrame(i));
    await sink.close?.();
  });

  it('rejects a prediction too large for one datagram, and a bad port', async () => {
    expect(() => udpSink({ port: 0 })).toThrow(expect.objectContaining({ code: 'SINK_INVALID_OPTIONS' }));
    expect(() => udpSink({ port: 70000 })).toThrow(/1\.\.65535/);
    const rx = await receiver();
    open.push(rx.socket);
    const sink = udpSink({ port: rx.port });
    const huge = testResult();
    huge.predictions = Array.from({ length: 1000 }, (_, i) => ({ ...huge.predictions[0], detection_id: `detection-${i}` }));
    await expect(sink(huge, testFrame(1))).rejects.toMatchObject({
      code: 'SINK_OUTPUT_FAILED',
      message: expect.stringContaining(String(MAX_DATAGRAM_BYTES)),
    });
    await sink.close?.();
  });
});
