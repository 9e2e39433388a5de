// The Mosquitto harness: listens on a free port, goes down when killed, comes back on the same port.
import { createConnection } from 'node:net';
import { describe, expect, it } from 'vitest';
import { hasMqttBroker, startMqttBroker } from './mqtt-broker.js';

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

describe.runIf(hasMqttBroker())('startMqttBroker', () => {
  it('listens on a free port, refuses connections once killed and listens again on the same port after restart', async () => {
    const broker = await startMqttBroker({ users: { alice: 's3cret' } });
    try {
      expect(broker.port).toBeGreaterThan(0);
      expect(broker.url('alice:s3cret')).toBe(`mqtt://alice:s3cret@127.0.0.1:${broker.port}`);
      expect(await accepts(broker.port)).toBe(true);
      await broker.kill();
      expect(await accepts(broker.port)).toBe(false);
      await broker.restart();
      expect(await accepts(broker.port)).toBe(true);
    } finally {
      await broker.dispose();
    }
    expect(await accepts(broker.port)).toBe(false);
  }, 30_000);
});
