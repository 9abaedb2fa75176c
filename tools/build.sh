#!/usr/bin/env bash
# Installs what is missing, configures and builds one preset (default: debug).
# Usage: tools/build.sh [preset] [extra cmake --build arguments, e.g. --target contactdesk]
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-debug}
shift || true
tools/install-deps.sh
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" "$@"
