#!/usr/bin/env bash
# The long property-test run: CASES cases per property (default 100,000) instead of 512.
cd "$(dirname "$0")/.."
PROPTEST_CASES="${1:-100000}" exec cargo test -p amparo --lib model_props
