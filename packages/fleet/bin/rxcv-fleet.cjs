#!/usr/bin/env node
// `rxcv-fleet worker ...` / `rxcv-fleet cameras ...` (also reached as `rxcv worker` / `rxcv cameras`).
// A CommonJS launcher because libuv reads UV_THREADPOOL_SIZE once, when its pool first starts
// (loading ES modules starts it), and each live camera's blocked FFmpeg read holds one pool
// thread: a worker asks for one per camera of its --capacity plus 6, at least 16.
'use strict';
if (!process.env.UV_THREADPOOL_SIZE) {
  const args = process.argv.slice(2);
  const at = args.findIndex((a) => a === '--capacity' || a.startsWith('--capacity='));
  const value = at === -1 ? NaN : Number(args[at].includes('=') ? args[at].split('=')[1] : args[at + 1]);
  const capacity = Number.isInteger(value) && value > 0 ? value : 4;
  process.env.UV_THREADPOOL_SIZE = String(Math.min(1024, Math.max(16, capacity + 6)));
}
import('../dist/cli/main.js').then(({ runFleetCli }) =>
  runFleetCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      process.stderr.write(`rxcv: ${String(error)}\n`);
      process.exit(1);
    },
  ),
);
