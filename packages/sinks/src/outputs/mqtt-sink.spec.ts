// mqttSink against a real Mosquitto (started by the core test harness) and a real subscriber.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectAsync, type MqttClient } from 'mqtt';
import { firstValueFrom, filter, toArray, takeUntil, Subject } from 'rxjs';
import type { InferenceResult, StatusEvent, VideoFrame } from '@rxcv/core';
import { hasMqttBroker, startMqttBroker, type MqttBroker } from '@rxcv/testing';
import { SinkError } from '../sink-error.js';
import { mqttSink } from './mqtt-sink.js';
import type { OutputEvent } from './event-sink.js';

const event = (n: number): OutputEvent & { n: number } => ({ type: 'zone_entered', sourceId: 3, frameId: n + 1, frameTimestamp: 1_000 + n, n });

/** A subscriber that keeps what arrives on `rxcv/#` (QoS 1; `clientId` makes its session durable). */
async function subscriber(broker: MqttBroker, clientId?: string) {
  const received: Array<{ topic: string; body: any }> = [];
  const client: MqttClient = await connectAsync(broker.url('alice:s3cret'), {
    protocolVersion: 4,
    reconnectPeriod: 100,
    ...(clientId ? { clientId, clean: false } : {}),
  });
  client.on('message', (topic, payload) => received.push({ topic, body: JSON.parse(payload.toString()) }));
  await client.subscribeAsync('rxcv/#', { qos: 1 });
  return { received, client };
}

async function until(check: () => boolean, ms = 10_000): Promise<void> {
  for (const deadline = Date.now() + ms; !check(); ) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.runIf(hasMqttBroker())('mqttSink with a real Mosquitto', () => {
  let broker: MqttBroker;
  beforeAll(async () => {
    broker = await startMqttBroker({ users: { alice: 's3cret' }, persistence: true });
  });
  afterAll(async () => broker?.dispose());

  it('delivers every event and prediction in order on per-source topics, each acknowledged (QoS 1)', async () => {
    const sub = await subscriber(broker);
    const sink = mqttSink({ url: broker.url('alice:s3cret'), qos: 1 });
    await sink.ready();
    for (let n = 0; n < 300; n++) sink.sendEvent(event(n));
    const frame = { sourceId: 3, frameId: 7, frameTimestamp: 5, image: { width: 4, height: 2 } } as unknown as VideoFrame;
    sink({ image: { width: 4, height: 2 }, predictions: [] } as unknown as InferenceResult, frame);
    await sink.drained();
    expect(sink.stats()).toMatchObject({ delivered: 301, queued: 0, overflow: 0, connected: true });
    await until(() => sub.received.length === 301);
    const events = sub.received.filter((m) => m.topic === 'rxcv/3/events');
    expect(events.map((m) => m.body.n)).toEqual([...Array(300).keys()]);
    const predictions = sub.received.filter((m) => m.topic === 'rxcv/3/predictions');
    expect(predictions).toHaveLength(1);
    expect(predictions[0]!.body.inference_metadata).toMatchObject({ source_id: 3, frame_id: 7 });
    await sink.close();
    await sub.client.endAsync();
  }, 30_000);

  it('counts a message as delivered only once the broker acknowledged it', async () => {
    const sink = mqttSink({ url: broker.url('alice:s3cret'), qos: 1, topic: 'rxcv/{source}/{type}' });
    await sink.ready();
    broker.freeze();
    try {
      sink.sendEvent(event(0));
      await new Promise((r) => setTimeout(r, 400));
      expect(sink.stats()).toMatchObject({ delivered: 0, queued: 1 });
    } finally {
      broker.thaw();
    }
    await sink.drained();
    expect(sink.stats()).toMatchObject({ delivered: 1, queued: 0 });
    await sink.close();
  }, 30_000);

  it('queues while the broker is down and delivers in order when it is back; overflow is counted and reported', async () => {
    const sub = await subscriber(broker, 'rxcv-test-durable');
    const sink = mqttSink({ url: broker.url('alice:s3cret'), queueSize: 50, reconnectPeriodMs: 200 });
    const statuses: StatusEvent[] = [];
    sink.status$.subscribe((s) => statuses.push(s));
    await sink.ready();
    for (let n = 0; n < 20; n++) sink.sendEvent(event(n));
    await sink.drained();
    await until(() => sub.received.length === 20);

    const disconnected = firstValueFrom(sink.status$.pipe(filter((s) => s.type === 'OUTPUT_DISCONNECTED')));
    await broker.stop();
    await disconnected;
    for (let n = 20; n < 120; n++) sink.sendEvent(event(n));
    expect(sink.stats()).toMatchObject({ queued: 50, overflow: 50, connected: false });
    expect(statuses.some((s) => s.type === 'OUTPUT_OVERFLOW' && (s.payload as { dropped: number }).dropped > 0)).toBe(true);

    await broker.restart();
    await sink.drained();
    await until(() => new Set(sub.received.map((m) => m.body.n)).size === 70);
    // The 20 sent before, then the newest 50 the queue kept (drop-oldest), in order. QoS 1 is "at
    // least once": the subscriber may see its last message before the outage again (its own
    // acknowledgement can be lost with the broker), never a gap or a message out of order.
    const expected = [...[...Array(20).keys()], ...Array.from({ length: 50 }, (_, i) => 70 + i)];
    const got = sub.received.map((m) => m.body.n as number);
    expect(got.every((n, i) => i === 0 || n >= got[i - 1]!)).toBe(true);
    expect([...new Set(got)]).toEqual(expected);
    expect(got.length - 70).toBeLessThanOrEqual(1);
    expect(sink.stats()).toMatchObject({ delivered: 70, overflow: 50, queued: 0 });
    expect(statuses.map((s) => s.type)).toEqual(expect.arrayContaining(['OUTPUT_CONNECTED', 'OUTPUT_DISCONNECTED', 'OUTPUT_OVERFLOW']));
    expect(statuses.filter((s) => s.type === 'OUTPUT_CONNECTED')).toHaveLength(2);
    await sink.close();
    await sub.client.endAsync();
  }, 60_000);

  it.each([5, 4] as const)('wrong password (MQTT %i): a typed error that never shows the credentials', async (protocolVersion) => {
    const sink = mqttSink({ url: broker.url('alice:hunter2'), protocolVersion });
    const done = new Subject<void>();
    const statuses = sink.status$.pipe(takeUntil(done), toArray());
    const collected = firstValueFrom(statuses);
    const error = await sink.ready().then(() => null, (e: unknown) => e);
    done.next();
    expect(error).toBeInstanceOf(SinkError);
    expect((error as SinkError).code).toBe('SINK_AUTH_FAILED');
    expect((error as SinkError).message).toContain(`127.0.0.1:${broker.port}`);
    expect(() => sink.sendEvent(event(0))).toThrow(/refused the credentials/);
    const shown = JSON.stringify([(error as SinkError).message, await collected]);
    expect(shown).toContain('OUTPUT_ERROR');
    expect(shown).not.toContain('hunter2');
    expect(shown).not.toContain('alice');
    await sink.close();
  }, 30_000);

  it('rejects bad options with SINK_INVALID_OPTIONS', () => {
    expect(() => mqttSink({ url: 'http://x' })).toThrow(SinkError);
    expect(() => mqttSink({ url: 'mqtt://127.0.0.1:1', queueSize: 0 })).toThrow(/queueSize/);
    expect(() => mqttSink({ url: 'mqtt://127.0.0.1:1', topic: 'rxcv/#' })).toThrow(/wildcards/);
  });
});
