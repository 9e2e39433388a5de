#!/usr/bin/env bash
# The main job on a fresh machine: install, build, and run YOLOX-Nano on the highway clip,
# writing annotated.mp4. Extra arguments go to `rxcv run` (see `rxcv run --help`).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/node-env.sh
# --initial-old-space-size, --max-semi-space-size: see packages/rxcv/bin/node-flags.cjs (fewer garbage
# collections; RSS that stops growing).
exec node --initial-old-space-size=64 --max-semi-space-size=8 packages/rxcv/bin/rxcv.cjs run "$@"
