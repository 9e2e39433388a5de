// webhookSink: predictions and events POSTed as JSON, with retries and a bounded queue.
import { redactReference, redactText, type InferenceResult, type Sink, type VideoFrame } from '@rxcv/core';
import { messageOf, SinkError } from '../sink-error.js';
import { inferenceMetadata } from '../sinks/prediction-record.js';
import { BoundedQueue, type OverflowPolicy } from './bounded-queue.js';
import type { EventSink, OutputEvent } from './event-sink.js';
import { OutputStatus, type OutputStats, type ReportingOutput } from './output-status.js';

/** Back-off between attempts: `minDelayMs`, doubled (`factor`) each time, at most `maxDelayMs`. */
export interface RetryOptions {
  /** Attempts after the first before a batch is given up (`SINK_UNREACHABLE`). Default 10. */
  retries?: number;
  /** Default 250 ms. */
  minDelayMs?: number;
  /** Default 30 000 ms. */
  maxDelayMs?: number;
  /** Default 2. */
  factor?: number;
}

export interface WebhookSinkOptions {
  /** `http://` or `https://`; `user:pass@` in it becomes Basic authentication and is never shown. */
  url: string;
  /** Extra request headers (e.g. `Authorization`); their values are never shown. */
  headers?: Readonly<Record<string, string>>;
  /**
   * Messages per request. 1 (default): the body is the message itself. More: a JSON array of the
   * messages waiting (up to `batchSize`; a request never waits to fill a batch).
   */
  batchSize?: number;
  retry?: RetryOptions;
  /** Messages held while the server is away. Default 1000. */
  queueSize?: number;
  /** Which message a full queue gives up. Default `drop-oldest`. */
  overflow?: OverflowPolicy;
  /** A request without an answer within this is a failure (and retried), ms. Default 10 000. */
  timeoutMs?: number;
  /** How long `close()` waits for the queue to drain, ms. Default 5000. */
  closeTimeoutMs?: number;
}

/** `webhookSink(...)`: an `onPrediction` sink and an event sink that reports on itself. */
export interface WebhookSink extends Sink<InferenceResult>, EventSink, ReportingOutput {
  /** Resolves once every queued message was answered (or given up). */
  drained(): Promise<void>;
  /** The last message given up, as a typed error (`SINK_REJECTED`, `SINK_AUTH_FAILED`, `SINK_UNREACHABLE`). */
  readonly lastError: SinkError | undefined;
  close(): Promise<void>;
}

/** 4xx answers that may succeed later: time-out, too early, too many requests. */
const RETRYABLE_4XX = new Set([408, 425, 429]);

/**
 * POSTs each frame's predictions (as `onPrediction`: Roboflow's JSON with `inference_metadata`)
 * and each event (`sendEvent`, or `toEventSink`) as JSON to a URL, with Node's built-in `fetch`.
 *
 * Publishing never blocks the pipeline: messages wait in a bounded queue and go out one request
 * at a time, in order. A 5xx answer, a network error or a time-out is retried with exponential
 * back-off (the server is reported `OUTPUT_DISCONNECTED` until it answers again); a 4xx answer is
 * not retried: the batch is given up as `SINK_REJECTED` (`SINK_AUTH_FAILED` for 401/403), an
 * `OUTPUT_ERROR` status event. A full queue drops and counts (`OUTPUT_OVERFLOW`).
 */
export function webhookSink(options: WebhookSinkOptions): WebhookSink {
  const url = options?.url;
  if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) {
    throw new SinkError('SINK_INVALID_OPTIONS', 'webhookSink: `url` must be an http:// or https:// URL');
  }
  const batchSize = options.batchSize ?? 1;
  const queueSize = options.queueSize ?? 1000;
  for (const [name, value] of [['batchSize', batchSize], ['queueSize', queueSize]] as const) {
    if (!Number.isInteger(value) || value < 1) {
      throw new SinkError('SINK_INVALID_OPTIONS', `webhookSink: ${name} must be a positive integer, got ${String(value)}`);
    }
  }
  const retries = options.retry?.retries ?? 10;
  const minDelayMs = options.retry?.minDelayMs ?? 250;
  const maxDelayMs = options.retry?.maxDelayMs ?? 30_000;
  const factor = options.retry?.factor ?? 2;
  const timeoutMs = options.timeoutMs ?? 10_000;

  const shown = redactReference(url);
  const parsed = new URL(url);
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  if (parsed.username || parsed.password) {
    const basic = `${decodeURIComponent(parsed.username)}:${decodeURIComponent(parsed.password)}`;
    headers.authorization ??= `Basic ${Buffer.from(basic).toString('base64')}`;
    parsed.username = '';
    parsed.password = '';
  }
  const target = parsed.toString();
  const secrets = Object.values(options.headers ?? {}).filter((v) => v.length > 0);
  const redact = (text: string) => secrets.reduce((t, secret) => t.split(secret).join('***'), redactText(text, url));

  const status = new OutputStatus(shown);
  // Until the first answer nothing is known; the first success reports OUTPUT_CONNECTED.
  const queue = new BoundedQueue<string>(queueSize, options.overflow ?? 'drop-oldest');
  let inFlight: string[] = [];
  let delivered = 0;
  let failed = 0;
  let lastError: SinkError | undefined;
  let closing: Promise<void> | undefined;
  let closed = false;
  let sending = false;
  let drainWaiters: Array<() => void> = [];
  let retryTimer: NodeJS.Timeout | undefined;
  let wakeRetry: (() => void) | undefined;

  const giveUp = (error: SinkError, count: number): void => {
    failed += count;
    lastError = error;
    status.error(error);
  };

  /** One POST of `body`: 'ok', 'retry' (with why) or a typed error to give up with. */
  const post = async (body: string): Promise<{ outcome: 'ok' } | { outcome: 'retry'; why: string } | { outcome: 'reject'; error: SinkError }> => {
    try {
      const response = await fetch(target, { method: 'POST', headers, body, signal: AbortSignal.timeout(timeoutMs) });
      await response.arrayBuffer().catch(() => undefined); // drain, so the connection is reused
      if (response.ok) return { outcome: 'ok' };
      if (response.status >= 500 || RETRYABLE_4XX.has(response.status)) return { outcome: 'retry', why: `HTTP ${response.status}` };
      const code = response.status === 401 || response.status === 403 ? 'SINK_AUTH_FAILED' : 'SINK_REJECTED';
      return { outcome: 'reject', error: new SinkError(code, `webhookSink: ${shown} answered HTTP ${response.status} ${response.statusText}; not retried`) };
    } catch (error) {
      const why = error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : redact(messageOf((error as { cause?: unknown }).cause ?? error));
      return { outcome: 'retry', why };
    }
  };

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      wakeRetry = resolve;
      retryTimer = setTimeout(resolve, ms);
    });

  /** Sends batches in order until the queue is empty; one request at a time. */
  const pump = async (): Promise<void> => {
    if (sending) return;
    sending = true;
    try {
      while (queue.size > 0 && !closed) {
        inFlight = queue.take(batchSize);
        const body = batchSize === 1 ? inFlight[0]! : `[${inFlight.join(',')}]`;
        for (let attempt = 0; ; attempt += 1) {
          const result = await post(body);
          if (closed) return; // answered too late: close() has counted this batch as given up
          if (result.outcome === 'ok') {
            status.markConnected();
            delivered += inFlight.length;
            break;
          }
          if (result.outcome === 'reject') {
            status.markConnected(); // it answered
            giveUp(result.error, inFlight.length);
            break;
          }
          status.markDisconnected(result.why, queue.size + inFlight.length);
          if (attempt >= retries) {
            giveUp(new SinkError('SINK_UNREACHABLE', `webhookSink: ${shown} failed ${attempt + 1} times (last: ${result.why}); ${inFlight.length} messages given up`), inFlight.length);
            break;
          }
          await wait(Math.min(maxDelayMs, minDelayMs * factor ** attempt));
          if (closed) return; // close() counts what is left, this batch included
        }
        inFlight = [];
      }
    } finally {
      sending = false;
      const waiters = drainWaiters;
      drainWaiters = [];
      for (const wake of waiters) wake();
    }
  };

  const enqueue = (message: string): void => {
    if (closing !== undefined) throw new SinkError('SINK_CLOSED', `webhookSink: ${shown} is closed`);
    queue.push(message);
    if (queue.dropped > 0) status.overflow(queue.dropped, queueSize);
    void pump();
  };

  const queued = () => queue.size + inFlight.length;
  const drained = (): Promise<void> =>
    queued() === 0 && !sending ? Promise.resolve() : new Promise((resolve) => drainWaiters.push(resolve));

  const sink = (predictions: InferenceResult, videoFrame: VideoFrame): void => {
    enqueue(JSON.stringify({ inference_metadata: inferenceMetadata(videoFrame), ...predictions }));
  };

  Object.defineProperty(sink, 'lastError', { get: () => lastError, enumerable: true });
  return Object.assign(sink as typeof sink & { readonly lastError: SinkError | undefined }, {
    status$: status.status$,
    sendEvent(event: OutputEvent): void {
      enqueue(JSON.stringify(event));
    },
    drained,
    stats(): OutputStats {
      return { output: shown, connected: status.connected, queued: queued(), delivered, overflow: queue.dropped, failed };
    },
    /** Waits up to `closeTimeoutMs` for the queue to drain, then stops retrying. Idempotent. */
    close(): Promise<void> {
      closing ??= (async () => {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([drained(), new Promise<void>((resolve) => (timer = setTimeout(resolve, options.closeTimeoutMs ?? 5000)))]);
        clearTimeout(timer);
        closed = true;
        clearTimeout(retryTimer);
        wakeRetry?.();
        const left = queued();
        if (left > 0) giveUp(new SinkError('SINK_UNREACHABLE', `webhookSink: ${left} messages were still queued for ${shown} when it closed`), left);
        status.overflow(queue.dropped, queueSize, true);
        status.complete();
      })();
      return closing;
    },
  });
}
