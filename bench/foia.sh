#!/usr/bin/env bash
# FOIA import and aggregation: amparo (SQLite and PostgreSQL) against DuckDB's read_csv and
# pandas, in one run, on the same generated 1,000,000-row release (resampled from the real
# fixtures by bench/foia/generate.py). Prints one JSON line per engine.
# Usage: bash bench/foia.sh [ROWS] [REPEAT]
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-1000000}"
repeat="${2:-5}"
pg="${AMPARO_BENCH_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}"
csv="${TMPDIR:-/tmp}/amparo-foia-$rows.csv"
bash bench/foia/setup.sh
[ -s "$csv" ] || python3 bench/foia/generate.py "$csv" "$rows"
cargo build --release -q -p amparo --example foia
echo "machine: $(nproc) cores, $(uname -m), $(date -u +%FT%TZ)"
bench/foia/.venv/bin/python bench/foia/anchors.py "$csv" --repeat "$repeat"
./target/release/examples/foia sqlite "$csv" "$repeat"
./target/release/examples/foia "$pg" "$csv" "$repeat"
