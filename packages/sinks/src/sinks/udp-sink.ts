import { createSocket, type Socket } from 'node:dgram';
import { isIPv6 } from 'node:net';
import type { InferenceResult, Sink, VideoFrame } from '@rxcv/core';
import { messageOf, SinkError } from '../sink-error.js';
import { inferenceMetadata } from './prediction-record.js';

export interface UdpSinkOptions {
  /** Receiver address. Default `127.0.0.1`. */
  host?: string;
  port: number;
}

/** The largest UDP payload over IPv4 (65,535 − 8 UDP − 20 IP header bytes). */
export const MAX_DATAGRAM_BYTES = 65_507;

/**
 * Sends one JSON datagram per prediction, as Roboflow's `UDPSink` does: the result with
 * `inference_metadata` (source id, frame id, frame timestamp, emission time). UDP is
 * fire-and-forget — a receiver that is not listening loses datagrams without an error — which
 * suits live consumers (dashboards, robots) that only want the newest state.
 */
export function udpSink(options: UdpSinkOptions): Sink<InferenceResult> {
  const host = options?.host ?? '127.0.0.1';
  const port = options?.port;
  if (!Number.isInteger(port) || port <= 0 || port > 65_535) {
    throw new SinkError('SINK_INVALID_OPTIONS', `udpSink: port must be an integer in 1..65535, got ${String(port)}`);
  }
  let socket: Socket | undefined = createSocket(isIPv6(host) ? 'udp6' : 'udp4');
  // An ICMP "port unreachable" can surface as a socket error: losing a datagram is UDP's normal.
  socket.on('error', () => undefined);
  socket.unref();

  const sink = async (predictions: InferenceResult, videoFrame: VideoFrame): Promise<void> => {
    const s = socket;
    if (s === undefined) throw new SinkError('SINK_CLOSED', 'udpSink: the socket is closed');
    const payload = Buffer.from(JSON.stringify({ inference_metadata: inferenceMetadata(videoFrame), ...predictions }));
    if (payload.length > MAX_DATAGRAM_BYTES) {
      throw new SinkError(
        'SINK_OUTPUT_FAILED',
        `udpSink: the prediction of frame ${videoFrame.frameId} is ${payload.length} bytes, more than one datagram holds (${MAX_DATAGRAM_BYTES})`,
      );
    }
    await new Promise<void>((resolve, reject) => {
      s.send(payload, port, host, (error) => {
        if (error) {
          reject(new SinkError('SINK_OUTPUT_FAILED', `udpSink: sending to ${host}:${port} failed: ${messageOf(error)}`, { cause: error }));
        } else {
          resolve();
        }
      });
    });
  };

  return Object.assign(sink, {
    /** Closes the socket. Idempotent. */
    async close(): Promise<void> {
      const s = socket;
      socket = undefined;
      if (s !== undefined) await new Promise<void>((resolve) => s.close(() => resolve()));
    },
  });
}
