#!/usr/bin/env bash
# Sets up, builds with warnings as errors and runs the whole test suite, then runs it once
# more under AddressSanitizer + UndefinedBehaviorSanitizer: `bash scripts/test.sh`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
jobs="$(nproc)"

cmake -S . -B build -DBUDGETLINT_WERROR=ON >/dev/null
cmake --build build -j "$jobs"
(cd build && ctest --output-on-failure -j "$jobs")

cmake -S . -B build-asan -DBUDGETLINT_WERROR=ON -DBUDGETLINT_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build build-asan -j "$jobs"
(cd build-asan && ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions="$PWD/../scripts/lsan.supp" UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure -j "$jobs")
