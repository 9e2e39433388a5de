// ROUNDS rounds of 8 concurrent opens that fail fast, half a missing file and half a refused RTSP
// address. Plain beamcoder 0.7.1 segfaults here (a status race); @rxcv/beamcoder must not.
// Run with UV_THREADPOOL_SIZE=8. Prints one JSON line.
import { openVideoSource } from '@rxcv/sources';
import { SourceError } from '@rxcv/core';

const rounds = Number(process.argv[2] ?? 20);
const codes = {};
let untyped = 0;
for (let round = 0; round < rounds; round += 1) {
  const opens = Array.from({ length: 8 }, (_, i) =>
    i % 2 === 0
      ? openVideoSource(`/nonexistent/rxcv-missing-${round}-${i}.mp4`)
      : openVideoSource('rtsp://127.0.0.1:9/', { timeoutMs: 2000, reconnect: false }),
  );
  for (const outcome of await Promise.allSettled(opens)) {
    if (outcome.status === 'rejected' && outcome.reason instanceof SourceError) {
      codes[outcome.reason.code] = (codes[outcome.reason.code] ?? 0) + 1;
    } else {
      untyped += 1;
    }
  }
}
console.log(JSON.stringify({ rounds, codes, untyped, threadpool: process.env.UV_THREADPOOL_SIZE }));
