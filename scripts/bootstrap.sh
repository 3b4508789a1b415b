#!/usr/bin/env bash
# Installs the Debian packages budgetlint needs to build and test, if any is missing.
# Idempotent; works as root, uses sudo otherwise. Extra packages a script needs (the fuzzer's
# clang, the benchmark's poppler-utils) come as arguments: `bootstrap.sh clang`.
set -euo pipefail

packages=(
  g++ cmake make pkg-config
  libcli11-dev nlohmann-json3-dev libfmt-dev catch2
  libuchardet-dev libutf8proc-dev
  libpoppler-cpp-dev poppler-data  # PDF words and boxes; poppler-data maps the CJK fonts of Chinese PDFs
  libzip-dev libpugixml-dev        # DOCX
  python3 python3-jsonschema  # schema validation in the tests
  python3-docx                # tests/docx/make_docx.py writes the .docx of the Word seeds and samples
  "$@"
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "bootstrap: installing ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
