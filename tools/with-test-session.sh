#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (the Secret Service)
# and a throw-away HOME / XDG directories, with Qt's offscreen platform.
set -euo pipefail
if [[ -z "${CONTACTDESK_IN_TEST_SESSION:-}" ]]; then
  scratch=$(mktemp -d /tmp/contactdesk-test.XXXXXX)
  trap 'rm -rf "$scratch"' EXIT
  mkdir -p "$scratch"/{home,data,config,cache,runtime}
  chmod 700 "$scratch/runtime"
  export HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
         XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime" \
         QT_QPA_PLATFORM=offscreen CONTACTDESK_IN_TEST_SESSION=1
  dbus-run-session -- "$0" "$@" 2> >(grep -v 'Failed to set fd limit' >&2)
  exit $?
fi
# Inside the D-Bus session: start and unlock a keyring with a throw-away password.
printf 'contactdesk-test' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
for _ in $(seq 50); do
  dbus-send --session --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner \
    string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true' && break
  sleep 0.1
done
"$@"
