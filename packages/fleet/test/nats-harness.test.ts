// The NATS harness itself: a real server and a real 3-node cluster, killed and restarted.
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '@nats-io/transport-node';
import { Kvm } from '@nats-io/kv';
import { hasNatsServer, startNatsCluster, startNatsServer, type NatsCluster, type NatsServer } from '@rxcv/testing';

describe.skipIf(!hasNatsServer())('NATS test harness', () => {
  const cleanup: Array<{ dispose(): Promise<void> }> = [];
  afterAll(async () => {
    for (const item of cleanup) await item.dispose();
  });

  it('starts a JetStream server whose KV survives a SIGKILL and restart on the same port', async () => {
    const server: NatsServer = await startNatsServer();
    cleanup.push(server);
    let nc = await connect({ servers: server.url() });
    let kv = await new Kvm(nc).create('harness');
    await kv.put('a', '1');
    await nc.close();
    await server.kill();
    expect(server.running).toBe(false);
    await expect(connect({ servers: server.url(), reconnect: false, timeout: 500 })).rejects.toThrow();
    await server.restart();
    nc = await connect({ servers: server.url() });
    kv = await new Kvm(nc).open('harness');
    expect((await kv.get('a'))?.string()).toBe('1');
    await nc.close();
  });

  it('requires the credentials it was given', async () => {
    const server = await startNatsServer({ auth: 'fleet:s3cret' });
    cleanup.push(server);
    await expect(connect({ servers: server.url(), reconnect: false })).rejects.toThrow(/Authorization/i);
    const nc = await connect({ servers: server.url(), user: 'fleet', pass: 's3cret' });
    await nc.close();
  });

  it('runs a 3-node cluster whose R3 bucket stays writable with one node killed', async () => {
    const cluster: NatsCluster = await startNatsCluster(3);
    cleanup.push(cluster);
    const nc = await connect({ servers: [...cluster.urls] });
    const kv = await new Kvm(nc).create('harness3', { replicas: 3 });
    await kv.put('x', 'before');
    // Kill a node the client is not connected to half of the time, and the client's own otherwise.
    const victim = cluster.servers[1];
    await victim.kill();
    // Raft elects a new leader if needed; writes come back within a few seconds.
    const deadline = Date.now() + 15_000;
    for (;;) {
      try {
        await kv.put('x', 'after');
        break;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    expect((await kv.get('x'))?.string()).toBe('after');
    await nc.close();
  }, 90_000);
});
