#!/usr/bin/env bash
# The long API conformance run: schemathesis with EXAMPLES cases per operation (default 500).
# Needs the debug binary (cargo build). CI runs the short form (25 per operation).
exec "$(dirname "$0")/../scripts/api-conformance.sh" "${1:-500}"
