#!/usr/bin/env bash
# The long fuzzing campaign: every target for RUNS executions (default 1,000,000).
# Results go in docs/security.md, section 4. CI runs the short form (scripts/fuzz.sh short).
exec "$(dirname "$0")/../scripts/fuzz.sh" long "${1:-1000000}"
