#!/usr/bin/env bash
# Starts ContactDesk under Xvfb on the demo profile (a temporary demo database, its own settings)
# and saves screenshots of the main window with results, a contact, a structure with its
# members and the registration-token dialog, for the README.
#
#   tools/screenshots.sh [output folder, default docs/screenshots] [build folder, default build/release]
#
# Needs Xvfb (xvfb-run); without it, falls back to Qt's offscreen platform.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/screenshots}"
build="${2:-build/release}"
app="$build/app/contactdesk"
if [[ ! -x "$app" ]]; then
  tools/build.sh release
fi
mkdir -p "$out"
args=(--screenshots "$out" --demo-contacts 2000)
if command -v xvfb-run >/dev/null 2>&1; then
  LANG="${SCREENSHOT_LANG:-en_GB.UTF-8}" xvfb-run -a -s "-screen 0 1440x900x24" "$app" "${args[@]}"
else
  LANG="${SCREENSHOT_LANG:-en_GB.UTF-8}" QT_QPA_PLATFORM=offscreen "$app" "${args[@]}"
fi
ls -l "$out"/*.png
