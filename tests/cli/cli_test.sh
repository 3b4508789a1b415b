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
  special-files)
    # Every entry of a folder is accounted for; nothing is opened that could block.
    mkdir -p "$tmp/in/sub"
    cp "$clean" "$tmp/in/good.txt"
    mkfifo "$tmp/in/pipe.txt"
    ln -s "$tmp/in/nowhere.txt" "$tmp/in/dangling.txt"
    ln -s loop-b "$tmp/in/loop-a"; ln -s loop-a "$tmp/in/loop-b"
    /usr/bin/python3 -c "import socket,sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])" "$tmp/in/sock"
    timeout 20 "$bl" check "$tmp/in" --format json > "$tmp/out.json"; status=$?
    [ "$status" = 2 ] || fail "a folder with special entries exits 2 (got $status)"
    for rule_path in "P111:pipe.txt" "P111:sock" "P112:dangling.txt" "P112:loop-a" "P112:loop-b"; do
      /usr/bin/python3 - "$tmp/out.json" "${rule_path%%:*}" "${rule_path#*:}" <<'PY' || fail "no ${rule_path}"
import json, sys
d = json.load(open(sys.argv[1]))
assert any(f["rule"] == sys.argv[2] and f["file"].endswith("/" + sys.argv[3]) for f in d["findings"]), sys.argv[2:]
PY
    done
    grep -q '"kind": "预算"' "$tmp/out.json" || fail "the good file is still checked"
    [ "$(timeout 20 "$bl" check "$tmp/in/pipe.txt" >/dev/null 2>&1; echo $?)" = 2 ] || fail "a FIFO named alone is exit 2, not a hang"
    # An unlistable folder (as a user without rights: root reads everything).
    if [ "$(id -u)" = 0 ]; then as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups); else as_user=(); fi
    mkdir -p "$tmp/locked/inner"; cp "$clean" "$tmp/locked/inner/a.txt"; chmod 0 "$tmp/locked/inner"; chmod 755 "$tmp" "$tmp/locked"
    "${as_user[@]}" "$bl" check "$tmp/locked" > "$tmp/locked.txt" 2>&1; status=$?
    chmod 755 "$tmp/locked/inner"
    [ "$status" = 2 ] || fail "an unlistable folder exits 2 (got $status)"
    grep -q "P112" "$tmp/locked.txt" || fail "an unlistable folder is P112"
    ;;
  safe-output)
    cp "$clean" "$tmp/input.txt"; before=$(sha256sum < "$tmp/input.txt")
    [ "$(status_of "$bl" check "$tmp/input.txt" -o "$tmp/input.txt")" = 2 ] || fail "--output onto an input is refused"
    ln -s "$tmp/input.txt" "$tmp/link.txt"
    [ "$(status_of "$bl" check "$tmp/input.txt" -o "$tmp/link.txt")" = 2 ] || fail "--output through a link to an input is refused"
    [ "$(sha256sum < "$tmp/input.txt")" = "$before" ] || fail "the input was changed"
    "$bl" check "$tmp/input.txt" -o "$tmp" 2> "$tmp/err.txt"; [ $? = 2 ] || fail "-o DIR is exit 2"
    grep -q "文件夹" "$tmp/err.txt" || fail "-o DIR says it is a folder"
    ! grep -q "Success" "$tmp/err.txt" || fail "-o DIR says Success"
    [ "$(status_of "$bl" check "$clean" -o /dev/null)" = 2 ] || fail "a device as --output is refused"
    if [ -w /dev/full ]; then
      "$bl" check "$clean" > /dev/full 2> "$tmp/err.txt"; [ $? = 2 ] || fail "a failed write to stdout is exit 2"
      grep -q "无法写出报告" "$tmp/err.txt" || fail "a failed write to stdout says so"
    fi
    # A link planted where an old tool put its temporary file is never followed.
    echo keep > "$tmp/victim"; ln -s "$tmp/victim" "$tmp/r.txt.tmp"
    "$bl" check "$clean" -o "$tmp/r.txt"; [ $? = 0 ] || fail "a normal --output works"
    [ "$(cat "$tmp/victim")" = keep ] || fail "a planted link was followed"
    [ -z "$(find "$tmp" -name '.r.txt.*')" ] || fail "temporary file left behind"
    ;;
  per-file-guard)
    # A file over the per-file budget gets P110 and the batch goes on, with one job and with two.
    head -c $((3 << 20)) /dev/zero | tr '\0' '1' > "$tmp/huge.txt"
    for jobs in 1 2; do
      "$bl" check "$clean" "$tmp/huge.txt" --max-file-mb 2 --jobs $jobs --format json > "$tmp/out.json"; status=$?
      [ "$status" = 2 ] || fail "a file over budget exits 2 (jobs $jobs, got $status)"
      grep -q '"rule": "P110"' "$tmp/out.json" || fail "a file over budget is P110 (jobs $jobs)"
      grep -q '"kind": "预算"' "$tmp/out.json" || fail "the other file is still checked (jobs $jobs)"
    done
    # Out of memory is that file's P110, not the end of the run. (Not under ASan, whose shadow
    # memory alone is more than any address-space limit.)
    if [ -z "${BUDGETLINT_SANITIZED:-}" ]; then
      (ulimit -v 1500000; "$bl" check "$clean" "$tmp/huge.txt" --jobs 2 --format json > "$tmp/oom.json"); status=$?
      [ "$status" -le 2 ] || fail "under a memory limit the run ends normally (got $status)"
      grep -q '"kind": "预算"' "$tmp/oom.json" || fail "under a memory limit the other file is still checked"
    fi
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
