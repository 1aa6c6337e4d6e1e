#!/usr/bin/env bash
# Make bench/foia/.venv with the anchor engines (DuckDB, pandas). Safe to re-run: skips what is there.
set -euo pipefail
cd "$(dirname "$0")"
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -c 'import duckdb, pandas' 2>/dev/null || .venv/bin/pip install -q duckdb pandas
.venv/bin/python -c 'import duckdb, pandas; print("duckdb", duckdb.__version__, "pandas", pandas.__version__)'
