#!/usr/bin/env bash
# Dashboard with 100,000 incidents: p50/p95 of the page and the API, default view and filters,
# on SQLite and on PostgreSQL, in one run. Usage: bash bench/dashboard.sh [INCIDENTS] [REQUESTS]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-100000}"; r="${2:-100}"
pg="${AMPARO_BENCH_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}"
cargo build --release -q -p amparo --example dashboard
./target/release/examples/dashboard sqlite "$n" "$r"
./target/release/examples/dashboard "$pg" "$n" "$r"
