#!/usr/bin/env bash
# The run command: set up, build (release) and start ContactDesk on the embedded demo sandbox.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/build.sh release --target contactdesk   # the app alone: no tests or benchmarks to wait for
exec build/release/app/contactdesk "$@"
