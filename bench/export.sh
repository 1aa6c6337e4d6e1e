#!/usr/bin/env bash
# Streamed exports: 100,000 reports as CSV and GeoJSON, time and memory growth, on SQLite and
# PostgreSQL; then a tenth as many, to show memory does not grow with rows.
# Usage: bash bench/export.sh [REPORTS]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-100000}"
pg="${AMPARO_BENCH_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}"
cargo build --release -q -p amparo --example export
for count in "$n" "$((n / 10))"; do
  ./target/release/examples/export sqlite "$count"
  ./target/release/examples/export "$pg" "$count"
done
