#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each one in turn:
#   bash scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (default 1200 s; pdf docx docx_xml text)
# The seed corpus is built from the project's own samples and test files (and, when ../shared is
# beside the clone, its small PDFs); it lives in build-fuzz/, never in the project. A crash is
# saved under tests/fuzz/crashers/<target>/, where a Catch2 test replays it from then on.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-1200}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(pdf docx docx_xml text)
bash scripts/bootstrap.sh clang unzip

CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUDGETLINT_FUZZ=ON \
  -DBUDGETLINT_TESTS=OFF >/dev/null
cmake --build build-fuzz -j "$(nproc)" --target fuzz_pdf fuzz_docx fuzz_docx_xml fuzz_text

seeds() {  # seeds <target> <dir>
  mkdir -p "$2"
  case "$1" in
    pdf) find tests samples -iname '*.pdf' -size -700k -exec cp {} "$2/" \;
         [ -d ../shared/corpus ] && find ../shared/corpus -iname '*.pdf' -size -250k -exec cp {} "$2/" \; ;;
    docx) find tests samples -iname '*.docx' -exec cp {} "$2/" \; ;;
    docx_xml) for f in $(find tests samples -iname '*.docx'); do
                unzip -p "$f" word/document.xml > "$2/$(basename "$f").xml" 2>/dev/null || true
              done ;;
    text) find tests samples -iname '*.txt' -size -64k -exec cp --backup=numbered {} "$2/" \; ;;
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
  echo "== fuzz_$target: $(ls "$corpus" | wc -l) seeds, ${seconds} s"
  # fontconfig's process-long cache is no leak of ours (as in the ASan test run).
  LSAN_OPTIONS="suppressions=$PWD/scripts/lsan.supp" ./build-fuzz/tests/fuzz/fuzz_$target "$corpus" "${dict[@]}" -max_total_time="$seconds" -timeout=20 \
    -rss_limit_mb=4096 -max_len=1048576 -print_final_stats=1 \
    -artifact_prefix="tests/fuzz/crashers/$target/" >"build-fuzz/fuzz_$target.log" 2>&1 || true
  echo "== fuzz_$target:"; grep -E "^Done|^stat::|SUMMARY|Test unit written" "build-fuzz/fuzz_$target.log" || true
}
for target in "${targets[@]}"; do
  if [ "${FUZZ_PARALLEL:-0}" = 1 ]; then fuzz_one "$target" & else fuzz_one "$target"; fi
done
wait
