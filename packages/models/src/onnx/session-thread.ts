import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { SESSION_WORKER_SCRIPT } from './session-worker-script.js';

/** A tensor as it crosses threads. */
export interface PlainTensor {
  readonly type: string;
  readonly dims: readonly number[];
  readonly data: ArrayBufferView;
}

/** Input/output metadata as onnxruntime reports it. */
export interface PlainMetadata {
  readonly name: string;
  readonly isTensor: boolean;
  readonly type?: string;
  readonly shape?: ReadonlyArray<number | string>;
}

export interface OpenedSession {
  readonly inputNames: string[];
  readonly outputNames: string[];
  readonly inputMetadata: PlainMetadata[];
  readonly outputMetadata: PlainMetadata[];
}

interface Answer {
  id: number;
  ok: boolean;
  message?: string;
  [key: string]: unknown;
}

/** Sessions whose thread is alive, for the exit guard below. */
const live = new Set<SessionThread>();
/** How long an exiting process waits for a run in progress, ms. */
const EXIT_WAIT_MS = 5000;
let exitGuardInstalled = false;

/**
 * When the process exits (`process.exit()` included), Node terminates worker threads wherever
 * they are; one terminated inside onnxruntime's native `run` aborts the process. So, on exit,
 * every session thread is marked closed, waiting (synchronously, at most `EXIT_WAIT_MS`) for a
 * native call in progress to return first.
 */
function installExitGuard(): void {
  if (exitGuardInstalled) return;
  exitGuardInstalled = true;
  process.on('exit', () => {
    const deadline = Date.now() + EXIT_WAIT_MS;
    for (const thread of live) thread.closeForExit(deadline);
  });
}

/**
 * One onnxruntime session living in its own worker thread.
 *
 * Why: onnxruntime-node's `run` is synchronous underneath (its promise is a `setImmediate`
 * around a blocking call), so on the main thread a 10 ms inference blocks the event loop for
 * 10 ms, and everything else that needs the loop (FFmpeg's decode/read/filter completions,
 * which come back one by one, sinks, status events) waits. Measured on a 1280x720 file with
 * YOLOX-Nano: the main thread was ~95% busy and the pipeline reached half the model's own rate.
 * Here the run blocks this thread instead; the main thread only posts the inputs and receives
 * the outputs.
 *
 * Requests are answered in order. The thread is unreferenced while idle, so a session that is
 * never disposed does not keep the process alive.
 */
export class SessionThread {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (answer: Answer) => void; reject: (error: Error) => void }>();
  private nextId = 1;
  private failure: Error | null = null;
  /** 0 idle, 1 inside onnxruntime, 2 closed (see session-worker-script.ts). */
  private readonly state = new Int32Array(new SharedArrayBuffer(4));

  /** `logLevel`: onnxruntime's log level, set in the thread before its first session. */
  constructor(logLevel = 'warning') {
    const ortPath = createRequire(import.meta.url).resolve('onnxruntime-node');
    this.worker = new Worker(SESSION_WORKER_SCRIPT, { eval: true, workerData: { ortPath, state: this.state, logLevel } });
    this.worker.unref();
    installExitGuard();
    live.add(this);
    this.worker.on('message', (answer: Answer) => {
      const waiting = this.pending.get(answer.id);
      if (!waiting) return;
      this.pending.delete(answer.id);
      if (this.pending.size === 0) this.worker.unref();
      if (answer.ok) waiting.resolve(answer);
      else waiting.reject(new Error(answer.message ?? 'unknown onnxruntime error'));
    });
    const fail = (error: Error): void => {
      this.failure ??= error;
      for (const waiting of this.pending.values()) waiting.reject(this.failure);
      this.pending.clear();
    };
    this.worker.on('error', (error) => fail(new Error(`the onnxruntime thread failed: ${error.message}`)));
    this.worker.on('exit', (code) => {
      live.delete(this);
      fail(new Error(`the onnxruntime thread exited (code ${code})`));
    });
  }

  /** Synchronously marks the thread closed, after the native call in progress (if any) returned. */
  closeForExit(deadline: number): void {
    for (;;) {
      const previous = Atomics.compareExchange(this.state, 0, 0, 2);
      if (previous !== 1) return;
      const left = deadline - Date.now();
      if (left <= 0) return;
      Atomics.wait(this.state, 0, 1, left);
    }
  }

  /** Creates the session from the bytes of an ONNX file (copied to the thread). */
  async open(bytes: Uint8Array, options: Record<string, unknown>): Promise<OpenedSession> {
    const answer = await this.request({ kind: 'open', bytes, options });
    return answer as unknown as OpenedSession;
  }

  /** Runs the session; shared-memory inputs are read by the thread without a copy here. */
  async run(feeds: Record<string, PlainTensor>): Promise<Record<string, PlainTensor>> {
    const answer = await this.request({ kind: 'run', feeds });
    return answer.outputs as Record<string, PlainTensor>;
  }

  /** Releases the session and stops the thread. */
  async close(): Promise<void> {
    try {
      if (!this.failure) await this.request({ kind: 'release' });
    } finally {
      live.delete(this);
      await this.worker.terminate();
    }
  }

  private request(message: Record<string, unknown>): Promise<Answer> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise<Answer>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.ref();
      this.worker.postMessage({ ...message, id });
    });
  }
}
