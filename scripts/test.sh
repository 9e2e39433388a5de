#!/usr/bin/env bash
# Every test of every package, on real FFmpeg, real models and a real RTSP server.
# Installs what is missing first. Ends with one line: "tests: N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
source scripts/node-env.sh
export TURBO_TELEMETRY_DISABLED=1
rm -f packages/*/test-results.json
status=0
pnpm exec turbo run test --concurrency=1 --continue --output-logs=full || status=$?
node scripts/summarise-tests.mjs packages/*/test-results.json || status=1
exit $status
