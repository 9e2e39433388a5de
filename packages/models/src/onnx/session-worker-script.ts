/**
 * The code of the thread an `OnnxSession` runs its onnxruntime session in (see
 * `session-thread.ts`). Plain CommonJS, started with `new Worker(code, { eval: true })`, so it
 * works the same from the TypeScript sources (tests) and from `dist/`.
 *
 * Messages in: `{ id, kind: 'open', bytes, options }`, `{ id, kind: 'run', feeds }`,
 * `{ id, kind: 'release' }`; each is answered once with `{ id, ok: true, ... }` or
 * `{ id, ok: false, message }`, in order. Feeds are `{ type, dims, data }`; data on a
 * SharedArrayBuffer is copied into a buffer of this thread first (onnxruntime-node refuses shared
 * memory), which keeps that copy off the caller's thread. Outputs are transferred, not copied,
 * when their buffers allow it.
 *
 * `workerData.state` (an Int32Array on shared memory) guards the native calls: 0 idle, 1 in
 * onnxruntime, 2 closed. A native call starts only by swapping 0 for 1, and the main thread,
 * when the process exits, swaps 0 for 2 (waiting while it is 1): a worker terminated in the
 * middle of onnxruntime's `run` aborts the whole process ("terminate called after throwing an
 * instance of 'Napi::Error'"), measured 10 times out of 10 with `process.exit()` during a loop of
 * runs.
 */
export const SESSION_WORKER_SCRIPT = String.raw`
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const ort = require(workerData.ortPath);
ort.env.logLevel = workerData.logLevel;
let session = null;
// Messages are handled one at a time, in order. (This script is eval'd in a worker and cannot
// import @rxcv/core's SerialQueue, so it keeps its own one-line chain.)
let chain = Promise.resolve();
const copies = new Map();
const state = workerData.state;

/** Runs a native onnxruntime call unless the process is exiting. */
async function guarded(call) {
  if (Atomics.compareExchange(state, 0, 0, 1) !== 0) throw new Error('the process is exiting');
  try {
    return await call();
  } finally {
    Atomics.store(state, 0, 0);
    Atomics.notify(state, 0);
  }
}

function local(name, data) {
  if (typeof SharedArrayBuffer === 'undefined' || !(data.buffer instanceof SharedArrayBuffer)) return data;
  let copy = copies.get(name);
  if (!copy || copy.length !== data.length || copy.constructor !== data.constructor) {
    copy = new data.constructor(data.length);
    copies.set(name, copy);
  }
  copy.set(data);
  return copy;
}

function metadata(list) {
  return list.map((m) => (m.isTensor ? { name: m.name, isTensor: true, type: m.type, shape: [...m.shape] } : { name: m.name, isTensor: false }));
}

async function handle(message) {
  const { id, kind } = message;
  try {
    if (kind === 'open') {
      session = await guarded(() => ort.InferenceSession.create(message.bytes, message.options));
      parentPort.postMessage({
        id,
        ok: true,
        inputNames: [...session.inputNames],
        outputNames: [...session.outputNames],
        inputMetadata: metadata(session.inputMetadata),
        outputMetadata: metadata(session.outputMetadata),
      });
    } else if (kind === 'run') {
      const feeds = {};
      for (const name of Object.keys(message.feeds)) {
        const t = message.feeds[name];
        feeds[name] = new ort.Tensor(t.type, local(name, t.data), t.dims);
      }
      const results = await guarded(() => session.run(feeds));
      const outputs = {};
      const transfer = [];
      for (const name of Object.keys(results)) {
        const t = results[name];
        outputs[name] = { type: t.type, dims: [...t.dims], data: t.data };
        if (t.data && t.data.buffer instanceof ArrayBuffer && !transfer.includes(t.data.buffer)) transfer.push(t.data.buffer);
      }
      try {
        parentPort.postMessage({ id, ok: true, outputs }, transfer);
      } catch {
        parentPort.postMessage({ id, ok: true, outputs });
      }
    } else if (kind === 'release') {
      if (session) await guarded(() => session.release());
      session = null;
      parentPort.postMessage({ id, ok: true });
    }
  } catch (error) {
    parentPort.postMessage({ id, ok: false, message: error && error.message ? error.message : String(error) });
  }
}

parentPort.on('message', (message) => {
  chain = chain.then(() => handle(message));
});
`;
