#!/usr/bin/env bash
# Report intake over HTTP against plain driver inserts, on SQLite and on PostgreSQL, in one run.
# Usage: bash bench/intake.sh [REPORTS] [CLIENTS]   (results go to docs/benchmarks.md)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-5000}"; c="${2:-32}"
pg="${AMPARO_BENCH_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}"
cargo build --release -q -p amparo --example intake
for run in 1 2 3; do
  echo "run $run"
  ./target/release/examples/intake sqlite "$n" "$c"
  ./target/release/examples/intake "$pg" "$n" "$c"
done
