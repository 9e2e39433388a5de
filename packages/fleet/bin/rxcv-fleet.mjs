#!/usr/bin/env node
// `rxcv-fleet worker ...` / `rxcv-fleet cameras ...` (also reached as `rxcv worker` / `rxcv cameras`).
import { runFleetCli } from '../dist/cli/main.js';

runFleetCli(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`rxcv: ${String(error)}\n`);
    process.exit(1);
  },
);
