// The node flags the benchmark's child processes run with: the rxcv command's own
// (bin/node-flags.cjs), unless RXCV_BENCH_NODE_FLAGS says otherwise ('' for none).
import { createRequire } from 'node:module';

const { NODE_FLAGS } = createRequire(import.meta.url)('../../bin/node-flags.cjs');

export function nodeFlags() {
  const chosen = process.env.RXCV_BENCH_NODE_FLAGS;
  if (chosen === undefined) return [...NODE_FLAGS];
  return chosen.split(/\s+/).filter(Boolean);
}
