#!/usr/bin/env python3
"""The corpus audit: what budgetlint reads of real published documents.

    python3 scripts/corpus_audit.py [DIR] [--budgetlint build/budgetlint] [--text DIR]
                                    [--out audit.json] [--jobs 2] [--quiet]

For every PDF of DIR (default ../shared/corpus; its catalogue.csv, when there is one, gives the
kind and year each document should be read as) it runs `budgetlint parse` and `budgetlint check
--format json` and prints, per document and in total: the kind, department and year found; the
key figures found (收入合计, 支出合计, 基本支出, 项目支出, “三公”经费); the statistical tables
located, those with rows, and those read whole (a 合计/总计 row, no row left ambiguous, no table
error or P finding inside the table); the projects read, with their 预算数 and indicators; the
findings by severity and rule; and, for the documents whose tables were read by hand
(tests/corpus/expected), how many of those tables and amounts are read exactly.

`--text DIR` audits DIR/<name>.txt instead of each PDF (the text a user would extract with
pdftotext), to compare with a tool that reads text only.
"""
import argparse
import collections
import concurrent.futures
import csv
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TABLE_RULES = {"T201", "T202", "T203", "T204", "P201", "P202", "P203"}


def run_json(cmd, timeout):
    try:
        p = subprocess.run(cmd, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, "timeout"
    if p.returncode not in (0, 1, 2):
        return None, "exit %d: %s" % (p.returncode, p.stderr.decode("utf-8", "replace")[-300:])
    try:
        return json.loads(p.stdout.decode("utf-8", "replace")), None
    except json.JSONDecodeError:
        return None, "exit %d, no JSON: %s" % (p.returncode, p.stderr.decode("utf-8", "replace")[-300:])


def total_row(rows):
    for r in rows:
        for side in ("name", "right_name"):
            n = (r.get(side) or "").replace(" ", "")
            if "合计" in n or "总计" in n:
                return True
    return False


def normalise_amount(v):
    """“4,695.064898” → “4695.064898”; a dash or an empty cell is no amount."""
    if v is None or v.strip() in ("", "-", "—", "－", "--"):
        return None
    return v.replace(",", "").strip()


def expected_row(r):
    left = [normalise_amount(a) for a in r.get("amounts", [])]
    right = [normalise_amount(a) for a in r.get("right_amounts", [])]
    return r.get("code", ""), left, right


def label_index(name, labels):
    """The printed column a model column name stands for: equal, or one holds the other."""
    name = name.replace(" ", "")
    for i, label in enumerate(labels):
        if label == name:
            return i
    for i, label in enumerate(labels):
        if name in label or label in name:
            return i
    return None


def model_row(r, labels):
    """The amounts of a model row by printed column where the model placed them, else in order."""
    vals = [normalise_amount(a["value"]) for a in r.get("amounts", [])]
    placed = r.get("columns", [])
    cells = None
    if placed and len(placed) == len(vals):
        cells = [None] * len(labels)
        for v, c in zip(vals, placed):
            i = label_index(c, labels)
            if i is None:
                cells = None
                break
            cells[i] = v
    right = [normalise_amount(a["value"]) for a in r.get("right_amounts", [])]
    return r.get("code", ""), vals, cells, right


def row_matches(want, got):
    code, left, right = want
    gcode, gvals, gcells, gright = got
    if code and code != gcode:
        return False
    if gcells is not None and len(gcells) == len(left):
        if gcells != left:
            return False
    elif [a for a in left if a is not None] != [a for a in gvals if a is not None]:
        return False
    return [a for a in right if a is not None] == [a for a in gright if a is not None]


def compare_expected(model, expected):
    """How many of the hand-read tables, and of their amounts, the model reads exactly: rows in
    order, each with its code and the amounts of every column (or every side)."""
    result = {"tables": 0, "tables_exact": 0, "amounts": 0, "amounts_exact": 0, "detail": []}
    tables = model.get("tables", []) if model else []
    for et in expected["tables"]:
        want = [expected_row(r) for r in et["rows"]]
        n_amounts = sum(sum(1 for a in left + right if a is not None) for _, left, right in want)
        result["tables"] += 1
        result["amounts"] += n_amounts
        best_read, best_exact = 0, False
        for t in tables:
            if t["kind"] != et["kind"]:
                continue
            got = [model_row(r, et.get("columns", [])) for r in t.get("rows", [])]
            # rows in order; a row the model lacks or adds costs that row, not the rest
            read, cursor = 0, 0
            for w in want:
                for k in range(cursor, min(cursor + 4, len(got))):
                    if row_matches(w, got[k]):
                        read += sum(1 for a in w[1] + w[2] if a is not None)
                        cursor = k + 1
                        break
            exact = len(got) == len(want) and read == n_amounts and all(
                row_matches(w, g) for w, g in zip(want, got))
            if (exact, read) > (best_exact, best_read):
                best_read, best_exact = read, exact
        result["amounts_exact"] += best_read
        result["tables_exact"] += best_exact
        result["detail"].append({"kind": et["kind"], "pages": et["pages"], "exact": best_exact,
                                 "amounts": n_amounts, "amounts_read": best_read})
    return result


KEY_FIGURES = (("income", "income", "total"), ("expenditure", "expenditure", "total"),
               ("basic", "expenditure", "basic"), ("project", "expenditure", "project"),
               ("three_public", "three_public", "total"))


def key_figures(model):
    """The key figures the model holds, by name: their printed values."""
    out = {}
    for name, part, field in KEY_FIGURES:
        v = ((model or {}).get(part) or {}).get(field)
        if v:
            out[name] = v.get("value")
    return out


def audit_one(args, name, expected):
    path = os.path.join(args.text, name[:-4] + ".txt") if args.text else os.path.join(args.corpus, name)
    model, err = run_json([args.budgetlint, "parse", path], args.timeout)
    report, err2 = run_json([args.budgetlint, "check", path, "--format", "json"], args.timeout)
    doc = {"file": name, "error": err or err2}
    f = (report or {}).get("files", [{}])[0] if report else {}
    doc["kind"] = f.get("kind")
    doc["department"] = f.get("department")
    doc["year"] = f.get("year")
    findings = (report or {}).get("findings", [])
    doc["by_severity"] = collections.Counter(x["severity"] for x in findings)
    doc["by_rule"] = collections.Counter(x["rule"] for x in findings)
    tables = (model or {}).get("tables", [])
    doc["tables"] = len(tables)
    doc["tables_with_rows"] = sum(1 for t in tables if t.get("rows"))
    lines = sorted(t.get("line", 0) for t in tables)
    whole = 0
    for t in tables:
        rows = t.get("rows", [])
        if not rows or t.get("scrambled") or any(r.get("placement_ambiguous") for r in rows):
            continue
        if not total_row(rows):
            continue
        first = t.get("line", 0)
        later = [l for l in lines if l > first]
        last = later[0] - 1 if later else 10 ** 9
        if any(x["rule"] in TABLE_RULES and first <= x["line"] <= last for x in findings):
            continue
        whole += 1
    doc["tables_whole"] = whole
    doc["figures"] = key_figures(model)
    projects = (model or {}).get("projects", [])
    doc["projects"] = len(projects)
    doc["projects_with_budget"] = sum(1 for p in projects if p.get("budget"))
    doc["projects_with_indicators"] = sum(1 for p in projects if p.get("indicators"))
    doc["indicators"] = sum(len(p.get("indicators", [])) for p in projects)
    if expected is not None:
        doc["expected"] = compare_expected(model, expected)
    return doc


def kind_agrees(found, listed):
    """The catalogue's kinds (预算, 单位预算, 决算, 绩效自评) against the tool's (预算, 决算, 绩效自评)."""
    if not listed:
        return True
    return (found or "") in listed or (listed.endswith("预算") and found == "预算")


def print_documents(docs, catalogue):
    print("%-24s %-6s %-5s %-22s %-40s %-13s %-14s %s" % (
        "file", "kind", "year", "department", "figures (收入/支出/基本/项目/三公)", "tables r/w", "projects b/i",
        "findings"))
    for d in docs:
        f = d["figures"]
        figures = "/".join(f.get(n, "-") or "-" for n, _, _ in KEY_FIGURES)
        rules = " ".join("%s×%d" % kv for kv in sorted(d["by_rule"].items()))
        print("%-24s %-6s %-5s %-22s %-40s %3d %3d/%3d %4d %4d/%4d %s" % (
            d["file"][:24], d["kind"] or "-", d["year"] or "-", (d["department"] or "-")[:11], figures[:40],
            d["tables"], d["tables_with_rows"], d["tables_whole"], d["projects"], d["projects_with_budget"],
            d["projects_with_indicators"], rules or "—"))
    print()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir", nargs="?", help="the folder of documents (default: --corpus)")
    ap.add_argument("--budgetlint", default=os.path.join(ROOT, "build", "budgetlint"))
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus"))
    ap.add_argument("--quiet", action="store_true", help="totals only, no line per document")
    ap.add_argument("--expected", default=os.path.join(ROOT, "tests", "corpus", "expected"))
    ap.add_argument("--text", help="audit DIR/<name>.txt instead of the PDFs")
    ap.add_argument("--out", help="write the per-document audit as JSON")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--timeout", type=float, default=300)
    args = ap.parse_args()
    if args.dir:
        args.corpus = args.dir

    catalogue = {}
    listed = os.path.join(args.corpus, "catalogue.csv")
    if os.path.exists(listed):
        with open(listed, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                catalogue[row["file"]] = row
    else:
        for n in os.listdir(args.corpus):
            if n.lower().endswith((".pdf", ".docx", ".txt")):
                catalogue[n] = {"file": n, "kind": "", "year": ""}
    names = sorted(catalogue)
    expected = {}
    if os.path.isdir(args.expected):
        for e in os.listdir(args.expected):
            if e.endswith(".json"):
                expected[e[:-5] + ".pdf"] = json.load(open(os.path.join(args.expected, e), encoding="utf-8"))

    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        docs = list(pool.map(lambda n: audit_one(args, n, expected.get(n)), names))

    if not args.quiet:
        print_documents(docs, catalogue)
    scanned = {n for n, c in catalogue.items() if c["kind"].startswith("scanned")}
    text_docs = [d for d in docs if d["file"] not in scanned]
    n = len(docs)
    known = sum(1 for d in text_docs if d["kind"] not in (None, "unknown", "unreadable"))
    scans_found = sum(1 for d in docs if d["file"] in scanned and d["by_rule"].get("P106"))
    errors = [d for d in docs if d["error"]]
    sev = collections.Counter()
    rules = collections.Counter()
    for d in docs:
        sev.update(d["by_severity"])
        rules.update(d["by_rule"])
    tables = sum(d["tables"] for d in docs)
    with_rows = sum(d["tables_with_rows"] for d in docs)
    whole = sum(d["tables_whole"] for d in docs)
    print("corpus audit: %d documents (%d with a text layer, %d scanned)" % (n, len(text_docs), len(scanned)))
    print("  read without crash or timeout: %d of %d%s" % (n - len(errors), n,
          "" if not errors else "  (" + "; ".join(d["file"] + ": " + d["error"] for d in errors[:5]) + ")"))
    print("  kind known: %d of %d text documents; scanned ones reported as scanned (P106): %d of %d" %
          (known, len(text_docs), scans_found, len(scanned)))
    print("  department found: %d; year found: %d (of %d text documents)" %
          (sum(1 for d in text_docs if d["department"]), sum(1 for d in text_docs if d["year"]), len(text_docs)))
    print("  kinds: %s" % dict(collections.Counter(d["kind"] for d in docs)))
    listed_year = [d for d in text_docs if catalogue[d["file"]].get("year")]
    if listed_year:
        print("  year as catalogued: %d of %d; kind as catalogued: %d of %d" % (
            sum(1 for d in listed_year if str(d["year"]) == catalogue[d["file"]]["year"]), len(listed_year),
            sum(1 for d in text_docs if kind_agrees(d["kind"], catalogue[d["file"]]["kind"])), len(text_docs)))
    for name, _, _ in KEY_FIGURES:
        print("  %-13s found in %3d of %d text documents" % (name, sum(1 for d in text_docs if name in d["figures"]),
                                                           len(text_docs)))
    print("  projects: %d read, %d with 预算数, %d with indicators; %d indicators" % (
        sum(d["projects"] for d in docs), sum(d["projects_with_budget"] for d in docs),
        sum(d["projects_with_indicators"] for d in docs), sum(d["indicators"] for d in docs)))
    print("  statistical tables: %d located, %d with rows, %d read whole" % (tables, with_rows, whole))
    print("  findings: %d errors, %d warnings, %d info (%.1f per document)" %
          (sev["error"], sev["warning"], sev["info"], sum(sev.values()) / max(n, 1)))
    print("  top rules: %s" % ", ".join("%s %d" % kv for kv in rules.most_common(12)))
    hand = [d for d in docs if "expected" in d]
    if hand:
        t = sum(d["expected"]["tables"] for d in hand)
        te = sum(d["expected"]["tables_exact"] for d in hand)
        a = sum(d["expected"]["amounts"] for d in hand)
        ae = sum(d["expected"]["amounts_exact"] for d in hand)
        print("  hand-read tables (%d documents): %d of %d tables exact, %d of %d amounts read" %
              (len(hand), te, t, ae, a))
        for d in hand:
            e = d["expected"]
            print("    %-26s %2d/%2d tables  %4d/%4d amounts" %
                  (d["file"], e["tables_exact"], e["tables"], e["amounts_exact"], e["amounts"]))
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            json.dump(docs, fh, ensure_ascii=False, indent=1, default=dict)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
