#!/bin/sh
# Regenerates the test-only TLS fixtures used by tests/unit/transport (LoopbackHttpPeer).
# A self-signed certificate for localhost / 127.0.0.1 with its unencrypted key. These are
# test fixtures, trusted by nothing but the tests that load them explicitly.
set -eu
cd "$(dirname "$0")"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
  -days 36500 -subj "/CN=localhost/O=ContactDesk test fixture" \
  -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
  -addext "extendedKeyUsage=serverAuth" \
  -keyout loopback-key.pem -out loopback-cert.pem
