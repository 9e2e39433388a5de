#!/usr/bin/env bash
# The main job on a fresh machine: install, build, and run YOLOX-Nano on the highway clip,
# writing annotated.mp4. Extra arguments go to `rxcv run` (see `rxcv run --help`).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/node-env.sh
# --initial-old-space-size: see packages/rxcv/bin/node-flags.cjs (fewer garbage collections).
exec node --initial-old-space-size=64 packages/rxcv/bin/rxcv.cjs run "$@"
