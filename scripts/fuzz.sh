#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each one in turn:
#   bash scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (default 1200 s; pdf docx docx_xml text pipeline)
# pipeline sniffs and reads the bytes as `check` does, then runs every rule and every report; text
# and pipeline also replace figures with huge ones (a custom mutator, tests/fuzz/fuzz_target.cpp).
# Each input has 10 s (-timeout=10): a slower one is saved like a crash. Runs under nice -n 19.
# The seed corpus is built from the project's own samples and test files (and, when ../shared is
# beside the clone, its small PDFs); it lives in build-fuzz/, never in the project. A crash is
# saved under tests/fuzz/crashers/<target>/, where a Catch2 test replays it from then on.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-1200}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(pdf docx docx_xml text pipeline)
bash scripts/bootstrap.sh clang unzip

CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUDGETLINT_FUZZ=ON \
  -DBUDGETLINT_TESTS=OFF >/dev/null
nice -n 19 cmake --build build-fuzz -j "${FUZZ_BUILD_JOBS:-2}" --target "${targets[@]/#/fuzz_}"

seeds() {  # seeds <target> <dir>
  mkdir -p "$2"
  case "$1" in
    pdf) find tests samples -iname '*.pdf' -size -700k -exec cp {} "$2/" \;
         [ -d ../shared/corpus ] && find ../shared/corpus -iname '*.pdf' -size -250k -exec cp {} "$2/" \; ;;
    docx) find tests samples -iname '*.docx' -exec cp {} "$2/" \; ;;
    docx_xml) for f in $(find tests samples -iname '*.docx'); do
                unzip -p "$f" word/document.xml > "$2/$(basename "$f").xml" 2>/dev/null || true
              done ;;
    text) find tests samples -iname '*.txt' -size -64k -exec cp --backup=numbered {} "$2/" \;
          [ -d ../shared/seeds ] && find ../shared/seeds -iname '*.txt' -size -64k -exec cp --backup=numbered {} "$2/" \; ;;
    pipeline) seeds text "$2"
              find tests samples -iname '*.docx' -size -200k -exec cp --backup=numbered {} "$2/" \;
              find tests samples -iname '*.pdf' -size -200k -exec cp --backup=numbered {} "$2/" \; ;;
  esac
}

# One target after another; FUZZ_PARALLEL=1 runs them side by side.
fuzz_one() {
  local target="$1"
  corpus="build-fuzz/corpus/$target"
  [ -d "$corpus" ] || seeds "$target" "$corpus"
  mkdir -p "tests/fuzz/crashers/$target"
  dict=()
  [ -f "tests/fuzz/$target.dict" ] && dict=(-dict="tests/fuzz/$target.dict")
  [ "$target" = pipeline ] || [ "$target" = text ] && dict=(-dict="tests/fuzz/pipeline.dict")
  echo "== fuzz_$target: $(ls "$corpus" | wc -l) seeds, ${seconds} s"
  # fontconfig's process-long cache is no leak of ours (as in the ASan test run).
  LSAN_OPTIONS="suppressions=$PWD/scripts/lsan.supp" nice -n 19 ./build-fuzz/tests/fuzz/fuzz_$target "$corpus" "${dict[@]}" -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=4096 -max_len=1048576 -print_final_stats=1 \
    -artifact_prefix="tests/fuzz/crashers/$target/" >"build-fuzz/fuzz_$target.log" 2>&1 || true
  echo "== fuzz_$target:"; grep -E "^Done|^stat::|SUMMARY|Test unit written|cov: .*ft:" "build-fuzz/fuzz_$target.log" | tail -n 12 || true
}
for target in "${targets[@]}"; do
  if [ "${FUZZ_PARALLEL:-0}" = 1 ]; then fuzz_one "$target" & else fuzz_one "$target"; fi
done
wait
