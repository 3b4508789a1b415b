#!/usr/bin/env bash
# Sets up, builds and checks the shipped samples: `bash scripts/run.sh`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DBUDGETLINT_TESTS=OFF >/dev/null
cmake --build build -j "$(nproc)" >/dev/null
# samples/bad/ holds deliberately broken files, so findings (exit 1) are the expected outcome.
status=0
./build/budgetlint check samples/ "$@" || status=$?
[ "$status" -le 1 ] || exit "$status"
