#!/usr/bin/env bash
# Redactor quality and speed, in one run, against scrubadub (PyPI, pinned in
# bench/redact/requirements.txt) as the anchor: recall/precision on the labelled corpora for
# amparo, then for scrubadub's default Scrubber() scored by the same rules; then throughput in
# MB/s (median of 5 runs) on the same text, amparo then scrubadub, each in its own process.
# Results go to docs/benchmarks.md by hand, with this command: bash bench/redact.sh
# SCRUBADUB_MB (default 50, as amparo's run) shrinks scrubadub's per-run sample if needed.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=target/scrubadub-venv
if ! "$venv/bin/python" -c 'import scrubadub; assert scrubadub.__version__ == "2.0.1"' 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q -r bench/redact/requirements.txt
fi
echo "machine: $(nproc) cores, $(uname -m), load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"
echo "== amparo quality"
cargo test --release -q -p redact --test corpus -- --nocapture recall_and_precision 2>&1 | grep -v '^running\|^test \|^$\|^\.$'
echo "== scrubadub quality"
"$venv/bin/python" bench/redact/scrubadub_anchor.py quality
echo "== throughput (load $(cut -d' ' -f1-3 /proc/loadavg))"
cargo run --release -q -p redact --example throughput
"$venv/bin/python" bench/redact/scrubadub_anchor.py throughput --mb "${SCRUBADUB_MB:-50}" --runs 5
echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)"
