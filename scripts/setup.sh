#!/usr/bin/env bash
# Installs what rxcv needs on a fresh Debian 12 machine, then builds it. Node 24 comes from the npm
# registry into .tools/ when the machine's Node is older (see scripts/node-env.sh).
#   bash scripts/setup.sh            FFmpeg (runtime + dev headers), pnpm, node modules, build
#   bash scripts/setup.sh --test     also what the tests need (GStreamer RTSP server, fonts)
# Idempotent: installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

want_test_deps=false
[ "${1:-}" = "--test" ] && want_test_deps=true

apt_packages=(ffmpeg libavcodec-dev libavformat-dev libavdevice-dev libavfilter-dev
  libswscale-dev libswresample-dev libavutil-dev pkg-config)
if $want_test_deps; then
  apt_packages+=(python3-gi gir1.2-gst-rtsp-server-1.0 gstreamer1.0-plugins-base
    gstreamer1.0-plugins-good gstreamer1.0-plugins-bad gstreamer1.0-plugins-ugly fonts-dejavu-core
    chromium mosquitto nats-server)
fi
missing=()
for p in "${apt_packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

source scripts/node-env.sh

PNPM_VERSION=12.4.2
if [ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
  echo "setup: installing pnpm@$PNPM_VERSION"
  npm install -g --silent "pnpm@$PNPM_VERSION"
fi

# onnxruntime-node's install script only downloads optional CUDA libraries (the CPU build is
# bundled); @rxcv/beamcoder builds against the system FFmpeg and the headers node-env.sh found.
export ONNXRUNTIME_NODE_INSTALL=skip
export TURBO_TELEMETRY_DISABLED=1
pnpm install --frozen-lockfile --reporter=silent
pnpm exec turbo run build --output-logs=errors-only
