#!/usr/bin/env bash
# Runs amparo's fuzz targets (fuzz/fuzz_targets) under libFuzzer.
#
#   scripts/fuzz.sh short        each target for FUZZ_SECONDS (default 20) seconds (CI)
#   scripts/fuzz.sh long [RUNS]  each target for RUNS executions (default 1,000,000)
#
# Builds the targets with the coverage instrumentation cargo-fuzz uses (no sanitizer, so a
# stable compiler is enough and cargo-fuzz need not be installed). Each run starts from the
# committed seeds (fuzz/seeds/<target>) and keeps what it learns in fuzz/corpus/<target>.
# A crash leaves its input in fuzz/artifacts/<target>/ and makes the script fail; keep such
# inputs as regression tests in the crate that failed.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
mode="${1:-short}"
runs="${2:-1000000}"
seconds="${FUZZ_SECONDS:-20}"
# FUZZ_TARGETS="a b" runs only those.
read -r -a targets <<< "${FUZZ_TARGETS:-redact ice_records hsds_import form_query open311_post}"

export RUSTFLAGS="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
-Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing -Cdebug-assertions -Coverflow-checks"
# With an explicit --target the flags reach only the targets' code, not build scripts.
host="$(rustc -vV | sed -n 's/^host: //p')"
cargo build --release --locked --bins --target "$host"

for t in "${targets[@]}"; do
  mkdir -p "corpus/$t" "artifacts/$t"
  case "$mode" in
    short) limit=(-max_total_time="$seconds") ;;
    long) limit=(-runs="$runs") ;;
    *) echo "usage: $0 short|long [RUNS]" >&2; exit 2 ;;
  esac
  echo "==> fuzz $t (${limit[*]})"
  # -rss_limit_mb: a reader that balloons on hostile input is a bug too. Inputs up to 16 KiB:
  # larger than every seed, small enough to keep the slow targets near 1,000 runs a second.
  if ! "target/$host/release/$t" "${limit[@]}" -rss_limit_mb=2048 -max_len=16384 \
    -artifact_prefix="artifacts/$t/" -print_final_stats=1 "corpus/$t" "seeds/$t" \
    > "artifacts/$t.log" 2>&1; then
    tail -n 40 "artifacts/$t.log" >&2
    echo "fuzz target $t failed; the crashing input is in fuzz/artifacts/$t/" >&2
    exit 1
  fi
  grep -E '^stat::(number_of_executed_units|peak_rss_mb)' "artifacts/$t.log"
done
