#!/usr/bin/python3
"""A .docx made from a Word-flavour text gives the same model and findings as the text.

Usage: roundtrip_test.py seeds|samples BUDGETLINT SOURCE_DIR

For each Word seed (../shared/seeds, skipped when absent) or Word sample (samples/word), writes
its .docx with make_docx.py into a temporary folder and compares, after `budgetlint parse` and
`budgetlint check --format json` of both:
  - the model, ignoring the file's path and encoding, the columns of positions on lines where
    residue ([bookmark: …], { TC … }) was removed, and the residue itself;
  - the findings, without X101/X102 (the residue the .docx no longer has) and without the
    paragraph/table/row/cell a .docx finding also carries.
What still differs must be the reviewed list in tests/docx/differences/<name>.json, each entry
with the reason it differs; no file means no difference. A mismatch writes <name>.json.new
beside it for a human to read; nothing here rewrites a reviewed file.
For the samples, the .docx committed in samples/docx must also be the one make_docx.py writes.
"""
import difflib
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile

WORD_SEEDS = ["pingxiang-office-2021-budget", "weixian-office-2020-budget", "langfang-office-2021-budget"]
RESIDUE = re.compile(r"\[bookmark: [^\]]*\]|\{ (?:TC|XE|TOC|PAGEREF|HYPERLINK|REF|SEQ|PAGE) [^}]*\}")
DOCX_ORIGIN = ("paragraph", "table", "row", "cell")  # where in the .docx; a text file has none
RESIDUE_RULES = ("X101", "X102")
BY_COLUMN = ("column", "end_column", "context", "excerpt")


def run_json(budgetlint, *args):
    done = subprocess.run([budgetlint, *args], capture_output=True, text=True)
    if done.returncode > 1:
        raise RuntimeError(f"budgetlint {' '.join(args)} exited {done.returncode}: {done.stderr}")
    return json.loads(done.stdout)


def residue_lines(text):
    return {n + 1 for n, line in enumerate(text.split("\n")) if RESIDUE.search(line)}


def normalised(value, lines, drop=()):
    """`value` without the residue, the keys in `drop`, and on residue lines the columns and the
    excerpts placed by a column (the year's "context", a finding's "excerpt"), which start at
    another place of the line once the residue has gone."""
    if isinstance(value, dict):
        on_residue = value.get("line") in lines
        return {k: normalised(v, lines, drop) for k, v in value.items()
                if k not in drop and not (on_residue and k in BY_COLUMN)}
    if isinstance(value, list):
        return [normalised(v, lines, drop) for v in value]
    if isinstance(value, str):
        return RESIDUE.sub("", value)
    return value


def differences(seed, docx, at=""):
    """Entries {at, seed, docx}; lists are aligned, so that one inserted element is one entry."""
    if isinstance(seed, dict) and isinstance(docx, dict):
        out = []
        for k in sorted(set(seed) | set(docx)):
            if k in seed and k in docx:
                out += differences(seed[k], docx[k], f"{at}/{k}")
            else:
                out.append(entry(f"{at}/{k}", seed.get(k), docx.get(k), k in seed, k in docx))
        return out
    if isinstance(seed, list) and isinstance(docx, list):
        return list_differences(seed, docx, at)
    return [] if seed == docx else [entry(at, seed, docx, True, True)]


def list_differences(seed, docx, at):
    key = lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False)
    out = []
    matcher = difflib.SequenceMatcher(None, [key(v) for v in seed], [key(v) for v in docx], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        if op == "replace" and i2 - i1 == j2 - j1:
            for k in range(i2 - i1):
                out += differences(seed[i1 + k], docx[j1 + k], f"{at}[{i1 + k}]")
            continue
        out += [entry(f"{at}[{i}]", seed[i], None, True, False) for i in range(i1, i2)]
        out += [entry(f"{at}[+{j}]", None, docx[j], False, True) for j in range(j1, j2)]
    return out


def entry(at, seed, docx, in_seed, in_docx):
    e = {"at": at}
    if in_seed:
        e["seed"] = seed
    if in_docx:
        e["docx"] = docx
    return e


def compare(budgetlint, text_path, docx_path):
    """The differences of the model and of the findings between a text and its .docx."""
    with open(text_path, encoding="utf-8") as f:
        lines = residue_lines(f.read())
    models = [run_json(budgetlint, "parse", p) for p in (text_path, docx_path)]
    for m in models:
        m.pop("path", None)
        m.pop("encoding", None)
    found = [run_json(budgetlint, "check", p, "--format", "json") for p in (text_path, docx_path)]
    findings = [[f for f in r["findings"] if f["rule"] not in RESIDUE_RULES] for r in found]
    for f in findings[0] + findings[1]:
        f.pop("file", None)
    files = [{k: v for k, v in r["files"][0].items() if k not in ("path", "encoding", "format")} for r in found]
    seed = {"model": normalised(models[0], lines), "files": files[0], "findings": normalised(findings[0], lines)}
    docx = {"model": normalised(models[1], lines), "files": files[1],
            "findings": normalised(findings[1], lines, DOCX_ORIGIN)}
    return differences(seed, docx)


def check_reviewed(name, found, reviewed_dir):
    """Whether `found` is the reviewed list of differences of `name`; writes .new when not."""
    path = os.path.join(reviewed_dir, name + ".json")
    reviewed = []
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            reviewed = json.load(f)
    bare = lambda entries: [{k: v for k, v in e.items() if k != "why"} for e in entries]
    if bare(reviewed) == found:
        if os.path.exists(path + ".new"):
            os.remove(path + ".new")
        return True
    why = {json.dumps(b, sort_keys=True): e.get("why", "") for b, e in zip(bare(reviewed), reviewed)}
    proposal = [dict(e, why=why.get(json.dumps(e, sort_keys=True), "")) for e in found]
    with open(path + ".new", "w", encoding="utf-8") as f:
        f.write(json.dumps(proposal, ensure_ascii=False, indent=2) + "\n")
    print(f"FAIL: {name}: the .docx differs from the text otherwise than reviewed; read {path}.new", file=sys.stderr)
    for e in found[:10]:
        print("  " + json.dumps(e, ensure_ascii=False)[:300], file=sys.stderr)
    return False


def document_xml(path):
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml")


def main(argv):
    which, budgetlint, src = argv[1], argv[2], argv[3]
    here = os.path.join(src, "tests", "docx")
    if which == "seeds":
        seeds = os.path.join(src, "..", "shared", "seeds")
        if not os.path.isdir(seeds):
            print("skipped: no ../shared/seeds")
            return 0
        texts = [(n, os.path.join(seeds, n + ".txt")) for n in WORD_SEEDS]
    else:
        word = os.path.join(src, "samples", "word")
        texts = [(f[:-4], os.path.join(word, f)) for f in sorted(os.listdir(word)) if f.endswith(".txt")]
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in texts:
            docx = os.path.join(tmp, name + ".docx")
            subprocess.run(["/usr/bin/python3", os.path.join(here, "make_docx.py"), text, docx], check=True)
            same = check_reviewed(name, compare(budgetlint, text, docx), os.path.join(here, "differences"))
            if which == "samples":
                committed = os.path.join(src, "samples", "docx", name + ".docx")
                if not os.path.exists(committed) or document_xml(committed) != document_xml(docx):
                    print(f"FAIL: {committed} is not what make_docx.py writes from {text}; regenerate it",
                          file=sys.stderr)
                    same = False
            print(f"{'ok' if same else 'FAIL'}: {name}")
            ok &= same
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
