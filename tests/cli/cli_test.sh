#!/usr/bin/env bash
# The executable as a user runs it. Usage: cli_test.sh CASE BUDGETLINT SOURCE_DIR
set -uo pipefail
case_name=$1
bl=$2
src=$3
seeds="$src/../shared/seeds"
py=/usr/bin/python3  # Debian's, which has python3-jsonschema
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
status_of() { "$@" >/dev/null 2>&1; echo $?; }

clean="$src/samples/word/yunxi-fgj-2025-budget.txt"
bad="$src/samples/bad/T101-income-sources.txt"

case "$case_name" in
  exit-codes)
    [ "$(status_of "$bl" check "$clean")" = 0 ] || fail "clean sample should exit 0"
    [ "$(status_of "$bl" check "$bad")" = 1 ] || fail "a sample with an error should exit 1"
    [ "$(status_of "$bl" check "$bad" --fail-on never)" = 0 ] || fail "--fail-on never should exit 0"
    [ "$(status_of "$bl" check "$clean" --fail-on info)" = 1 ] || fail "--fail-on info should count the X101 info"
    [ "$(status_of "$bl" check "$bad" --ignore T)" = 0 ] || fail "--ignore T should silence T101"
    [ "$(status_of "$bl" check "$bad" --select Q9)" = 2 ] || fail "an unknown rule prefix is a usage error"
    [ "$(status_of "$bl" check --no-such-flag "$clean")" = 2 ] || fail "an unknown flag is a usage error"
    [ "$(status_of "$bl" check "$clean" "$tmp/missing.txt")" = 2 ] || fail "an unreadable path exits 2"
    "$bl" check "$clean" "$tmp/missing.txt" --format json > "$tmp/out.json"
    grep -q '"rule": "P104"' "$tmp/out.json" || fail "the unreadable path is reported as P104"
    grep -q '"kind": "预算"' "$tmp/out.json" || fail "the readable file is still checked"
    ;;
  stdin)
    "$bl" check - --format json < "$bad" > "$tmp/out.json"; [ $? -le 1 ] || fail "stdin run failed"
    grep -q '"path": "-"' "$tmp/out.json" || fail "stdin is reported as '-'"
    grep -q '"rule": "T101"' "$tmp/out.json" || fail "stdin input is checked"
    # Output goes to a file first: `grep -q` closing a pipe early would kill the writer (pipefail).
    "$bl" parse - < "$clean" > "$tmp/model.json" || fail "parse from stdin failed"
    grep -q '"kind": "预算"' "$tmp/model.json" || fail "parse reads stdin"
    ;;
  output-file)
    mkdir -p "$tmp/out"
    "$bl" check "$src/samples" --format json --output "$tmp/out/report.json"; [ $? -le 1 ] || fail "run failed"
    [ -s "$tmp/out/report.json" ] || fail "no report written"
    [ ! -e "$tmp/out/report.json.tmp" ] || fail "temporary file left behind"
    [ "$(status_of "$bl" check "$clean" --output "$tmp/no/such/dir/r.txt")" = 2 ] || fail "unwritable output is exit 2"
    NO_COLOR=1 "$bl" check "$bad" > "$tmp/plain.txt"
    ! grep -q $'\x1b\[' "$tmp/plain.txt" || fail "colour without a terminal"
    ;;
  schema-findings)
    for target in "$src/samples" "$seeds"; do
      [ -d "$target" ] || continue
      "$bl" check "$target" --format json > "$tmp/f.json"
      $py -m jsonschema -i "$tmp/f.json" "$src/schemas/findings.schema.json" || fail "findings of $target do not validate"
    done
    "$bl" check "$tmp/missing.txt" --format json > "$tmp/m.json"
    $py -m jsonschema -i "$tmp/m.json" "$src/schemas/findings.schema.json" || fail "unreadable-file report does not validate"
    ;;
  schema-model)
    for f in "$src"/samples/*/*.txt "$src"/samples/*/*.docx "$seeds"/*.txt; do
      [ -f "$f" ] || continue
      "$bl" parse "$f" > "$tmp/d.json" || fail "parse $f failed"
      $py -m jsonschema -i "$tmp/d.json" "$src/schemas/disclosure.schema.json" || fail "model of $f does not validate"
    done
    ;;
  rules-explain)
    "$bl" rules > "$tmp/rules.txt" || fail "rules failed"
    for code in P101 S101 T101 T102 T103 T104 T301 T302 T501 U101 U102 X101 X102 X103 Y101 Y102 Y103; do
      grep -q "^$code " "$tmp/rules.txt" || fail "rules does not list $code"
    done
    "$bl" rules --format json > "$tmp/rules.json" || fail "rules --format json failed"
    grep -q '"code": "T101"' "$tmp/rules.json" || fail "rules --format json"
    "$bl" explain T101 > "$tmp/explain.txt" || fail "explain failed"
    grep -q "检查内容" "$tmp/explain.txt" || fail "explain prints the documentation"
    [ "$(status_of "$bl" explain Z999)" = 2 ] || fail "explain of an unknown code exits 2"
    ;;
  no-write-to-input)
    cp -r "$src/samples" "$tmp/in"
    (cd "$tmp/in" && find . -type f -exec sha256sum {} + | sort) > "$tmp/before"
    (cd "$tmp/in" && "$bl" check . --format json --output "$tmp/report.json" >/dev/null 2>&1)
    (cd "$tmp/in" && "$bl" check . >/dev/null 2>&1)
    (cd "$tmp/in" && find . -type f -exec sha256sum {} + | sort) > "$tmp/after"
    cmp -s "$tmp/before" "$tmp/after" || fail "the input folder changed"
    ;;
  folder-of-any-mix)
    # Every supported type, extensions in any case, the type sniffed from the bytes; other
    # document types get their P105; anything else is counted, never passed over in silence.
    mkdir -p "$tmp/in/sub"
    cp "$bad" "$tmp/in/a.txt"
    cp "$bad" "$tmp/in/sub/B.TXT"
    cp "$src/tests/rules/P106/pass_text_layer.pdf" "$tmp/in/c.PDF"
    cp "$src/tests/rules/P105/pass_real_docx.docx" "$tmp/in/sub/d.docx"
    cp "$src/tests/rules/P105/fail_old_word.doc" "$tmp/in/e.doc"
    cp "$src/tests/rules/P106/pass_text_layer.pdf" "$tmp/in/f.txt"  # a PDF under a text name
    echo "notes" > "$tmp/in/notes.md"
    "$bl" check "$tmp/in" --format json > "$tmp/out.json"
    [ $? = 2 ] || fail "a folder with a .doc exits 2 (not every file could be checked)"
    $py - "$tmp/out.json" <<'PY' || fail "folder walk"
import json, sys
d = json.load(open(sys.argv[1]))
files = {f["path"].rsplit("/", 1)[-1]: f for f in d["files"]}
assert sorted(files) == ["B.TXT", "a.txt", "c.PDF", "d.docx", "e.doc", "f.txt"], sorted(files)
assert files["c.PDF"]["format"] == "pdf" and files["f.txt"]["format"] == "pdf", files
assert files["d.docx"]["format"] == "docx" and files["a.txt"]["format"] == "text", files
assert files["e.doc"]["kind"] == "unreadable", files["e.doc"]
assert any(f["rule"] == "P105" and f["file"].endswith("e.doc") for f in d["findings"])
assert d["summary"]["skipped"] == {".md": 1}, d["summary"]
PY
    $py -m jsonschema -i "$tmp/out.json" "$src/schemas/findings.schema.json" || fail "mixed folder report does not validate"
    "$bl" check "$tmp/in" --ext .txt > "$tmp/out.txt"
    [ $? = 1 ] || fail "--ext .txt takes the text files only"
    grep -q "检查了 3 个文件" "$tmp/out.txt" || fail "--ext .txt checks a.txt, B.TXT and f.txt"
    ;;
  zero-files)
    mkdir -p "$tmp/empty"
    echo "notes" > "$tmp/empty/notes.md"
    "$bl" check "$tmp/empty" > "$tmp/out.txt" 2> "$tmp/err.txt"
    [ $? = 2 ] || fail "a run that checks no file exits 2"
    grep -q "没有检查任何文件" "$tmp/err.txt" || fail "and says so in Chinese"
    grep -q "另有 1 个文件" "$tmp/out.txt" || fail "and counts the file it did not take"
    ;;
  *) fail "unknown case $case_name" ;;
esac
echo "ok: $case_name"
