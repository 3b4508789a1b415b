#!/usr/bin/env python3
"""Writes t1.html … t9.html: the nine tables of samples/pdf/songling-czj-2025-budget.txt (our own,
all consistent) as HTML tables, one per file, with every row, column and figure of the sample.

    python3 make_html.py ../../../build/budgetlint ../../../samples/pdf/songling-czj-2025-budget.txt

The figures come from `budgetlint parse` of the sample; the sample's own tables are checked by
`check` (no finding) and by the tests, so a misreading would show there first.
"""
import html
import json
import subprocess
import sys

TWO_SIDED_RIGHT = {
    "summary": ["预算数"],
    "fiscal_summary": ["合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"],
}
EMPTY_NOTE = {
    "government_fund": "注：无政府性基金预算财政拨款预算，空表列示。",
    "state_capital": "注：无国有资本经营预算财政拨款预算，空表列示。",
}


def cell(text, right=False):
    align = ' align="right"' if right else ""
    return f"<td{align}>{html.escape(text)}</td>"


def page(department, title, rows, note=""):
    out = ['<html><head><meta charset="utf-8"><style>body{font-family:"Noto Sans CJK SC"}</style></head><body>',
           "<p>&nbsp;</p>",  # LibreOffice's HTML import drops the first paragraph
           f'<p align="center">{html.escape(title)}</p>',
           f"<p>888 {html.escape(department)}　　预算年度：2025　　单位：万元</p>",
           '<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:9pt">']
    for r in rows:
        out.append("<tr>" + "".join(r) + "</tr>")
    out.append("</table>")
    if note:
        out.append(f"<p>{html.escape(note)}</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def two_sided(t):
    right = TWO_SIDED_RIGHT[t["kind"]]
    head = [cell("序号"), cell("收入项目"), cell("预算数"), cell("支出项目")] + [cell(c) for c in right]
    rows = [head, [cell("栏次")] + [cell(str(i)) for i in range(1, 4 + len(right))]]
    for r in t["rows"]:
        left = [a["raw"] for a in r["amounts"]]
        rights = [a["raw"] for a in r["right_amounts"]]
        rows.append([cell(str(r["seq"])), cell(r["name"]), cell(left[0] if left else "", True), cell(r["right_name"])] +
                    [cell(rights[i] if i < len(rights) else "", True) for i in range(len(right))])
    return rows


def one_sided(t):
    columns = t["columns"]
    labelled = t["kind"] == "three_public"  # 项目 only, no code column
    head = [cell("序号")] + ([cell("项目")] if labelled else [cell("科目编码"), cell("科目名称")])
    head += [cell(c) for c in columns]
    count = 1 + (1 if labelled else 2) + len(columns)
    rows = [head, [cell("栏次")] + [cell(str(i)) for i in range(1, count)]]
    for r in t["rows"]:
        by_column = {c: a["raw"] for c, a in zip(r["columns"], r["amounts"])}
        row = [cell(str(r["seq"]))] + ([cell(r["name"])] if labelled else [cell(r["code"]), cell(r["name"])])
        rows.append(row + [cell(by_column.get(c, ""), True) for c in columns])
    return rows


def main():
    tool, sample = sys.argv[1], sys.argv[2]
    model = json.loads(subprocess.run([tool, "parse", sample, "--format", "json"], check=True,
                                      capture_output=True, text=True).stdout)
    department = model["department"]
    for n, t in enumerate(model["tables"], start=1):
        rows = two_sided(t) if t["kind"] in TWO_SIDED_RIGHT else one_sided(t)
        with open(f"t{n}.html", "w", encoding="utf-8") as f:
            f.write(page(department, t["title"], rows, EMPTY_NOTE.get(t["kind"], "")))


if __name__ == "__main__":
    main()
