// mqttSink: predictions and events published to an MQTT broker, queued (bounded) while it is away.
import { connect, type IClientOptions, type MqttClient } from 'mqtt';
import { redactReference, redactText, type InferenceResult, type Sink, type VideoFrame } from '@rxcv/core';
import { messageOf, SinkError } from '../sink-error.js';
import { inferenceMetadata } from '../sinks/prediction-record.js';
import { BoundedQueue, type OverflowPolicy } from './bounded-queue.js';
import type { EventSink, OutputEvent } from './event-sink.js';
import { OutputStatus, type OutputStats, type ReportingOutput } from './output-status.js';

/** What a message carries: a frame's predictions, or an event. */
export type MessageKind = 'predictions' | 'events';

/** Makes the topic of a message: `kind`, the source id, and the event for events. */
export type TopicFunction = (kind: MessageKind, sourceId: number, event?: OutputEvent) => string;

export interface MqttSinkOptions {
  /** `mqtt://host:1883`, `mqtts://`, `ws://`; `user:pass@` in it is used and never shown. */
  url: string;
  /**
   * Topic template: `{source}` is the source id, `{kind}` is `predictions` or `events`, `{type}`
   * the event type (`predictions` for predictions). Or a function. Default `rxcv/{source}/{kind}`.
   */
  topic?: string | TopicFunction;
  /** 0, 1 (default: the broker acknowledges every message) or 2. */
  qos?: 0 | 1 | 2;
  /** Ask the broker to keep the last message of each topic for new subscribers. Default false. */
  retain?: boolean;
  /** Default: `rxcv_` and random hex. */
  clientId?: string;
  /** Override the user and password of the url. */
  username?: string;
  password?: string;
  /** MQTT 5 (default) or 3.1.1 (`4`). */
  protocolVersion?: 4 | 5;
  /** Messages held while the broker is away. Default 10 000; then `overflow` decides. */
  queueSize?: number;
  /** Which message a full queue gives up. Default `drop-oldest` (the newest state is kept). */
  overflow?: OverflowPolicy;
  /** How long `close()` waits for the queue to drain, ms. Default 5000. */
  closeTimeoutMs?: number;
  /** Wait between reconnect attempts, ms. Default 1000. */
  reconnectPeriodMs?: number;
}

/** `mqttSink(...)`: an `onPrediction` sink and an event sink that reports on itself. */
export interface MqttSink extends Sink<InferenceResult>, EventSink, ReportingOutput {
  /** Resolves on the first connection; rejects with a `SinkError` (e.g. `SINK_AUTH_FAILED`). */
  ready(): Promise<void>;
  /** Resolves once every queued message is acknowledged (QoS 1/2) or written (QoS 0). */
  drained(): Promise<void>;
  close(): Promise<void>;
}

interface Message {
  readonly topic: string;
  readonly payload: string;
}

/** CONNACK codes that mean "wrong credentials": MQTT 3.1.1 (4, 5) and MQTT 5 (134, 135). */
const AUTH_REFUSED = new Set([4, 5, 134, 135]);

function topicFunction(topic: MqttSinkOptions['topic']): TopicFunction {
  if (typeof topic === 'function') return topic;
  const template = topic ?? 'rxcv/{source}/{kind}';
  if (typeof template !== 'string' || template.length === 0 || /[#+]/.test(template)) {
    throw new SinkError('SINK_INVALID_OPTIONS', `mqttSink: topic must be a non-empty template without wildcards (# +), got ${JSON.stringify(topic)}`);
  }
  return (kind, sourceId, event) =>
    template
      .replaceAll('{source}', String(sourceId))
      .replaceAll('{kind}', kind)
      .replaceAll('{type}', event?.type ?? kind);
}

/**
 * Publishes each frame's predictions (as `onPrediction`: Roboflow's JSON with
 * `inference_metadata`, like `jsonlSink`) and each event (`sendEvent`, or `toEventSink`) as JSON
 * to an MQTT broker with the `mqtt` package, MQTT 5 or 3.1.1.
 *
 * Publishing never blocks the pipeline: messages go into a bounded queue and are sent one at a
 * time, in order, each once the previous one was acknowledged. While the broker is away they
 * wait, and they go out in order when it is back (mqtt.js reconnects every `reconnectPeriodMs`).
 * A full queue drops a message and counts it (`stats().overflow`, an `OUTPUT_OVERFLOW` status
 * event): never a silent loss. Wrong credentials end the sink with `SINK_AUTH_FAILED` (status
 * event, `ready()` rejects, later calls throw). The url's user and password are never shown.
 */
export function mqttSink(options: MqttSinkOptions): MqttSink {
  const url = options?.url;
  if (typeof url !== 'string' || !/^(mqtts?|wss?|tcp|ssl):\/\//.test(url)) {
    throw new SinkError('SINK_INVALID_OPTIONS', 'mqttSink: `url` must be an mqtt://, mqtts://, ws:// or wss:// URL');
  }
  const queueSize = options.queueSize ?? 10_000;
  if (!Number.isInteger(queueSize) || queueSize < 1) {
    throw new SinkError('SINK_INVALID_OPTIONS', `mqttSink: queueSize must be a positive integer, got ${String(queueSize)}`);
  }
  const qos = options.qos ?? 1;
  if (qos !== 0 && qos !== 1 && qos !== 2) {
    throw new SinkError('SINK_INVALID_OPTIONS', `mqttSink: qos must be 0, 1 or 2, got ${String(qos)}`);
  }
  const topicOf = topicFunction(options.topic);
  const retain = options.retain ?? false;
  const shown = redactReference(url);
  const secrets = [options.username, options.password].filter((s): s is string => typeof s === 'string' && s.length > 0);
  /** A library message made safe: no url credentials, no user or password option. */
  const redact = (text: string) => secrets.reduce((t, secret) => t.split(secret).join('***'), redactText(text, url));

  // The url's credentials go in the options, so the client never echoes them in a url.
  const parsed = new URL(url);
  const username = options.username ?? (parsed.username ? decodeURIComponent(parsed.username) : undefined);
  const password = options.password ?? (parsed.password ? decodeURIComponent(parsed.password) : undefined);
  parsed.username = '';
  parsed.password = '';

  const status = new OutputStatus(shown);
  const queue = new BoundedQueue<Message>(queueSize, options.overflow ?? 'drop-oldest');
  let inFlight: Message | undefined;
  /** A message to send before the queue (QoS 0, in flight when the connection broke). */
  let retryFirst: Message | undefined;
  let delivered = 0;
  let failure: SinkError | undefined;
  let closing: Promise<void> | undefined;
  let drainWaiters: Array<() => void> = [];

  let readyResolve!: () => void;
  let readyReject!: (error: SinkError) => void;
  const ready = new Promise<void>((resolve, reject) => {
    readyResolve = resolve;
    readyReject = reject;
  });
  ready.catch(() => undefined); // observed through ready(), status$ and later calls

  const clientOptions: IClientOptions = {
    clientId: options.clientId ?? `rxcv_${Math.random().toString(16).slice(2, 10)}`,
    protocolVersion: options.protocolVersion ?? 5,
    reconnectPeriod: options.reconnectPeriodMs ?? 1000,
    connectTimeout: 10_000,
    clean: true,
    // QoS 0 messages are queued by this sink, not by the client.
    queueQoSZero: false,
    ...(username !== undefined ? { username } : {}),
    ...(password !== undefined ? { password } : {}),
  };
  const client: MqttClient = connect(parsed.toString(), clientOptions);

  const fail = (error: SinkError): void => {
    if (failure !== undefined) return;
    failure = error;
    status.error(error);
    readyReject(error);
    client.end(true);
    wakeDrainWaiters();
  };

  function wakeDrainWaiters(): void {
    const waiters = drainWaiters;
    drainWaiters = [];
    for (const wake of waiters) wake();
  }

  /** Sends the next message once the previous one is acknowledged, while connected. */
  const pump = (): void => {
    if (inFlight !== undefined || failure !== undefined || !client.connected) return;
    const message = retryFirst ?? queue.shift();
    retryFirst = undefined;
    if (message === undefined) return wakeDrainWaiters();
    inFlight = message;
    client.publish(message.topic, message.payload, { qos, retain }, (error) => {
      if (inFlight !== message) return;
      inFlight = undefined;
      if (error) {
        // QoS 0 written to a closing socket: send it again, first, once connected.
        retryFirst = message;
      } else {
        delivered += 1;
      }
      pump();
    });
  };

  client.on('connect', () => {
    status.markConnected();
    readyResolve();
    pump();
  });
  client.on('close', () => {
    if (closing === undefined) status.markDisconnected('connection closed', queued());
  });
  client.on('error', (error: Error & { code?: unknown }) => {
    const code = typeof error.code === 'number' ? error.code : undefined;
    if (code !== undefined && AUTH_REFUSED.has(code)) {
      fail(new SinkError('SINK_AUTH_FAILED', `mqttSink: ${shown} refused the credentials (${redact(messageOf(error))})`));
    }
    // Anything else (refused, reset): mqtt.js reconnects; `close` has reported the outage.
  });

  function queued(): number {
    return queue.size + (inFlight !== undefined ? 1 : 0) + (retryFirst !== undefined ? 1 : 0);
  }

  const enqueue = (message: Message): void => {
    if (closing !== undefined) throw new SinkError('SINK_CLOSED', `mqttSink: ${shown} is closed`);
    if (failure !== undefined) throw failure;
    queue.push(message);
    if (queue.dropped > 0) status.overflow(queue.dropped, queueSize);
    pump();
  };

  const sink = (predictions: InferenceResult, videoFrame: VideoFrame): void => {
    enqueue({
      topic: topicOf('predictions', videoFrame.sourceId),
      payload: JSON.stringify({ inference_metadata: inferenceMetadata(videoFrame), ...predictions }),
    });
  };

  const drained = (): Promise<void> =>
    queued() === 0 || failure !== undefined ? Promise.resolve() : new Promise((resolve) => drainWaiters.push(resolve));

  return Object.assign(sink, {
    status$: status.status$,
    sendEvent(event: OutputEvent): void {
      enqueue({ topic: topicOf('events', event.sourceId, event), payload: JSON.stringify(event) });
    },
    ready: () => ready,
    drained,
    stats(): OutputStats {
      return { output: shown, connected: client.connected, queued: queued(), delivered, overflow: queue.dropped, failed: 0 };
    },
    /** Waits up to `closeTimeoutMs` for the queue to drain, then disconnects. Idempotent. */
    close(): Promise<void> {
      closing ??= (async () => {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, options.closeTimeoutMs ?? 5000)));
        await Promise.race([drained(), timeout]);
        clearTimeout(timer);
        status.overflow(queue.dropped, queueSize, true);
        const left = queued();
        if (left > 0 && failure === undefined) {
          status.error(new SinkError('SINK_UNREACHABLE', `mqttSink: ${left} messages were still queued for ${shown} when it closed`));
        }
        await client.endAsync(left > 0).catch(() => undefined);
        status.complete();
      })();
      return closing;
    },
  });
}
