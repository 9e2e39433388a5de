#!/usr/bin/env bash
# The main job on a fresh machine: install, build, and run YOLOX-Nano on the highway clip,
# writing annotated.mp4. Extra arguments go to `rxcv run` (see `rxcv run --help`).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec node packages/rxcv/bin/rxcv.cjs run "$@"
