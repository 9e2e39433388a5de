// Test harness: a TCP proxy on 127.0.0.1 that can cut a client off from its server the way a
// network partition does: connections stay open, nothing gets through, and what was sent in the
// meantime arrives late once the partition heals (as TCP retransmits it).
import { createServer, connect, type Socket } from 'node:net';

export interface TcpProxy {
  readonly port: number;
  /** Stops forwarding in both directions; bytes wait in the socket buffers. */
  cut(): void;
  /** Forwards again, delivering what waited. */
  heal(): void;
  close(): Promise<void>;
}

export function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  const pairs = new Set<[Socket, Socket]>();
  let isCut = false;
  const server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    client.pipe(upstream);
    upstream.pipe(client);
    if (isCut) for (const s of pair) s.pause();
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({
        port: typeof address === 'object' && address ? address.port : 0,
        cut: () => {
          isCut = true;
          for (const pair of pairs) for (const s of pair) s.pause();
        },
        heal: () => {
          isCut = false;
          for (const pair of pairs) for (const s of pair) s.resume();
        },
        close: () =>
          new Promise<void>((done) => {
            for (const pair of pairs) for (const s of pair) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
