// NATS test harness of @rxcv/fleet (self-contained, to move into a shared testing package later).
export { startNatsServer, startNatsCluster, hasNatsServer, freePort, NATS_SERVER_BIN } from './nats-server.js';
export type { NatsServer, NatsServerOptions, NatsCluster } from './nats-server.js';
export { startTcpProxy } from './tcp-proxy.js';
export type { TcpProxy } from './tcp-proxy.js';
