#!/usr/bin/env bash
# The test command: set up, build and run the whole test suite headless.
# Usage: tools/test.sh [preset] [extra ctest arguments]   (presets: debug, release, asan-ubsan)
# It starts what the tests need by itself: the offscreen Qt platform, a private D-Bus session with an
# unlocked gnome-keyring (in a throw-away HOME, so a developer's own keyring is never touched), and the
# tests pick free loopback ports themselves.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-debug}
shift || true
tools/build.sh "$preset"
exec tools/with-test-session.sh ctest --preset "$preset" --output-on-failure "$@"
