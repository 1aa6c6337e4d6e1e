#!/usr/bin/env bash
# Redactor quality and speed, in one run: recall/precision on the labelled corpus, then
# throughput in MB/s (median of 5 runs). Results go to docs/benchmarks.md by hand, with this
# command: bash bench/redact.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --release -q -p redact --test corpus -- --nocapture recall_and_precision 2>&1 | grep -v '^running\|^test \|^$\|^\.$'
cargo run --release -q -p redact --example throughput
