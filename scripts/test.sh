#!/usr/bin/env bash
# Every test of every package, on real FFmpeg, real models and a real RTSP server, then the
# consumer test (the packages installed with npm outside the workspace, on Node 22, 24 and 26).
# Installs what is missing first. Ends with one line: "tests: N passed, N failed, N skipped".
#   RXCV_SKIP_CONSUMER_TEST=1 leaves the consumer test out (it takes several minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
source scripts/node-env.sh
export TURBO_TELEMETRY_DISABLED=1
rm -f packages/*/test-results.json consumer-test-results.json
status=0
pnpm exec turbo run test --concurrency=1 --continue --output-logs=full || status=$?
if [ "${RXCV_SKIP_CONSUMER_TEST:-}" != "1" ]; then
  node scripts/consumer-test.mjs || status=$?
fi
node scripts/summarise-tests.mjs packages/*/test-results.json $(ls consumer-test-results.json 2>/dev/null) || status=1
exit $status
