#!/usr/bin/env bash
# Public pages: the portal, the directory search and the HSDS API with a directory of N
# services, p50/p95 per view against a static file from the same server, on SQLite and on
# PostgreSQL, in one run. Usage: bash bench/portal.sh [SERVICES] [REQUESTS]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000}"; r="${2:-200}"
pg="${AMPARO_BENCH_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}"
cargo build --release -q -p amparo --example portal
./target/release/examples/portal sqlite "$n" "$r"
./target/release/examples/portal "$pg" "$n" "$r"
