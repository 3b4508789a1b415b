#!/usr/bin/env bash
# Builds in Release and runs the benchmark: `bash scripts/bench.sh [--docs N] [--jobs N] [DIR...]`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh poppler-utils  # pdftotext, the PDF baseline
cmake -S . -B build-rel -DCMAKE_BUILD_TYPE=Release -DBUDGETLINT_TESTS=OFF >/dev/null
cmake --build build-rel -j "$(nproc)" --target budgetlint_bench >/dev/null
./build-rel/bench/budgetlint_bench "$@"
# Linear time (doubling each input shape doubles the time): bash scripts/bench.sh --linear
