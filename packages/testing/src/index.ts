// @rxcv/testing: the harnesses the rxcv packages' own tests share (private, never published).
export { SHARED_DIR, hasSharedAssets, sharedAsset } from './shared-assets.js';
export { slowedDown } from './slowed-down.js';
export { ffmpegBackendsUnderTest } from './ffmpeg-backends.js';
export type { FfmpegBackendUnderTest } from './ffmpeg-backends.js';
export { startRtspServer, hasRtspServer, RTSP_SERVER_SCRIPT } from './rtsp-server.js';
export type { RtspServer, RtspServerOptions } from './rtsp-server.js';
export { startMqttBroker, hasMqttBroker } from './mqtt-broker.js';
export type { MqttBroker, MqttBrokerOptions } from './mqtt-broker.js';
export { startNatsServer, startNatsCluster, hasNatsServer, NATS_SERVER_BIN } from './nats-server.js';
export type { NatsServer, NatsServerOptions, NatsCluster } from './nats-server.js';
export { startTcpProxy } from './tcp-proxy.js';
export type { TcpProxy } from './tcp-proxy.js';
export { freePort } from './free-port.js';
export { stopChild } from './stop-child.js';
