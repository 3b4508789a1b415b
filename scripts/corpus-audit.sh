#!/usr/bin/env bash
# The corpus audit: what budgetlint reads of a folder of real documents, per document and in total.
#   scripts/corpus-audit.sh [DIR] [--out audit.json] [--quiet] …   (DIR defaults to ../shared/corpus)
# Builds build/budgetlint first when it is missing.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if [[ ! -x "$root/build/budgetlint" ]]; then
  cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$root/build" -j2 --target budgetlint >/dev/null
fi
exec python3 "$root/scripts/corpus_audit.py" --budgetlint "$root/build/budgetlint" --jobs 2 "$@"
